#include "export/version_diff.h"

#include <algorithm>
#include <cctype>
#include <dtl/dtl.hpp>
#include <set>

#include "core/enum_table.h"

namespace repopost::exports {
namespace {

constexpr core::EnumTable<DiffOp, 3> kOps{{{
    {DiffOp::kEqual, "equal"},
    {DiffOp::kInsert, "insert"},
    {DiffOp::kDelete, "delete"},
}}};

// Alternating word and whitespace tokens, so a change of one word never drags its neighbours'
// spacing into the edit, and concatenating the tokens gives the text back.
std::vector<std::string> Tokenize(std::string_view text) {
  std::vector<std::string> tokens;
  auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t b = i;
    const bool in_space = space(text[i]);
    while (i < text.size() && space(text[i]) == in_space) ++i;
    tokens.emplace_back(text.substr(b, i - b));
  }
  return tokens;
}

bool HasWord(std::string_view token) {
  return std::any_of(token.begin(), token.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
  });
}

std::string FirstLine(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())))
      line.remove_suffix(1);
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front())))
      line.remove_prefix(1);
    if (!line.empty()) return std::string(line);
    start = end + 1;
  }
  return "";
}

std::set<std::string> Hashtags(const std::vector<std::string>& tokens) {
  std::set<std::string> tags;
  for (const std::string& t : tokens) {
    std::size_t e = t.size();
    while (e > 0 && (std::isspace(static_cast<unsigned char>(t[e - 1])) || t[e - 1] == ',' ||
                     t[e - 1] == '.'))
      --e;
    if (e > 1 && t[0] == '#') tags.insert(t.substr(0, e));
  }
  return tags;
}

std::string NormalizeClaim(std::string_view claim) {
  std::string out;
  for (char c : claim) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::size_t b = out.find_first_not_of(" \t\r\n"), e = out.find_last_not_of(" \t\r\n.");
  return b == std::string::npos ? "" : out.substr(b, e - b + 1);
}

std::vector<std::string> Missing(const std::vector<std::string>& from,
                                 const std::vector<std::string>& in) {
  std::set<std::string> present;
  for (const std::string& c : in) present.insert(NormalizeClaim(c));
  std::vector<std::string> out;
  for (const std::string& c : from) {
    if (!present.contains(NormalizeClaim(c))) out.push_back(c);
  }
  return out;
}

void Append(std::vector<DiffRun>& runs, DiffOp op, const std::string& token) {
  if (!runs.empty() && runs.back().op == op) {
    runs.back().text += token;
  } else {
    runs.push_back(DiffRun{op, token});
  }
}

std::string Rebuild(const std::vector<DiffRun>& runs, DiffOp keep) {
  std::string out;
  for (const DiffRun& r : runs) {
    if (r.op == DiffOp::kEqual || r.op == keep) out += r.text;
  }
  return out;
}

}  // namespace

std::string_view ToString(DiffOp op) { return kOps.Name(op); }
std::optional<DiffOp> ParseDiffOp(std::string_view text) { return kOps.Find(text); }

VersionDiff DiffVersions(const DiffInput& input) {
  const std::vector<std::string> a = Tokenize(input.before);
  const std::vector<std::string> b = Tokenize(input.after);
  dtl::Diff<std::string, std::vector<std::string>> diff(a, b);
  diff.compose();

  // The edit script, with each stretch of changes ordered deletions first, so a replacement
  // reads "[-old-]{+new+}".
  std::vector<std::pair<DiffOp, std::string>> edits;
  for (const auto& [token, info] : diff.getSes().getSequence()) {
    const DiffOp op = info.type == dtl::SES_COMMON ? DiffOp::kEqual
                      : info.type == dtl::SES_ADD  ? DiffOp::kInsert
                                                   : DiffOp::kDelete;
    edits.emplace_back(op, token);
  }
  for (auto it = edits.begin(); it != edits.end();) {
    if (it->first == DiffOp::kEqual) {
      ++it;
      continue;
    }
    auto end =
        std::find_if(it, edits.end(), [](const auto& e) { return e.first == DiffOp::kEqual; });
    std::stable_partition(it, end, [](const auto& e) { return e.first == DiffOp::kDelete; });
    it = end;
  }

  VersionDiff out;
  for (const auto& [op, token] : edits) {
    Append(out.runs, op, token);
    if (op == DiffOp::kInsert && HasWord(token)) ++out.summary.words_added;
    if (op == DiffOp::kDelete && HasWord(token)) ++out.summary.words_removed;
  }

  DiffSummary& s = out.summary;
  s.hook_before = FirstLine(input.before);
  s.hook_after = FirstLine(input.after);
  s.hook_changed = s.hook_before != s.hook_after;
  const std::set<std::string> tags_a = Hashtags(a), tags_b = Hashtags(b);
  std::set_difference(tags_b.begin(), tags_b.end(), tags_a.begin(), tags_a.end(),
                      std::back_inserter(s.hashtags_added));
  std::set_difference(tags_a.begin(), tags_a.end(), tags_b.begin(), tags_b.end(),
                      std::back_inserter(s.hashtags_removed));
  if (input.claims_before && input.claims_after) {
    s.claims_compared = true;
    s.claims_added = Missing(*input.claims_after, *input.claims_before);
    s.claims_dropped = Missing(*input.claims_before, *input.claims_after);
  }
  return out;
}

std::string VersionDiff::Unified() const {
  std::string out;
  for (const DiffRun& r : runs) {
    if (r.op == DiffOp::kEqual) {
      out += r.text;
      continue;
    }
    // Keep the markers tight around the words; the run's trailing whitespace goes outside.
    std::size_t end = r.text.find_last_not_of(" \t\r\n");
    std::string body = end == std::string::npos ? r.text : r.text.substr(0, end + 1);
    std::string tail = end == std::string::npos ? "" : r.text.substr(end + 1);
    out += (r.op == DiffOp::kDelete ? "[-" : "{+") + body +
           (r.op == DiffOp::kDelete ? "-]" : "+}") + tail;
  }
  return out;
}

std::string VersionDiff::Before() const { return Rebuild(runs, DiffOp::kDelete); }
std::string VersionDiff::After() const { return Rebuild(runs, DiffOp::kInsert); }

}  // namespace repopost::exports
