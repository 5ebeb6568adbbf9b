#include "cli/error_output.h"

#include <iostream>
#include <nlohmann/json.hpp>

namespace repopost::cli {

int ReportError(const core::Error& error, bool as_json) {
  const int exit_code = core::ExitCodeFor(error.code);
  if (as_json) {
    nlohmann::json body = {{"error",
                            {{"code", std::string(core::ToString(error.code))},
                             {"message", error.message},
                             {"exit_code", exit_code}}}};
    std::cerr << body.dump() << "\n";
  } else {
    std::cerr << "repopost: " << error.message << "\n";
  }
  return exit_code;
}

}  // namespace repopost::cli
