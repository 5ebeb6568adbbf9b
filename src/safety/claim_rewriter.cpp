#include "safety/claim_rewriter.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace repopost::safety {
namespace {

struct SegmentEdit {
  bool remove = false;
  std::string replacement;
};

std::string Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ',' || s.front() == ';'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == ';')) s.remove_suffix(1);
  return std::string(s);
}

void CollapseSpaces(std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    if ((c == ',' || c == '.' || c == '!') && !out.empty() && out.back() == ' ') out.pop_back();
    out += c;
  }
  s = std::move(out);
}

// Splits at ", ", " — ", " - ", "; ", ": " keeping the separators with the left part.
std::vector<std::string> Clauses(std::string_view s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    std::size_t sep = 0;
    if ((s[i] == ',' || s[i] == ';' || s[i] == ':') && i + 1 < s.size() && s[i + 1] == ' ') sep = 2;
    if (s.compare(i, 5, " \xE2\x80\x94 ") == 0) sep = 5;
    if (s.compare(i, 3, " - ") == 0) sep = 3;
    if (sep == 0) continue;
    out.emplace_back(s.substr(start, i - start));
    start = i + sep;
    i = start - 1;
  }
  out.emplace_back(s.substr(start));
  return out;
}

std::string EndingOf(std::string_view s) {
  if (s.ends_with("!")) return "!";
  if (s.ends_with(".")) return ".";
  return "";
}

void CapitaliseFirst(std::string& s) {
  if (!s.empty() && std::islower(static_cast<unsigned char>(s[0]))) {
    s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  }
}

// The surfaces a claim's unsupported parts refer to ("number 45k" -> "45k").
std::vector<std::string> BadSurfaces(const ClaimResult& claim) {
  std::vector<std::string> out;
  for (const std::string& part : claim.unsupported_parts) {
    const std::size_t quote = part.find('"');
    if (quote != std::string::npos) {
      const std::size_t close = part.find('"', quote + 1);
      if (close != std::string::npos) out.push_back(part.substr(quote + 1, close - quote - 1));
    } else if (const std::size_t space = part.find(' '); space != std::string::npos) {
      out.push_back(part.substr(space + 1));
    }
  }
  return out;
}

bool ContainsNoCase(std::string_view hay, std::string_view needle) {
  if (needle.empty()) return false;
  auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) ==
           std::tolower(static_cast<unsigned char>(b));
  });
  return it != hay.end();
}

bool StartsWithPreposition(std::string_view s) {
  constexpr std::string_view kOpeners[] = {"from ",   "with ",    "for ",     "in ",     "on ",
                                           "by ",     "through ", "after ",   "before ", "like ",
                                           "unlike ", "beyond ",  "besides ", "among ",  "across "};
  for (std::string_view opener : kOpeners) {
    if (s.size() >= opener.size() && ContainsNoCase(s.substr(0, opener.size()), opener)) {
      return true;
    }
  }
  return false;
}

// "… and", "… such as", "… with" left at the end once the clause after it went.
void DropDanglingConnector(std::string& s) {
  constexpr std::string_view kConnectors[] = {" and", " or",      " but",       " with", " to",
                                              " of",  " such as", " including", " like", " from"};
  bool again = true;
  while (again) {
    again = false;
    for (std::string_view connector : kConnectors) {
      if (s.size() > connector.size() && s.ends_with(connector)) {
        s.resize(s.size() - connector.size());
        s = Trim(s);
        again = true;
      }
    }
  }
}

}  // namespace

bool ClaimRewriter::IsSupported(std::string_view sentence) const {
  bool any = false;
  for (const Claim& c : extractor_.Extract(sentence)) {
    const ClaimResult r = support_.Judge(c);
    if (r.verdict == Verdict::kUnsupported || r.verdict == Verdict::kContradicted) return false;
    any = true;
  }
  return any;
}

std::optional<std::string> ClaimRewriter::Soften(const ClaimResult& claim,
                                                 std::string_view text) const {
  std::string current(text);
  // 1. Put back qualifiers the evidence has.
  for (const auto& [surface, qualifier] : claim.dropped_qualifiers) {
    const std::size_t at = current.find(surface);
    if (at != std::string::npos) current.insert(at, qualifier + " ");
  }
  // A "softened" sentence must differ from the one the checker rejected: IsSupported judges
  // without the profile's rules (install lines, releases), which may be what rejected it.
  if (!claim.dropped_qualifiers.empty() && current != text && IsSupported(current)) {
    return current;
  }
  // 2. Drop superlative and absolute words.
  const std::vector<Cue> cues = [&] {
    for (const Claim& c : extractor_.Extract(current)) return c.cues;
    return std::vector<Cue>{};
  }();
  for (auto it = cues.rbegin(); it != cues.rend(); ++it) {
    if (it->kind == CueKind::kSuperlative || it->kind == CueKind::kAbsolute) {
      if (it->end <= current.size()) current.erase(it->begin, it->end - it->begin);
    }
  }
  CollapseSpaces(current);
  if (current != text && IsSupported(current)) return current;
  // 3. Drop the clauses holding unsupported parts.
  const std::vector<std::string> bad = BadSurfaces(claim);
  const std::string ending = EndingOf(current);
  std::string kept;
  const std::vector<std::string> clauses = Clauses(current);
  bool dropped = false;
  for (std::size_t i = 0; i < clauses.size(); ++i) {
    bool is_bad = false;
    for (const std::string& b : bad) is_bad = is_bad || ContainsNoCase(clauses[i], b);
    // The main clause carries the subject: without it what is left is a fragment.
    if (is_bad && i == 0) return std::nullopt;
    if (is_bad) {
      dropped = true;
      continue;
    }
    if (!kept.empty()) kept += ", ";
    kept += Trim(clauses[i]);
  }
  // An opening phrase ("From command aliases to imagepipe, which …") is no sentence without the
  // clause that followed it.
  if (dropped && StartsWithPreposition(kept)) return std::nullopt;
  kept = Trim(kept);
  DropDanglingConnector(kept);
  while (!kept.empty() && (kept.back() == '.' || kept.back() == '!')) kept.pop_back();
  if (std::count(kept.begin(), kept.end(), ' ') < 2) return std::nullopt;
  // Keep a lower-case project name ("fzf") as written; capitalise only what began capitalised.
  if (!text.empty() && std::isupper(static_cast<unsigned char>(text[0]))) CapitaliseFirst(kept);
  kept += ending.empty() ? "." : ending;
  if (kept != text && IsSupported(kept)) return kept;
  return std::nullopt;
}

