#include "generate/phrase_bank.h"

#include "embedded/phrases.h"

namespace repopost::generate {
namespace {

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return text;
}

std::string Unescape(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == 'n') {
      out += '\n';
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

core::Result<PhraseBank> PhraseBank::Parse(const std::map<std::string, std::string_view>& files) {
  PhraseBank bank;
  for (const auto& [path, contents] : files) {
    std::string file_version;
    std::string section;
    int line_number = 0;
    std::size_t pos = 0;
    while (pos <= contents.size()) {
      std::size_t end = contents.find('\n', pos);
      if (end == std::string_view::npos) end = contents.size();
      std::string_view line = Trim(contents.substr(pos, end - pos));
      pos = end + 1;
      ++line_number;
      const std::string where = path + ":" + std::to_string(line_number);
      if (line.empty() || line.front() == '#') continue;
      if (line.starts_with("@version")) {
        file_version = std::string(Trim(line.substr(8)));
        if (file_version.empty()) {
          return core::Fail(core::ErrorCode::kInput,
                            "phrase bank " + where + " has an empty @version");
        }
        continue;
      }
      if (line.front() == '[') {
        if (line.back() != ']' || line.size() < 3) {
          return core::Fail(core::ErrorCode::kInput,
                            "phrase bank " + where + " has a malformed section header");
        }
        section = std::string(line.substr(1, line.size() - 2));
        bank.sections_[section];
        continue;
      }
      const std::size_t bar = line.find(" | ");
      if (bar == std::string_view::npos) {
        return core::Fail(core::ErrorCode::kInput,
                          "phrase bank " + where + " is not of the form 'tone | phrase'");
      }
      if (section.empty()) {
        return core::Fail(core::ErrorCode::kInput,
                          "phrase bank " + where + " has a phrase before any [section]");
      }
      Phrase phrase;
      phrase.line = line_number;
      const std::string_view tone = Trim(line.substr(0, bar));
      if (tone != "*") {
        phrase.tone = ParseTone(tone);
        if (!phrase.tone) {
          return core::Fail(core::ErrorCode::kInput,
                            "phrase bank " + where + " names unknown tone '" + std::string(tone) +
                                "' (expected * or " + ToneChoices() + ")");
        }
      }
      phrase.text = Unescape(Trim(line.substr(bar + 3)));
      bank.sections_[section].push_back(std::move(phrase));
    }
    if (file_version.empty()) {
      return core::Fail(core::ErrorCode::kInput,
                        "phrase bank file " + path + " has no @version line");
    }
    if (!bank.version_.empty() && bank.version_ != file_version) {
      return core::Fail(core::ErrorCode::kInput, "phrase bank file " + path + " has version " +
                                                     file_version + " but the bank is " +
                                                     bank.version_);
    }
    bank.version_ = file_version;
  }
  if (bank.version_.empty()) {
    return core::Fail(core::ErrorCode::kInput, "the phrase bank has no files");
  }
  return bank;
}

const core::Result<PhraseBank>& PhraseBank::Embedded() {
  static const core::Result<PhraseBank> bank = [] {
    std::map<std::string, std::string_view> files;
    for (std::string_view path : embedded::phrases::List()) {
      if (std::optional<std::string_view> data = embedded::phrases::Find(path)) {
        files.emplace(std::string(path), *data);
      }
    }
    return Parse(files);
  }();
  return bank;
}

const std::vector<Phrase>* PhraseBank::Section(std::string_view section) const {
  auto it = sections_.find(section);
  return it == sections_.end() ? nullptr : &it->second;
}

std::vector<std::string> PhraseBank::SectionNames() const {
  std::vector<std::string> names;
  for (const auto& [name, phrases] : sections_) names.push_back(name);
  return names;
}

}  // namespace repopost::generate
