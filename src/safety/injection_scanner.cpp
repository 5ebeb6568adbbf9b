#include "safety/injection_scanner.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <set>

#include "text/utf8.h"

namespace repopost::safety {
namespace {

struct Pattern {
  const char* form;  // what kind of attempt, for the message
  const char* regex;
};

#define QUAL "(?:previous|prior|above|earlier|preceding|original|system|initial|old|other)"
#define NOUN                                                                                  \
  "(?:instructions?|prompts?|directions|directives|guidelines|rules|context|orders|commands|" \
  "messages?|sentences?|text|input|tasks?)"
#define VERB "(?:ignore|disregard|forget|override|bypass|discard|skip)"
#define DOCUMENT "(?:repository|repo|project|library|readme|post|summary|text|page|document)"
#define AI                                                                                    \
  "(?:ai|a\\.i\\.|llm|llms|language models?|assistants?|chatgpt|gpt(?:-?\\d)?|claude|gemini|" \
  "copilot|bots?|models?)"

// Case-insensitive RE2 patterns (the (?i) is added when compiling). \b is ASCII-only in RE2, so
// the patterns for scripts without spaces or with non-ASCII letters do without it.
constexpr Pattern kPatterns[] = {
    {"ignore-instructions",
     R"(\b(?:ignore|disregard|forget|override|bypass|discard)\s+(?:all\s+|any\s+)?(?:of\s+)?)"
     R"((?:the\s+|your\s+|my\s+|these\s+|those\s+)?)" QUAL R"(\s+)" NOUN R"(\b)"},
    {"ignore-instructions",
     R"(\b(?:ignore|disregard|forget|override|discard)\s+(?:all\s+)?(?:of\s+)?(?:your|the|any|all)\s+)"
     R"((?:instructions?|prompts?|directives|guidelines|system\s+(?:prompt|message))\b)"},
    {"ignore-instructions",  // "ignore the above", "forget everything before this line"
     R"(\b)" VERB R"(\s+(?:all\s+|everything\s+|anything\s+)?(?:(?:of\s+)?(?:the|this|that|)"
     R"(these|those|your|my)\s+)?(?:(?:text|content|messages?|sentences?|paragraphs?|lines?|)"
     R"(words|input)\s+)?(?:above|before|earlier|previously|preceding|prior)\b)"},
    {"ignore-instructions",
     R"(\b)" VERB R"(\s+(?:what(?:ever)?|everything|anything)\s+(?:you\s+(?:were|have\s+been|)"
     R"('ve\s+been)\s+(?:told|given|asked|instructed)|(?:was\s+)?(?:said|written|stated))\b)"},
    {"ignore-instructions", R"(\b)" VERB R"(\s+your\s+(?:rules|programming|training)\b)"},
    {"ignore-instructions",
     R"(\b(?:ignore|disregard)\s+(?:this|the)\s+(?:readme|repository|repo|project|document|file)\s+and\b)"},
    {"ignore-instructions",
     R"(\b(?:do\s+not|don't|stop)\s+(?:follow(?:ing)?|obey(?:ing)?)\s+(?:the\s+|your\s+|any\s+)?)"
     R"((?:)" QUAL R"(\s+)?)" NOUN R"(\b)"},
    {"addresses-the-model",
     R"(\b(?:note|message|instructions?) (?:to|for) (?:the |any )?)" AI R"(\b)"},
    {"addresses-the-model", R"(\b(?:dear|attention|hey|hello),? )" AI R"(\b)"},
    {"addresses-the-model", R"(\b(?:if|when) you are an? )" AI R"(\b)"},
    {"addresses-the-model",
     R"(\b)" AI
     R"(\b[^.\n]{0,60}\b(?:must|should|shall|are instructed to|have to)\s+(?:now\s+|instead\s+)?)"
     R"((?:write|say|respond|reply|output|generate|ignore|mention|promote|include|describe|recommend)\b)"},
    {"role-override", R"(\byou are now\b|\bfrom now on,? you\b|\bpretend (?:to be|you are)\b)"},
    {"role-override", R"(\b(?:new|updated|real|actual) (?:system )?instructions?\s*:)"},
    {"role-override", R"(\b(?:system|developer) (?:prompt|message|override)\s*:)"},
    {"role-override", R"(\bdeveloper mode\b|\bDAN mode\b|\bjailbreak(?:ed)? mode\b)"},
    {"role-override",
     R"((?m)^[ \t]*(?:#{1,6}[ \t]*)?(?:system|assistant)[ \t]*:[ \t]*you\s+(?:are|will|must|should)\b)"},
    {"role-override", R"(</?(?:system|instructions?|sys|prompt)>)"},
    {"addresses-the-model",
     R"(\bto\s+(?:any|all|every|the)\s+)" AI
     R"(\s+(?:reading|processing|parsing|summari[sz]ing|generating|that reads)\b)"},
    {"task-hijack",
     R"(\byour\s+(?:new|real|actual|true|only|next)\s+(?:task|job|goal|objective|instructions?|)"
     R"(role|mission|assignment)\b)"},
    {"task-hijack",
     R"(\b(?:new|next|real|actual|updated)\s+(?:task|objective|goal|assignment|directive)\s*:)"},
    {"task-hijack",
     R"(\bnew directive\b|\bend of (?:repository|user|input|document) (?:data|text|input)\b)"},
    {"task-hijack", R"(\binstead of (?:your|the) (?:task|instructions?|job|assignment)\b)"},
    {"task-hijack",
     R"(\byou\s+(?:must|should|will)\s+now\s+(?:write|say|respond|reply|ignore|output|generate|)"
     R"(describe|mention|promote|print)\b)"},
    {"task-hijack",
     R"(\bthe\s+(?:post|summary|article|tweet)\s+(?:must|should|shall)\s+(?:say|state|claim|)"
     R"(mention|include|describe|call)\b)"},
    {"task-hijack",
     R"(\b(?:begin|start|end|open)\s+(?:your|the)\s+(?:post|answer|response|reply|summary|output)\s+with\b)"},
    {"task-hijack",
     R"(\bwhen\s+(?:you\s+)?(?:summari[sz]\w*|writ\w*|describ\w*|generat\w*|read\w*|process\w*)\s+)"
     R"((?:about\s+)?(?:this|the)\s+)" DOCUMENT
     R"(\b[^.\n]{0,30},\s*(?:say|claim|state|mention|call|)"
     R"(tell|describe|write|add|include)\b)"},
    {"task-hijack",
     R"(\b(?:before|after)\s+(?:writing|answering|responding|generating|you\s+(?:write|answer|respond))\b)"
     R"([^.\n]{0,40}\b(?:print|say|output|include|append|mention)\b)"},
    {"forced-output",
     R"(\b(?:respond|reply|answer|output|print|say|write)\s+(?:only|just|exactly|nothing but)\b)"
     R"([^.\n]{0,30}(?:["“:]|\bnothing else\b))"},
    {"forced-output",
     R"(\b(?:say|print|output|write|respond|reply|type)\b[^.\n]{0,60}\band nothing else\b)"},
    {"task-hijack",
     R"(\b(?:instead|rather),?\s+(?:you (?:must|should|will) )?(?:write|generate|produce|compose|create|post)\b)"
     R"([^.\n]{0,60}\b(?:post|article|tweet|message|text|poem|story|ad|advert\w*)\b)"},
    {"task-hijack",
     R"(\bdo not (?:mention|talk about|write about|describe) (?:this|the) (?:project|repository|repo|library|tool)\b)"},
    {"prompt-leak",
     R"(\b(?:reveal|print|repeat|output|show|leak|disclose)\s+(?:me\s+)?(?:your|the)\s+)"
     R"((?:system\s+|initial\s+|hidden\s+)?(?:prompt|instructions)\b)"},
    {"prompt-leak",
     R"(\b(?:repeat|print|output|show|reveal)\s+(?:all\s+|everything\s+)?(?:the\s+)?)"
     R"((?:text|words|content|everything|messages?)\s+(?:above|before)\b)"},
    {"chat-template-token",
     R"(<\|(?:im_start|im_end|system|assistant|user|begin_of_text|eot_id)\|>|\[/?INST\]|<</?SYS>>)"},
    {"delimiter-spoof", R"(<<<\s*REPOSITORY DATA|REPOSITORY DATA\s*>>>)"},
    {"other-language",  // French
     R"(\b(?:ignore[zr]?|oublie[zr]?)\s+(?:toutes\s+)?(?:les\s+|tes\s+|vos\s+)?(?:instructions|consignes)\b)"},
    {"other-language",  // Spanish
     R"(\b(?:ignora|ignore|ignorar|olvida|olvide)\s+(?:todas\s+)?(?:las\s+|tus\s+|sus\s+)?(?:instrucciones|indicaciones)\b)"},
    {"other-language",  // Portuguese
     R"(\b(?:ignore|ignora|esqueça|esqueca)\s+(?:todas\s+)?(?:as\s+)?(?:suas\s+)?instru(?:ções|coes)\b)"},
    {"other-language",  // Italian
     R"(\b(?:ignora|dimentica)\s+(?:tutte\s+)?(?:le\s+)?(?:tue\s+)?(?:istruzioni|indicazioni)\b)"},
    {"other-language",  // German
     R"(\b(?:ignoriere|ignorier|ignorieren sie|vergiss|vergessen sie|missachte)\s+(?:alle\s+)?)"
     R"((?:vorherigen\s+|bisherigen\s+|deine\s+|ihre\s+)?(?:anweisungen|instruktionen|befehle|regeln)\b)"},
    {"other-language",  // Dutch
     R"(\b(?:negeer|vergeet)\s+(?:alle\s+)?(?:vorige\s+|eerdere\s+|je\s+)?(?:instructies|opdrachten)\b)"},
    {"other-language",  // Russian
     R"((?:игнорируй|игнорируйте|забудь|забудьте)\s+(?:все\s+)?(?:предыдущие\s+|свои\s+)?(?:инструкции|указания))"},
    {"other-language",  // Chinese
     R"((?:忽略|无视|忽视|忘记|忘掉)(?:之前|以上|上面|前面|所有|你的|先前)*的?(?:所有)?(?:指令|指示|说明|提示))"},
    {"other-language",  // Japanese
     R"((?:以前の|これまでの|上記の|すべての|全ての)?(?:指示|命令)を(?:無視|忘れ))"},
    {"other-language",  // Korean
     R"((?:이전|모든|위의)?\s*(?:지시|명령|지침)(?:를|을|사항을)?\s*무시)"},
};

