#pragma once

#include <QApplication>
#include <QTest>

// The main of every GUI test: offscreen platform and a fixed DPI whatever the environment says, so that
// screenshots and geometry are the same on every machine.
#define LCL_GUITEST_MAIN(TestObject)                                                                             \
    int main(int argc, char** argv)                                                                              \
    {                                                                                                            \
        qputenv("QT_QPA_PLATFORM", "offscreen");                                                                 \
        qputenv("QT_FONT_DPI", "96");                                                                            \
        qputenv("QT_SCALE_FACTOR", "1");                                                                         \
        QApplication app(argc, argv);                                                                            \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                                 \
        TestObject tc;                                                                                           \
        QTEST_SET_MAIN_SOURCE_PATH                                                                               \
        return QTest::qExec(&tc, argc, argv);                                                                    \
    }
