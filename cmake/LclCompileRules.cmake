# The project-wide compile rules, carried by one INTERFACE target every library and executable links.
add_library(lcl_compile_rules INTERFACE)
target_compile_features(lcl_compile_rules INTERFACE cxx_std_20)
target_compile_options(lcl_compile_rules INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(lcl_compile_rules INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    LCL_VERSION="${PROJECT_VERSION}")

# simdjson's on-demand API is compiled for the build's instruction set, not dispatched at run time: without
# this it falls back to its scalar kernel. x86-64-v3 (AVX2, BMI2; every x86 desktop since 2013) plus PCLMUL
# selects its "haswell" kernel. Applied to every target so inline code is compiled one way throughout.
option(LCL_X86_64_V3 "Compile for x86-64-v3 (AVX2) so simdjson uses its fast kernel" ON)
if(LCL_X86_64_V3 AND CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64")
    target_compile_options(lcl_compile_rules INTERFACE -march=x86-64-v3 -mpclmul)
endif()

if(LCL_SANITIZE)
    target_compile_options(lcl_compile_rules INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                       -fno-sanitize-recover=undefined)
    target_link_options(lcl_compile_rules INTERFACE -fsanitize=address,undefined)
endif()

# One static library per folder, sources found in the folder, include root above it so that includes
# read folder-qualified ("kube/informer.h").
function(lcl_add_library name)
    cmake_parse_arguments(ARG "" "INCLUDE_ROOT" "PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    file(GLOB _sources CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/*.cpp" "${CMAKE_CURRENT_SOURCE_DIR}/*.h")
    if(NOT _sources)
        # A folder whose library has no code yet still takes part in the dependency chain.
        add_library(${name} INTERFACE)
        target_include_directories(${name} INTERFACE "${ARG_INCLUDE_ROOT}")
        target_link_libraries(${name} INTERFACE lcl_compile_rules ${ARG_PUBLIC_LIBS})
        return()
    endif()
    add_library(${name} STATIC ${_sources})
    target_include_directories(${name} PUBLIC "${ARG_INCLUDE_ROOT}")
    target_link_libraries(${name} PUBLIC lcl_compile_rules ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
endfunction()