#undef QUAL
#undef NOUN
#undef VERB
#undef DOCUMENT
#undef AI

constexpr std::size_t kMaxExcerptBytes = 160;
constexpr std::size_t kMinBase64 = 20;
constexpr std::size_t kMaxHitsPerText = 50;

bool IsZeroWidth(char32_t cp) {
  return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF ||
         cp == 0x00AD;
}

// `text` without zero-width characters, and for each byte of the result its offset in `text`.
struct Normalized {
  std::string text;
  std::vector<std::size_t> origin;
};

Normalized RemoveZeroWidth(std::string_view text) {
  Normalized out;
  out.text.reserve(text.size());
  out.origin.reserve(text.size() + 1);
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const char32_t cp = text::DecodeAt(text, pos);
    if (pos == start) ++pos;  // defensive: never loop forever on a decoder that did not advance
    if (IsZeroWidth(cp)) continue;
    for (std::size_t i = start; i < pos; ++i) {
      out.text += text[i];
      out.origin.push_back(i);
    }
  }
  out.origin.push_back(text.size());
  return out;
}

int Base64Value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;
  if (c == '/' || c == '_') return 63;
  return -1;
}

// Decodes standard or URL-safe base64; "" when the token is not base64 text.
std::string DecodeBase64(std::string_view token) {
  std::string out;
  unsigned int buffer = 0;
  int bits = 0;
  for (char c : token) {
    if (c == '=') break;
    const int value = Base64Value(c);
    if (value < 0) return "";
    buffer = (buffer << 6) | static_cast<unsigned int>(value);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  if (!text::IsValidUtf8(out)) return "";
  std::size_t printable = 0;
  for (unsigned char c : out) printable += (c >= 0x20 || c == '\n' || c == '\t') ? 1 : 0;
  return printable * 10 >= out.size() * 9 ? out : "";
}

std::string_view LineAround(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t line_begin = text.rfind('\n', begin == 0 ? 0 : begin - 1);
  line_begin = (line_begin == std::string_view::npos || begin == 0) ? 0 : line_begin + 1;
  std::size_t line_end = text.find('\n', end);
  if (line_end == std::string_view::npos) line_end = text.size();
  return text.substr(line_begin, line_end - line_begin);
}

bool InsideHtmlComment(std::string_view text, std::size_t pos) {
  const std::size_t open = text.rfind("<!--", pos);
  if (open == std::string_view::npos) return false;
  const std::size_t close = text.find("-->", open);
  return close == std::string_view::npos || close > pos;
}

bool InsideCodeFence(std::string_view text, std::size_t pos) {
  std::size_t fences = 0;
  for (std::size_t at = text.find("```"); at != std::string_view::npos && at < pos;
       at = text.find("```", at + 3)) {
    ++fences;
  }
  return fences % 2 == 1;
}

std::string Trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) text.remove_suffix(1);
  std::string out(text::TruncateUtf8(text, kMaxExcerptBytes));
  if (out.size() < text.size()) out += "…";
  return out;
}

}  // namespace

