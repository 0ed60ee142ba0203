// Checks of numeric options (option_checks.hpp).
#include "option_checks.hpp"

#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace iterconf::cli {

CLI::Validator whole_number(unsigned long long least, unsigned long long most) {
  const std::string range = "a whole number from " + std::to_string(least) + " to " + std::to_string(most);
  return CLI::Validator(
      [=](std::string& text) -> std::string {
        errno = 0;
        char* end = nullptr;
        const bool digits = !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
        const unsigned long long n = digits ? std::strtoull(text.c_str(), &end, 10) : 0;
        if (!digits || errno == ERANGE || n < least || n > most) return "must be " + range + ", not '" + text + "'";
        return "";
      },
      "NUMBER " + std::to_string(least) + ".." + std::to_string(most));
}

CLI::Validator seconds() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        char* end = nullptr;
        const double s = std::strtod(text.c_str(), &end);
        if (text.empty() || *end != '\0' || !std::isfinite(s) || s <= 0 || s > 86400)
          return "must be a number of seconds above 0 and at most 86400, not '" + text + "'";
        return "";
      },
      "SECONDS");
}

}  // namespace iterconf::cli
