#include "lab/labprofile.h"
#include "lab/servicerangequeries.h"

#include <QTest>

using lcl::lab::LabProfile;
using lcl::lab::ServiceRangeQueries;
using lcl::metrics::Combine;
using lcl::metrics::SignalQuery;

class TestServiceRangeQueries final : public QObject {
    Q_OBJECT

private:
    LabProfile m_profile = LabProfile::builtin();

    static QStringList signalsOf(const QList<SignalQuery>& queries)
    {
        QStringList names;
        for (const SignalQuery& q : queries)
            names << q.signal;
        return names;
    }

private Q_SLOTS:
    void serviceIdAmongKeys()
    {
        QCOMPARE(ServiceRangeQueries::serviceIdOf(m_profile, {QStringLiteral("search/x"), QStringLiteral("search-api")}),
                 QStringLiteral("search-api"));
        QVERIFY(ServiceRangeQueries::serviceIdOf(m_profile, {QStringLiteral("search/search-api-v1")}).isEmpty());
        QVERIFY(ServiceRangeQueries::serviceIdOf(m_profile, {}).isEmpty());
    }

    void chartSignalsPerService_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QStringList>("names");
        const QStringList all{QStringLiteral("requestRate"), QStringLiteral("errorRatio"), QStringLiteral("latencyP50"),
                              QStringLiteral("latencyP95"), QStringLiteral("latencyP99")};
        QTest::newRow("api") << QStringLiteral("search-api") << all;
        QTest::newRow("gateway") << QStringLiteral("public-gateway") << all;
        QTest::newRow("cache: rate only") << QStringLiteral("redis") << QStringList{QStringLiteral("requestRate")};
        QTest::newRow("database: none") << QStringLiteral("postgresql") << QStringList();
        QTest::newRow("unknown") << QStringLiteral("nope") << QStringList();
    }
    void chartSignalsPerService()
    {
        QFETCH(QString, service);
        QFETCH(QStringList, names);
        QCOMPARE(signalsOf(ServiceRangeQueries::build(m_profile, service, 4)), names);
    }

    // One service only, one quantile per percentile, rates summed over variants, the profile's window.
    void queriesForOneService()
    {
        const QList<SignalQuery> queries = ServiceRangeQueries::build(m_profile, QStringLiteral("search-api"), 4);
        QCOMPARE(queries.size(), 5);
        for (const SignalQuery& q : queries) {
            QVERIFY2(q.promql.contains(QLatin1String("service=~\"search\\\\-api\"")) ||
                         q.promql.contains(QLatin1String("service=~\"search-api\"")),
                     qPrintable(q.promql));
            QVERIFY2(!q.promql.contains(QLatin1String("checkin")), qPrintable(q.promql));
            QVERIFY2(q.promql.contains(QLatin1String("[5m]")), qPrintable(q.promql));
        }
        QCOMPARE(queries.at(0).combine, Combine::Sum);
        QCOMPARE(queries.at(1).combine, Combine::Max);
        QVERIFY(queries.at(2).promql.startsWith(QLatin1String("histogram_quantile(0.5,")));
        QVERIFY(queries.at(3).promql.startsWith(QLatin1String("histogram_quantile(0.95,")));
        QVERIFY(queries.at(4).promql.startsWith(QLatin1String("histogram_quantile(0.99,")));
    }

    // Points further apart than the rate window would skip samples: the window grows to the step.
    void windowCoversTheStep_data()
    {
        QTest::addColumn<qint64>("step");
        QTest::addColumn<QString>("window");
        QTest::newRow("15 min") << qint64(4) << QStringLiteral("5m");
        QTest::newRow("6 h") << qint64(87) << QStringLiteral("5m");
        QTest::newRow("exactly the window") << qint64(300) << QStringLiteral("5m");
        QTest::newRow("24 h") << qint64(346) << QStringLiteral("346s");
    }
    void windowCoversTheStep()
    {
        QFETCH(qint64, step);
        QFETCH(QString, window);
        QCOMPARE(ServiceRangeQueries::windowFor(m_profile, step), window);
        const QList<SignalQuery> queries = ServiceRangeQueries::build(m_profile, QStringLiteral("search-api"), step);
        QVERIFY(queries.first().promql.contains(QLatin1Char('[') + window + QLatin1Char(']')));
    }
};

QTEST_GUILESS_MAIN(TestServiceRangeQueries)
#include "tst_servicerangequeries.moc"
