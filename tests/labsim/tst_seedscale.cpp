#include "labsim/objectstore.h"
#include "labsim/seed.h"

#include <QElapsedTimer>
#include <QTest>

using namespace lcl::sim;

// The benchmark seed: 30,000 pods in 3,000 deployments across 300 namespaces, and a 10,000-pod page served from
// the cached JSON. Its own executable so its time does not count against the other seed tests.
class TestSeedScale final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scaleSeed()
    {
        ObjectStore big;
        QElapsedTimer timer;
        timer.start();
        auto seeded = Seed::seedScale(big, 30'000, 3);
        QVERIFY2(seeded, seeded ? "" : seeded.error().message.c_str());
        const auto seedMs = timer.elapsed();
        QCOMPARE(big.count(big.resource("pods")), std::size_t(30'000));
        QCOMPARE(big.count(big.resource("deployments.apps")), std::size_t(3'000));
        QCOMPARE(big.count(big.resource("namespaces")), std::size_t(300 + 4));
        timer.restart();
        ListOptions options;
        options.limit = 10'000;
        auto page = big.list(big.resource("pods"), {}, options);
        QVERIFY(page);
        std::size_t bytes = 0;
        for (const auto& p : page->items)
            bytes += p->json.size();
        qInfo("seeded 30,000 pods in %lld ms; listed 10,000 (%zu bytes of cached JSON) in %lld ms", seedMs, bytes,
              timer.elapsed());
        QCOMPARE(page->items.size(), std::size_t(10'000));
        QCOMPARE(page->remainingItemCount.value_or(0), std::int64_t(20'000));
    }
};

QTEST_GUILESS_MAIN(TestSeedScale)
#include "tst_seedscale.moc"