struct InjectionScanner::Rules {
  std::vector<std::pair<std::string, std::unique_ptr<RE2>>> patterns;
  std::unique_ptr<RE2> base64;

  // Spans [begin, end) of matches in `text` with their form.
  std::vector<std::tuple<std::size_t, std::size_t, std::string>> Find(std::string_view text) const {
    std::vector<std::tuple<std::size_t, std::size_t, std::string>> found;
    for (const auto& [form, re] : patterns) {
      re2::StringPiece input(text.data(), text.size());
      re2::StringPiece match;
      std::size_t offset = 0;
      while (offset <= text.size() && found.size() < kMaxHitsPerText &&
             re->Match(input, offset, input.size(), RE2::UNANCHORED, &match, 1)) {
        const std::size_t begin = static_cast<std::size_t>(match.data() - text.data());
        found.emplace_back(begin, begin + match.size(), form);
        offset = begin + std::max<std::size_t>(match.size(), 1);
      }
    }
    return found;
  }
};

InjectionScanner::InjectionScanner() {
  auto rules = std::make_unique<Rules>();
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  for (const Pattern& pattern : kPatterns) {
    auto re = std::make_unique<RE2>(pattern.regex, options);
    if (re->ok()) rules->patterns.emplace_back(pattern.form, std::move(re));
  }
  rules->base64 = std::make_unique<RE2>(R"(([A-Za-z0-9+/_-]{20,}={0,2}))");
  rules_ = std::move(rules);
}

