#include "widgets/columnwidths.h"

#include <QHeaderView>

#include <algorithm>

namespace lcl::widgets {

void setColumnWidths(QHeaderView* header, std::initializer_list<std::pair<int, int>> widths)
{
    for (const auto& [column, width] : widths)
        header->resizeSection(column, std::max(width, header->sectionSizeHint(column)));
}

} // namespace lcl::widgets
