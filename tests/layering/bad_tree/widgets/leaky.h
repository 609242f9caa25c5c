#pragma once
// Deliberately wrong: proves check_layering.cmake catches a widget that sees curl.
#include <curl/curl.h>