InjectionScanner::~InjectionScanner() = default;
InjectionScanner::InjectionScanner(InjectionScanner&&) noexcept = default;
InjectionScanner& InjectionScanner::operator=(InjectionScanner&&) noexcept = default;

std::vector<PolicyHit> InjectionScanner::ScanText(std::string_view text,
                                                  std::string_view where) const {
  const Normalized normalized = RemoveZeroWidth(text);
  std::vector<std::tuple<std::size_t, std::size_t, std::string>> found =
      rules_->Find(normalized.text);
  const bool had_zero_width = normalized.text.size() != text.size();

  // Base64 tokens whose decoded text matches a rule.
  re2::StringPiece input(normalized.text);
  std::string token;
  while (found.size() < kMaxHitsPerText && RE2::FindAndConsume(&input, *rules_->base64, &token)) {
    if (token.size() < kMinBase64) continue;
    const std::string decoded = DecodeBase64(token);
    if (decoded.empty() || rules_->Find(decoded).empty()) continue;
    const std::size_t end = static_cast<std::size_t>(input.data() - normalized.text.data());
    found.emplace_back(end - token.size(), end, "base64");
  }

  std::vector<PolicyHit> hits;
  for (const auto& [nbegin, nend, form] : found) {
    const std::size_t begin = normalized.origin[nbegin];
    const std::size_t end = normalized.origin[std::min(nend, normalized.origin.size() - 1)];
    std::string context;
    if (InsideHtmlComment(text, begin)) context = ", hidden in an HTML comment";
    if (InsideCodeFence(text, begin)) context = ", in a code block";
    if (had_zero_width) context += ", with zero-width characters";
    PolicyHit hit;
    hit.rule_id = std::string(kPromptInjectionRule);
    hit.category = PolicyCategory::kPromptInjection;
    hit.severity = Severity::kWarning;
    hit.begin = begin;
    hit.end = end;
    hit.excerpt = Trimmed(LineAround(text, begin, end));
    hit.message = "possible prompt injection (" + form + ") in " + std::string(where) + context +
                  ": treated as data and left out of the prompt";
    hits.push_back(std::move(hit));
  }
  std::sort(hits.begin(), hits.end(),
            [](const PolicyHit& a, const PolicyHit& b) { return a.begin < b.begin; });
  // One hit per line is enough for a reader.
  std::vector<PolicyHit> unique;
  for (PolicyHit& hit : hits) {
    if (!unique.empty() && unique.back().excerpt == hit.excerpt) continue;
    unique.push_back(std::move(hit));
  }
  return unique;
}

