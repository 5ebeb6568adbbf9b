#include "export/linkedin_export.h"

#include <fmt/format.h>

#include <cctype>
#include <nlohmann/json.hpp>

#include "export/unicode_bold.h"
#include "text/utf8.h"

namespace repopost::exports {
namespace {

constexpr std::string_view kReserved = "|{}@[]()<>#\\*_~";
constexpr std::size_t kMaxCommentary = 3000;

bool IsHashtagStart(std::string_view text, std::size_t i) {
  if (text[i] != '#' || i + 1 >= text.size()) return false;
  if (i > 0 && !std::isspace(static_cast<unsigned char>(text[i - 1]))) return false;
  unsigned char next = static_cast<unsigned char>(text[i + 1]);
  return std::isalnum(next) || next >= 0x80;
}

bool IsHashtagChar(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return std::isalnum(u) || c == '_' || u >= 0x80;
}

}  // namespace

LinkedInText RenderLinkedInText(const ExportInput& input, const LinkedInTextOptions& options) {
  LinkedInText out;
  out.text = text::SanitizeUtf8(input.text);
  if (options.bold_hook) {
    const std::string hook = input.HookLine();
    const std::size_t at = hook.empty() ? std::string::npos : out.text.find(hook);
    if (at != std::string::npos) out.text.replace(at, hook.size(), ToSansSerifBold(hook));
    out.notes.emplace_back(kUnicodeBoldNote);
  }
  return out;
}

std::string EscapeLittleText(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (char c : text) {
    if (kReserved.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string ToLittleTextCommentary(std::string_view post_text) {
  std::string out;
  std::size_t i = 0;
  while (i < post_text.size()) {
    if (IsHashtagStart(post_text, i)) {
      std::size_t end = i + 1;
      while (end < post_text.size() && IsHashtagChar(post_text[end])) ++end;
      out += "{hashtag|\\#|" + EscapeLittleText(post_text.substr(i + 1, end - i - 1)) + "}";
      i = end;
      continue;
    }
    char c = post_text[i++];
    if (kReserved.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

core::Result<std::string> RenderLinkedInPayload(const ExportInput& input,
                                                const LinkedInPayloadOptions& options) {
  const std::string& urn = options.author_urn;
  if (!urn.starts_with("urn:li:person:") && !urn.starts_with("urn:li:organization:")) {
    return core::Fail(core::ErrorCode::kUsage,
                      "The LinkedIn payload needs an author URN like urn:li:person:ID.");
  }
  if (options.visibility != "PUBLIC" && options.visibility != "CONNECTIONS" &&
      options.visibility != "LOGGED_IN") {
    return core::Fail(core::ErrorCode::kUsage,
                      "Visibility must be PUBLIC, CONNECTIONS or LOGGED_IN.");
  }
  if (options.lifecycle_state != "PUBLISHED" && options.lifecycle_state != "DRAFT") {
    return core::Fail(core::ErrorCode::kUsage, "Lifecycle state must be PUBLISHED or DRAFT.");
  }
  const std::string post = text::SanitizeUtf8(input.text);
  const std::size_t length = text::Utf16Length(post);
  if (length > kMaxCommentary) {
    return core::Fail(core::ErrorCode::kTooLarge,
                      fmt::format("The post has {} characters; LinkedIn allows 3,000.", length));
  }
  nlohmann::json payload = {
      {"author", urn},
      {"commentary", ToLittleTextCommentary(post)},
      {"visibility", options.visibility},
      {"distribution",
       {{"feedDistribution", "MAIN_FEED"},
        {"targetEntities", nlohmann::json::array()},
        {"thirdPartyDistributionChannels", nlohmann::json::array()}}},
      {"lifecycleState", options.lifecycle_state},
      {"isReshareDisabledByAuthor", false},
  };
  return payload.dump(2) + "\n";
}

}  // namespace repopost::exports
