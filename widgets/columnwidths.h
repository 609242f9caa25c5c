#pragma once

#include <initializer_list>
#include <utility>

class QHeaderView;

namespace lcl::widgets {

// Gives each listed column (logical index, pixels) that width, or more when its header needs more: the title in
// the current language, the sort arrow and the style's padding ("Zuletzt gesehen" is wider than "Last seen").
// Call after the model is set.
void setColumnWidths(QHeaderView* header, std::initializer_list<std::pair<int, int>> widths);

} // namespace lcl::widgets