std::string ClaimRewriter::HookFromFacts() const {
  const core::Fact* name = sheet_.First(core::FactKind::kProjectName);
  const core::Fact* description = sheet_.First(core::FactKind::kDescription);
  if (description == nullptr) return {};
  std::string hook = name != nullptr ? name->value + ": " + description->value : description->value;
  if (!hook.ends_with(".") && !hook.ends_with("!")) hook += ".";
  return hook;
}

ClaimRewriter::Output ClaimRewriter::Rewrite(std::string_view post,
                                             const SafetyReport& report) const {
  Output out;
  std::map<std::size_t, SegmentEdit> edits;  // by segment begin
  std::size_t hook_index = SIZE_MAX;
  for (const ClaimResult& c : report.claims) {
    if (c.role != ClaimRole::kHashtags) {
      hook_index = c.index;
      break;
    }
  }
  for (const ClaimResult& c : report.claims) {
    std::string current = c.text;
    std::string reason;
    // Policy hits inside this segment: redact secrets, remove personal data and profanity.
    bool policy_removes = false;
    for (auto it = report.policy_hits.rbegin(); it != report.policy_hits.rend(); ++it) {
      if (it->begin < c.begin || it->end > c.end) continue;
      if (it->category == PolicyCategory::kSecret ||
          it->category == PolicyCategory::kPersonalData ||
          it->category == PolicyCategory::kProfanity) {
        const std::string with = it->category == PolicyCategory::kSecret ? "[redacted]" : "";
        current.replace(it->begin - c.begin, it->end - it->begin, with);
        reason = "policy " + it->rule_id + ": " + it->message;
      } else {
        policy_removes = true;
        reason = "policy " + it->rule_id + ": " + it->message;
      }
    }
    const bool bad = c.verdict == Verdict::kUnsupported || c.verdict == Verdict::kContradicted;
    if (!bad && !policy_removes) {
      if (current != c.text) {
        CollapseSpaces(current);
        edits[c.begin] = {false, current};
        out.corrections.push_back({c.text, current, reason});
      }
      continue;
    }
    if (!policy_removes) {
      if (auto softened = Soften(c, current)) {
        edits[c.begin] = {false, *softened};
        out.corrections.push_back({c.text, *softened,
                                   c.dropped_qualifiers.empty()
                                       ? "softened: " + c.rationale
                                       : "qualifier restored from the evidence"});
        continue;
      }
      reason = c.rationale;
    }
    if (c.index == hook_index) {
      const std::string hook = HookFromFacts();
      if (!hook.empty()) {
        edits[c.begin] = {false, hook};
        out.corrections.push_back({c.text, hook, "hook replaced: " + reason});
        continue;
      }
    }
    edits[c.begin] = {true, ""};
    out.corrections.push_back({c.text, "", "removed: " + reason});
  }
  // Apply from the back so earlier offsets stay valid.
  std::string text(post);
  std::map<std::size_t, const ClaimResult*> by_begin;
  for (const ClaimResult& c : report.claims) by_begin[c.begin] = &c;
  for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
    const ClaimResult& c = *by_begin.at(it->first);
    if (!it->second.remove) {
      text.replace(c.begin, c.end - c.begin, it->second.replacement);
      continue;
    }
    std::size_t line_begin = text.rfind('\n', c.begin == 0 ? 0 : c.begin - 1);
    line_begin = line_begin == std::string::npos || c.begin == 0 ? 0 : line_begin + 1;
    std::size_t line_end = text.find('\n', c.end);
    if (line_end == std::string::npos) line_end = text.size();
    const std::string_view before(text.data() + line_begin, c.begin - line_begin);
    const std::string_view after(text.data() + c.end, line_end - c.end);
    const bool alone_before =
        before.find_first_not_of(" \t") == std::string_view::npos ||
        (before.size() <= 8 && before.find_first_of(".!?") == std::string_view::npos);
    const bool alone_after = after.find_first_not_of(" \t") == std::string_view::npos;
    if (alone_before && alone_after) {
      text.erase(line_begin, std::min(line_end + 1, text.size()) - line_begin);
    } else {
      std::size_t end = c.end;
      while (end < text.size() && text[end] == ' ') ++end;
      text.erase(c.begin, end - c.begin);
    }
  }
  // Tidy blank lines left by removals.
  std::string tidy;
  for (char ch : text) {
    if (ch == '\n' && tidy.size() >= 2 && tidy[tidy.size() - 1] == '\n' &&
        tidy[tidy.size() - 2] == '\n') {
      continue;
    }
    tidy += ch;
  }
  while (!tidy.empty() && (tidy.front() == '\n')) tidy.erase(0, 1);
  while (!tidy.empty() && (tidy.back() == '\n' || tidy.back() == ' ')) tidy.pop_back();
  out.text = std::move(tidy);
  return out;
}

}  // namespace repopost::safety
