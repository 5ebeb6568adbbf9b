// A good writer answer for the CLI test, which links no repopost stage libraries.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace repopost::testing {

inline std::string GoodAnswerJson() {
  return nlohmann::json{
      {"post",
       "What does it take to format JSON in place?\n\ntidyjson is a command-line tool that formats "
       "and validate JSON files from the command line.\n\n• Formats JSON with stable "
       "key order\n• Validates against JSON Schema draft 7\n\nTry it: npm install -g tidyjson\n\n"
       "What would you format first?"},
      {"hooks",
       {{"curiosity", "What does it take to format JSON in place?"},
        {"bold_claim", ""},
        {"story", ""},
        {"contrarian", ""},
        {"emotional", ""}}},
      {"hashtags", {"OpenSource", "json", "command-line"}},
      {"caption", ""},
      {"claims", nlohmann::json::array()}}
      .dump();
}

}  // namespace repopost::testing
