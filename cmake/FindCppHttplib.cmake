# cpp-httplib from Debian (libcpp-httplib-dev) has no CMake package. Debian ships its split build: httplib.h
# only declares, the code is in libcpp-httplib.so, built with OpenSSL, zlib and brotli support.
find_path(CppHttplib_INCLUDE_DIR httplib.h)
find_library(CppHttplib_LIBRARY cpp-httplib)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(CppHttplib REQUIRED_VARS CppHttplib_INCLUDE_DIR CppHttplib_LIBRARY)
if(CppHttplib_FOUND AND NOT TARGET CppHttplib::httplib)
    add_library(CppHttplib::httplib INTERFACE IMPORTED)
    target_include_directories(CppHttplib::httplib INTERFACE "${CppHttplib_INCLUDE_DIR}")
    target_compile_definitions(CppHttplib::httplib INTERFACE CPPHTTPLIB_OPENSSL_SUPPORT CPPHTTPLIB_ZLIB_SUPPORT
                                                             CPPHTTPLIB_BROTLI_SUPPORT)
    target_link_libraries(CppHttplib::httplib INTERFACE "${CppHttplib_LIBRARY}" OpenSSL::SSL OpenSSL::Crypto z)
endif()
