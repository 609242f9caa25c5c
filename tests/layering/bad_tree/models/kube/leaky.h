#pragma once
// Deliberately wrong: proves check_layering.cmake catches a model that sees Qt Widgets.
#include <QWidget>