std::vector<PolicyHit> InjectionScanner::Scan(const core::FactSheet& sheet) const {
  std::vector<PolicyHit> hits;
  std::set<std::string> seen;
  auto add = [&](std::vector<PolicyHit> more) {
    for (PolicyHit& hit : more) {
      if (seen.insert(hit.excerpt).second) hits.push_back(std::move(hit));
    }
  };
  for (const core::Document& doc : sheet.documents) {
    const std::string where = doc.provenance.path.empty() ? doc.title : doc.provenance.path;
    add(ScanText(doc.text, where));
  }
  for (const core::Fact& fact : sheet.facts) {
    const bool from_commit =
        fact.kind == core::FactKind::kRecentCommit || fact.kind == core::FactKind::kFirstCommit;
    const std::string where =
        from_commit ? "a commit message"
                    : "fact " + fact.id + " (" + std::string(core::ToString(fact.kind)) + ")";
    add(ScanText(fact.value, where));
    if (!fact.detail.empty()) add(ScanText(fact.detail, where));
  }
  return hits;
}

std::string InjectionScanner::Redact(std::string_view text) const {
  std::vector<PolicyHit> hits = ScanText(text, "");
  if (hits.empty()) return std::string(text);
  std::string out;
  std::size_t pos = 0;
  for (const PolicyHit& hit : hits) {
    std::size_t line_begin =
        hit.begin == 0 ? std::string_view::npos : text.rfind('\n', hit.begin - 1);
    line_begin = line_begin == std::string_view::npos ? 0 : line_begin + 1;
    std::size_t line_end = text.find('\n', hit.end);
    if (line_end == std::string_view::npos) line_end = text.size();
    if (line_begin < pos) line_begin = pos;  // overlapping lines: already redacted
    if (line_end <= pos) continue;
    out.append(text.substr(pos, line_begin - pos));
    out += "[instruction-like text removed]";
    pos = line_end;
  }
  out.append(text.substr(pos));
  return out;
}

}  // namespace repopost::safety
