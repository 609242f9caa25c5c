// Decoding and merging one MetricsPoller refresh at 200 services (17 batched answers: per service, per edge and
// per route), the work done off the GUI thread on every refresh. Budget: ≤ 20 ms. Reports the median and the
// worst of 200 runs; it never fails on time.

#include "metrics/metricspoller.h"
#include "metrics/metricspolleranswer.h"
#include "metrics/metricspollerdecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace lcl::metrics;

namespace {

QByteArray answerFor(const SignalQuery& q, int count)
{
    QByteArray out = R"({"status":"success","data":{"resultType":"vector","result":[)";
    for (int i = 0; i < count; ++i) {
        if (i)
            out += ',';
        const QByteArray n = QByteArray::number(i);
        QByteArray metric;
        switch (q.entity) {
        case EntityKind::Service:
            metric = QByteArray(R"("namespace":"ns-)") + QByteArray::number(i % 20) + "\",\""
                     + (q.keyLabels.contains(QStringLiteral("workload")) ? "workload" : "service") + "\":\"svc-" + n + '"';
            break;
        case EntityKind::Edge:
            metric = R"("client":"svc-)" + n + R"(","server":"svc-)" + QByteArray::number((i + 1) % count) + '"';
            break;
        case EntityKind::Route:
            metric = R"("envoy_cluster_name":"httproute/ns-)" + QByteArray::number(i % 20) + "/svc-" + n + R"(/rule/0")";
            break;
        }
        out += R"({"metric":{)" + metric + R"(},"value":[1700000000.123,")" + QByteArray::number(0.001 * i + 0.5) + R"("]})";
    }
    return out + "]}}";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    constexpr int services = 200;
    const QueryBatch batch = QueryBatch::defaults();
    QList<QByteArray> bodies;
    for (const SignalQuery& q : batch.queries)
        bodies.append(answerFor(q, services));

    MetricsPollerDecoder decoder;
    MetricsSnapshot previous;
    QList<qint64> runs;
    QList<qint64> decodeRuns;
    for (int run = 0; run < 200; ++run) {
        QElapsedTimer clock;
        clock.start();
        QList<MetricsPoller::Answer> answers(batch.queries.size());
        for (qsizetype i = 0; i < batch.queries.size(); ++i) {
            auto r = decoder.decode(bodies[i], batch.queries[i], batch);
            if (!r) {
                std::fprintf(stderr, "decode failed: %s\n", qPrintable(r.error().detail));
                return 1;
            }
            answers[i].values = r.value();
        }
        decodeRuns.append(clock.nsecsElapsed());
        previous = MetricsPoller::merge(batch, answers, previous, QDateTime::currentDateTimeUtc());
        runs.append(clock.nsecsElapsed());
    }
    std::sort(runs.begin(), runs.end());
    std::sort(decodeRuns.begin(), decodeRuns.end());
    std::printf("metrics refresh, %d services, %d queries: decode+merge median %.2f ms (decode alone %.2f ms), "
                "worst %.2f ms (budget 20 ms); %d services in snapshot\n",
                services, int(batch.queries.size()), runs[runs.size() / 2] / 1e6, decodeRuns[decodeRuns.size() / 2] / 1e6,
                runs.last() / 1e6, int(previous.services.size()));
    return 0;
}
