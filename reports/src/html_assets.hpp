// The stylesheet and script of the HTML conformance matrix, kept apart from the C++ that writes it.
#pragma once

namespace iterconf::report::detail {

extern const char* const matrix_style;
extern const char* const matrix_script;

}  // namespace iterconf::report::detail
