// setColumnWidths: a column is as wide as asked, or as wide as its header needs (title, sort arrow, padding),
// whichever is more — the German "Zuletzt gesehen" over a 70 px "Last seen" column is not elided.
#include "support/guitestmain.h"
#include "widgets/columnwidths.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>

using lcl::widgets::setColumnWidths;

class TestColumnWidths final : public QObject {
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
};

LCL_GUITEST_MAIN(TestColumnWidths)
#include "tst_columnwidths.moc"
