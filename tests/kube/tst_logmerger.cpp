// LogMerger: several pods' lines, arriving in pieces in any order within the reorder window, leave in
// timestamp order; late lines go after what already left; equal and missing timestamps keep arrival order.
#include "kube/logmerger.h"

#include <QTest>

#include <algorithm>
#include <random>

using lcl::kube::LogLine;
using lcl::kube::LogMerger;

namespace {

LogLine line(const QString& pod, qint64 ms, const QString& text, qint32 nanos = 0)
{
    return {pod, QStringLiteral("app"), ms, text, nanos};
}

QStringList texts(const QList<LogLine>& lines)
{
    QStringList result;
    for (const LogLine& l : lines)
        result << l.text;
    return result;
}

bool inTimestampOrder(const QList<LogLine>& lines)
{
    return std::is_sorted(lines.begin(), lines.end(), [](const LogLine& a, const LogLine& b) {
        return std::pair(a.timestampMs, a.subMsNanos) < std::pair(b.timestampMs, b.subMsNanos);
    });
}

struct Piece {
    qint64 arrivalMs;
    QList<LogLine> lines;
};

} // namespace

class TestLogMerger final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shuffledPodsLeaveInTimestampOrder_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 20; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    // Three pods log at once; each pod's lines come in pieces of 1-10 lines that reach the console 0-99 ms
    // after their last line was written (a pod's pieces in order, the pods' pieces in any order). Within a
    // 250 ms window every line finds its place.
    void shuffledPodsLeaveInTimestampOrder()
    {
        QFETCH(int, seed);
        std::mt19937 rng{quint32(seed)};
        const QStringList pods{QStringLiteral("web-7d9f8-aaaaa"), QStringLiteral("web-7d9f8-bbbbb"), QStringLiteral("web-7d9f8-ccccc")};
        QList<Piece> pieces;
        QList<LogLine> all;
        for (int p = 0; p < pods.size(); ++p) {
            qint64 ms = 1000000;
            qint64 lastArrival = 0;
            int n = 0;
            while (n < 300) {
                Piece piece;
                const int count = 1 + int(rng() % 10);
                for (int i = 0; i < count; ++i, ++n) {
                    ms += 1 + rng() % 9;
                    // Nanoseconds make every stamp unique across pods, so the expected order is exact.
                    piece.lines << line(pods[p], ms, QStringLiteral("%1 #%2").arg(pods[p].right(5)).arg(n), qint32(p * 1000 + n));
                }
                piece.arrivalMs = std::max(lastArrival, ms + qint64(rng() % 100));
                lastArrival = piece.arrivalMs;
                all << piece.lines;
                pieces << piece;
            }
        }
        std::shuffle(pieces.begin(), pieces.end(), rng);
        std::stable_sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) { return a.arrivalMs < b.arrivalMs; });

        QList<LogLine> arrived;
        for (const Piece& piece : std::as_const(pieces))
            arrived << piece.lines;
        QVERIFY(!inTimestampOrder(arrived)); // the input really is shuffled

        LogMerger merger(250);
        QList<LogLine> out;
        for (const Piece& piece : std::as_const(pieces)) {
            out << merger.takeReady(piece.arrivalMs);
            merger.add(piece.lines, piece.arrivalMs);
            out << merger.takeReady(piece.arrivalMs);
        }
        QVERIFY(!out.isEmpty()); // lines leave while the pods still log, not only at the end
        out << merger.takeReady(pieces.last().arrivalMs + 250);
        QCOMPARE(merger.heldCount(), 0);
        QCOMPARE(merger.nextDueMs(), qint64(-1));

        std::stable_sort(all.begin(), all.end(), [](const LogLine& a, const LogLine& b) {
            return std::pair(a.timestampMs, a.subMsNanos) < std::pair(b.timestampMs, b.subMsNanos);
        });
        QCOMPARE(texts(out), texts(all));
    }

    void linesWaitForTheWindow()
    {
        LogMerger merger(250);
        merger.add({line(QStringLiteral("a"), 5000, QStringLiteral("a1"))}, 100);
        QCOMPARE(merger.nextDueMs(), qint64(350));
        QVERIFY(merger.takeReady(349).isEmpty());
        merger.add({line(QStringLiteral("b"), 4990, QStringLiteral("b1"))}, 300);
        QCOMPARE(texts(merger.takeReady(350)), (QStringList{QStringLiteral("b1"), QStringLiteral("a1")}));
        QCOMPARE(merger.nextDueMs(), qint64(-1));
    }

    // A due line takes the held lines stamped before it along, even those that arrived only just now.
    void earlierHeldLinesLeaveWithADueLine()
    {
        LogMerger merger(250);
        merger.add({line(QStringLiteral("a"), 5000, QStringLiteral("a1")), line(QStringLiteral("a"), 5300, QStringLiteral("a2"))}, 0);
        merger.add({line(QStringLiteral("b"), 4000, QStringLiteral("b1")), line(QStringLiteral("b"), 6000, QStringLiteral("b2"))}, 200);
        QCOMPARE(texts(merger.takeReady(250)), (QStringList{QStringLiteral("b1"), QStringLiteral("a1"), QStringLiteral("a2")}));
        QCOMPARE(merger.heldCount(), 1);
        QCOMPARE(merger.nextDueMs(), qint64(450));
    }

    // Later than the window: it cannot move what already left, so it goes after it.
    void aLateLineGoesAfterWhatLeft()
    {
        LogMerger merger(250);
        merger.add({line(QStringLiteral("a"), 1000, QStringLiteral("a1"))}, 1000);
        QCOMPARE(texts(merger.takeReady(1250)), QStringList{QStringLiteral("a1")});
        merger.add({line(QStringLiteral("b"), 900, QStringLiteral("b-late"))}, 1300);
        QVERIFY(merger.takeReady(1400).isEmpty());
        QCOMPARE(texts(merger.takeReady(1550)), QStringList{QStringLiteral("b-late")});
    }

    void equalAndMissingTimestampsKeepArrivalOrder()
    {
        LogMerger merger(250);
        merger.add({line(QStringLiteral("a"), 0, QStringLiteral("a-banner")), line(QStringLiteral("a"), 2000, QStringLiteral("a1")),
                    line(QStringLiteral("a"), 0, QStringLiteral("a1-trace")), line(QStringLiteral("a"), 2000, QStringLiteral("a2"))},
                   0);
        merger.add({line(QStringLiteral("b"), 2000, QStringLiteral("b1")), line(QStringLiteral("b"), 0, QStringLiteral("b1-trace")),
                    line(QStringLiteral("b"), 1000, QStringLiteral("b0"))},
                   10);
        // No stamp: the pod's previous one. Same stamp: arrival order. b0 is out of order within b itself and
        // is put in its place too.
        QCOMPARE(texts(merger.takeAll()), (QStringList{QStringLiteral("a-banner"), QStringLiteral("b0"), QStringLiteral("a1"),
                                                       QStringLiteral("a1-trace"), QStringLiteral("a2"), QStringLiteral("b1"),
                                                       QStringLiteral("b1-trace")}));
    }

    // Holding (a backlog on its way): nothing leaves however long it waited, until holding ends.
    void holdingKeepsEverythingBack()
    {
        LogMerger merger(250);
        merger.setHolding(true);
        merger.add({line(QStringLiteral("a"), 3000, QStringLiteral("a1"))}, 0);
        QVERIFY(merger.takeReady(5000).isEmpty());
        QCOMPARE(merger.nextDueMs(), qint64(-1));
        merger.add({line(QStringLiteral("b"), 2000, QStringLiteral("b1"))}, 5000);
        merger.setHolding(false);
        QCOMPARE(texts(merger.takeReady(5000)), (QStringList{QStringLiteral("b1"), QStringLiteral("a1")}));
    }

    void heldLinesAreBounded()
    {
        LogMerger merger(250, 100);
        QList<LogLine> batch;
        for (int i = 0; i < 150; ++i)
            batch << line(QStringLiteral("a"), 1000 + i, QString::number(i));
        merger.add(batch, 0);
        const QList<LogLine> out = merger.takeReady(1);
        QCOMPARE(out.size(), 50);
        QCOMPARE(out.first().text, QStringLiteral("0"));
        QCOMPARE(merger.heldCount(), 100);
    }
};

QTEST_GUILESS_MAIN(TestLogMerger)
#include "tst_logmerger.moc"
