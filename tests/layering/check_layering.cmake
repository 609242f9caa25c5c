# Fails (exit code 1) when a source file includes what its layer must not see.
set(rules
    "widgets=>#include *[<\"](curl/|yaml-cpp/|simdjson|nlohmann/|httplib|prometheus/)"
    "app/console=>#include *[<\"](curl/|yaml-cpp/|simdjson|nlohmann/|httplib|prometheus/)"
    "models=>#include *[<\"](QtWidgets|QWidget|QMainWindow|QDialog|QWizard|QtCharts|QChart|QApplication>|httplib|prometheus/)")
set(violations "")
foreach(rule IN LISTS rules)
    string(FIND "${rule}" "=>" split)
    string(SUBSTRING "${rule}" 0 ${split} folder)
    math(EXPR start "${split} + 2")
    string(SUBSTRING "${rule}" ${start} -1 pattern)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp")
    foreach(f IN LISTS files)
        file(STRINGS "${f}" hits REGEX "${pattern}")
        if(hits)
            list(APPEND violations "${f}: ${hits}")
        endif()
    endforeach()
endforeach()
if(violations)
    list(JOIN violations "\n  " text)
    message(FATAL_ERROR "Layering violations (ARCHITECTURE.md §2):\n  ${text}")
endif()
message(STATUS "Layering holds")
