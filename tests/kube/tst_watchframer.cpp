#include "kube/watchframer.h"

#include <QTest>

using lcl::kube::WatchFramer;

namespace {

QList<QByteArray> feedAll(WatchFramer& framer, const QList<QByteArray>& chunks, std::optional<lcl::Error>* error = nullptr)
{
    QList<QByteArray> lines;
    for (const QByteArray& chunk : chunks) {
        auto e = framer.feed(chunk, [&](QByteArrayView line) { lines.append(line.toByteArray()); });
        if (e && error)
            *error = e;
    }
    return lines;
}

const QByteArray kStream = "{\"type\":\"ADDED\",\"object\":{\"a\":1}}\n"
                           "{\"type\":\"MODIFIED\",\"object\":{\"a\":\"x\\ny\"}}\r\n"
                           "\n"
                           "{\"type\":\"BOOKMARK\",\"object\":{\"metadata\":{\"resourceVersion\":\"7\"}}}\n";
const QList<QByteArray> kLines = {"{\"type\":\"ADDED\",\"object\":{\"a\":1}}",
                                  "{\"type\":\"MODIFIED\",\"object\":{\"a\":\"x\\ny\"}}",
                                  "{\"type\":\"BOOKMARK\",\"object\":{\"metadata\":{\"resourceVersion\":\"7\"}}}"};

} // namespace

class TestWatchFramer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wholeStreamInOneChunk()
    {
        WatchFramer framer;
        QCOMPARE(feedAll(framer, {kStream}), kLines);
        QCOMPARE(framer.pendingBytes(), 0);
    }

    void everySplitPoint()
    {
        for (qsizetype split = 0; split <= kStream.size(); ++split) {
            WatchFramer framer;
            QCOMPARE(feedAll(framer, {kStream.left(split), kStream.mid(split)}), kLines);
        }
    }

    void everyPairOfSplitPoints()
    {
        for (qsizetype a = 0; a <= kStream.size(); ++a) {
            for (qsizetype b = a; b <= kStream.size(); ++b) {
                WatchFramer framer;
                const auto lines = feedAll(framer, {kStream.left(a), kStream.mid(a, b - a), kStream.mid(b)});
                QVERIFY2(lines == kLines, qPrintable(QStringLiteral("split at %1 and %2").arg(a).arg(b)));
            }
        }
    }

    void byteByByte()
    {
        WatchFramer framer;
        QList<QByteArray> chunks;
        for (char c : kStream)
            chunks.append(QByteArray(1, c));
        QCOMPARE(feedAll(framer, chunks), kLines);
    }

    void unfinishedLineIsPending()
    {
        WatchFramer framer;
        QCOMPARE(feedAll(framer, {kStream + "{\"type\":\"ADD"}), kLines);
        QCOMPARE(framer.pendingBytes(), qsizetype(12));
        framer.reset();
        QCOMPARE(framer.pendingBytes(), 0);
    }

    void lineTooLong_data()
    {
        QTest::addColumn<QList<QByteArray>>("chunks");
        QTest::newRow("one chunk, no newline") << QList<QByteArray>{QByteArray(40, 'x')};
        QTest::newRow("one chunk with newline") << QList<QByteArray>{QByteArray(40, 'x') + "\n"};
        QTest::newRow("grows over chunks") << QList<QByteArray>{QByteArray(20, 'x'), QByteArray(20, 'x')};
        QTest::newRow("carried line ends too long") << QList<QByteArray>{QByteArray(20, 'x'), QByteArray(20, 'x') + "\n"};
    }
    void lineTooLong()
    {
        QFETCH(QList<QByteArray>, chunks);
        WatchFramer framer(32);
        std::optional<lcl::Error> error;
        const auto lines = feedAll(framer, chunks, &error);
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, lcl::Error::Kind::Parse);
        QVERIFY(error->detail.contains(QLatin1String("limit of 32")));
        QVERIFY(lines.isEmpty());
        // It recovers with the next well-formed line.
        QCOMPARE(feedAll(framer, {"\n{}\n"}), QList<QByteArray>{"{}"});
    }
};

QTEST_GUILESS_MAIN(TestWatchFramer)
#include "tst_watchframer.moc"
