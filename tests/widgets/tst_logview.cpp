// LogView drawing the lines of several pods: time, the pod's short name in the pod's colour, the text; one pod
// shows no pod column. Fed through its model only, as the stream would.
#include "itemmodels/logmodel.h"
#include "kube/resourcestore.h"
#include "support/guitestmain.h"
#include "support/testenv.h"
#include "widgets/logview.h"

#include <QDir>
#include <QImage>
#include <QListView>

using namespace lcl;

namespace {

const QStringList kPods{QStringLiteral("search-api-v1-5sjq6nfj5b-7g289"), QStringLiteral("search-api-v1-5sjq6nfj5b-k8cp6"),
                        QStringLiteral("search-api-v1-5sjq6nfj5b-x2k4q")};

QList<kube::LogLine> interleaved(int count)
{
    QList<kube::LogLine> lines;
    const qint64 start = 1795699614000;
    for (int i = 0; i < count; ++i) {
        const QString& pod = kPods[(i * 7 + i / 3) % kPods.size()];
        lines.append({pod, QStringLiteral("api"), start + i * 37,
                      QStringLiteral("{\"@t\":\"2026-11-26T13:26:54Z\",\"@mt\":\"HTTP {RequestMethod} {RequestPath} responded "
                                     "{StatusCode} in {Elapsed:0.0000} ms\",\"RequestMethod\":\"GET\",\"RequestPath\":\"/search?q=item%1\","
                                     "\"StatusCode\":200,\"Elapsed\":%2}").arg(i).arg(3.1 + i % 17),
                      0});
    }
    return lines;
}

// Pixels close to `color` inside the pod column of the list.
int pixelsNear(const QImage& image, const QRect& area, const QColor& color)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += std::abs(c.red() - color.red()) + std::abs(c.green() - color.green()) + std::abs(c.blue() - color.blue()) < 60 ? 1 : 0;
        }
    return count;
}

} // namespace

class TestLogView final : public QObject {
    Q_OBJECT

private:
    kube::ResourceStore m_store;

    widgets::ViewContext context()
    {
        widgets::ViewContext c;
        c.store = &m_store;
        return c;
    }

    QList<ResourceKey> keys() const
    {
        QList<ResourceKey> result;
        for (const QString& pod : kPods)
            result.append({QStringLiteral("pods"), QStringLiteral("search"), pod});
        return result;
    }

private Q_SLOTS:
    void severalPodsShowColouredShortNames()
    {
        widgets::LogView view(context());
        view.open(QStringLiteral("search-api"), keys());
        view.show();
        itemmodels::LogModel* model = view.model();
        QVERIFY(model->showPods());
        model->append(interleaved(60));
        view.lines()->scrollToBottom();
        QApplication::processEvents();
        const QImage shot = view.grab().toImage();
        QVERIFY(shot.save(QDir(test::artifactsDir()).filePath(QStringLiteral("logs-interleaved-pods.png"))));

        // Each pod's short name is drawn in its own colour, right of the time.
        const QRect list = view.lines()->viewport()->geometry().translated(view.lines()->pos());
        for (const QString& pod : kPods) {
            const QColor color = model->podColor(pod);
            QVERIFY2(pixelsNear(shot, list, color) > 20, qPrintable(pod + QStringLiteral(" ") + color.name()));
        }
        QCOMPARE(model->index(0).data(itemmodels::LogModel::PodShortRole).toString(), QStringLiteral("7g289"));
    }

    void onePodHasNoPodColumn()
    {
        widgets::LogView view(context());
        view.open(QStringLiteral("search-api"), keys(), keys().at(1));
        view.show();
        itemmodels::LogModel* model = view.model();
        QVERIFY(!model->showPods());
        QList<kube::LogLine> lines = interleaved(30);
        for (kube::LogLine& line : lines)
            line.pod = kPods[1];
        model->append(lines);
        QApplication::processEvents();
        const QImage shot = view.grab().toImage();
        const QRect list = view.lines()->viewport()->geometry().translated(view.lines()->pos());
        QCOMPARE(pixelsNear(shot, list, model->podColor(kPods[1])), 0);
    }
};

LCL_GUITEST_MAIN(TestLogView)
#include "tst_logview.moc"
