// Text that must fit, in any language: a table column is as wide as asked or as its header needs (title, sort
// arrow, padding), whichever is more — the German "Zuletzt gesehen" over a 70 px "Last seen" column is not cut;
// a tile's missing value too long for its cell becomes a dash rather than "keine …".
#include "support/guitestmain.h"
#include "widgets/columnwidths.h"
#include "widgets/servicetiledelegate.h"

#include <QFontMetricsF>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>

using lcl::widgets::ServiceTileDelegate;
using lcl::widgets::setColumnWidths;

class TestTextFit final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void headersAreNeverCut()
    {
        QStandardItemModel model(3, 3);
        model.setHorizontalHeaderLabels({QStringLiteral("Zuletzt gesehen"), QStringLiteral("Typ"), QStringLiteral("Nachricht")});
        QTableView view;
        view.setModel(&model);
        view.setSortingEnabled(true);
        view.sortByColumn(0, Qt::DescendingOrder); // the sort arrow takes room too
        QHeaderView* header = view.horizontalHeader();
        header->setStretchLastSection(false);
        const int needed = header->sectionSizeHint(0);
        QVERIFY(needed > 70);

        setColumnWidths(header, {{0, 70}, {1, 90}, {2, 400}});
        QCOMPARE(header->sectionSize(0), needed);      // the header's need wins over the 70 px asked
        QCOMPARE(header->sectionSize(1), 90);          // "Typ" fits in what was asked
        QCOMPARE(header->sectionSize(2), 400);
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(header->sectionSize(column) >= header->sectionSizeHint(column));
    }

    void tileValuesFitTheirCell()
    {
        const QFontMetricsF metrics{QFont()};
        const QString missing = QStringLiteral("keine Daten");
        const qreal room = metrics.horizontalAdvance(missing);
        QCOMPARE(ServiceTileDelegate::fitValue(missing, true, metrics, room + 2), missing);
        QCOMPARE(ServiceTileDelegate::fitValue(missing, true, metrics, room / 2), QStringLiteral("—"));
        // A number too long is elided, never replaced: what shows of it is still true.
        const QString number = QStringLiteral("12345.6 req/s");
        const QString shown = ServiceTileDelegate::fitValue(number, false, metrics, metrics.horizontalAdvance(number) / 2);
        QVERIFY2(shown.startsWith(QLatin1String("12")) && shown.endsWith(QChar(0x2026)), qPrintable(shown));
    }
};

LCL_GUITEST_MAIN(TestTextFit)
#include "tst_textfit.moc"
