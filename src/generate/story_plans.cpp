// The style plans of StoryWriter (story_writer.h): which parts each style's post has, in which
// order, and how each level trims them; with how to try it, the part every plan shares.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "generate/point_sentences.h"
#include "generate/spec_table.h"
#include "generate/story_writer.h"
#include "profile/clean_text.h"

namespace repopost::generate {
namespace {

// A code line a reader can copy and use on its own: not a fragment of a data file or a build
// manifest ("\"$schema\": \"./schema.json\",", "<artifactId>moshi</artifactId>", "{"). A
// manifest entry that is copied as one line (".package(url: ..., from: \"1.0.0\"),") stands.
bool StandsAlone(std::string_view code) {
  if (code.empty()) return false;
  const char first = code.front();
  const char last = code.back();
  return first != '"' && first != '<' && first != '{' && first != '}' && last != '{' && last != '[';
}

// The first use read from the same code block as the install line is another line of that
// block (a second dependency line), not what a user runs or writes first.
bool SameBlock(const profile::SourceSpan& a, const profile::SourceSpan& b) {
  if (a.path.empty() || a.path != b.path || a.line_begin == 0 || b.line_begin == 0) return false;
  return a.line_begin <= std::max(b.line_begin, b.line_end) &&
         b.line_begin <= std::max(a.line_begin, a.line_end);
}

// The profile's release is the highest stable version, or a pre-release when there is no stable
// one: said as such, since a newer pre-release may exist ("1.15.2" beside "2.0.0-alpha.1").
std::string ReleaseSentence(const std::string& version) {
  if (version.find('-') != std::string::npos) {
    return "The latest release is " + version + ".";
  }
  return "The latest stable release is " + version + ".";
}

bool IsProgrammingLanguage(std::string_view language) {
  for (std::string_view not_one :
       {"Shell", "Makefile", "Dockerfile", "CMake", "HTML", "CSS", "Batchfile", "PowerShell",
        "fish", "Roff", "M4", "Nix", "Markdown", "YAML", "JSON", "TOML", "Meson", "Starlark"}) {
    if (language == not_one) return false;
  }
  return !language.empty();
}

// The parts a plan produced, in order, without the ones it had nothing for.
std::vector<Paragraph> Present(std::vector<std::optional<Paragraph>> parts) {
  std::vector<Paragraph> out;
  for (auto& p : parts) {
    if (p) out.push_back(std::move(*p));
  }
  return out;
}

std::string Lower(std::string_view text) { return profile::LowerAscii(text); }

template <std::size_t N>
const std::string_view& Choose(const std::array<std::string_view, N>& variants,
                               std::uint64_t seed) {
  return variants[seed % N];
}

}  // namespace

std::optional<Paragraph> StoryWriter::TryIt(bool upgrade) const {
  const bool has_install =
      !profile_.install.empty() && StandsAlone(profile_.install.front().command);
  if (!has_install && profile_.first_use.empty()) return std::nullopt;
  Paragraph paragraph;
  const bool minimal = options_.tone == Tone::kMinimal;
  static constexpr std::array<std::string_view, 3> kTry{
      "To try it:", "Trying it takes a minute:", "If you want to try it:"};
  std::string intro = upgrade ? "To upgrade:" : std::string(Choose(kTry, options_.seed));
  if (minimal) intro = upgrade ? "Upgrade:" : "Install:";
  if (options_.tone == Tone::kHighEnergy) intro = "🛠️ " + intro;
  paragraph.text = intro;
  if (has_install) {
    paragraph.text += "\n" + CodeLine(profile_.install.front().command);
    paragraph.spans.push_back(profile_.install.front().provenance);
  }
  const std::string& first = profile_.first_use;
  const bool declaration_only = first.starts_with("package ") || first.starts_with("namespace ") ||
                                first.starts_with("module ");
  if (!upgrade && !first.empty() && !declaration_only && StandsAlone(first) &&
      (!has_install ||
       (first != profile_.install.front().command &&
        !SameBlock(profile_.first_use_from, profile_.install.front().provenance)))) {
    if (!paragraph.spans.empty())
      paragraph.text += "\n" + std::string(minimal ? "First use:" : "Then:");
    paragraph.text += "\n" + CodeLine(first);
    paragraph.spans.push_back(profile_.first_use_from);
  }
  if (paragraph.spans.empty()) return std::nullopt;
  return paragraph;
}

std::vector<Paragraph> StoryWriter::Growth(const HookOption& hook, std::size_t level) const {
  std::vector<std::optional<Paragraph>> parts;
  parts.push_back(LedeParagraph(hook));
  parts.push_back(PointsParagraph(hook, level == 0 ? 4 : level == 1 ? 3 : 2, 0));
  if (level < 3) parts.push_back(Proof(hook, parts.back()));
  if (level < 2 && !profile_.release.version.empty() &&
      profile_.release.status == profile::ReleaseStatus::kReleased &&
      Lower(hook.text).find(Lower(profile_.release.version)) == std::string::npos) {
    parts.push_back(Paragraph{
        Decorate(ReleaseSentence(profile_.release.version), 2), {}, {profile_.release.provenance}});
  }
  parts.push_back(TryIt(false));
  if (level < 3) parts.push_back(Caveat());
  parts.push_back(Question());
  parts.push_back(Link());
  return Present(std::move(parts));
}

std::vector<Paragraph> StoryWriter::Learning(const HookOption& hook, std::size_t level) const {
  std::vector<std::optional<Paragraph>> parts;
  parts.push_back(LedeParagraph(hook));
  // One mechanism: the first thing a user writes, and the sentences that explain it.
  const bool first_use_is_install =
      !profile_.install.empty() &&
      SameBlock(profile_.first_use_from, profile_.install.front().provenance);
  if (StandsAlone(profile_.first_use) && !profile_.first_use.starts_with("package ") &&
      !first_use_is_install) {
    static constexpr std::array<std::string_view, 2> kIntro{"The first line you write with it:",
                                                            "Here is where using it starts:"};
    Paragraph code{std::string(Choose(kIntro, options_.seed)) + "\n" + CodeLine(profile_.first_use),
                   {},
                   {profile_.first_use_from}};
    parts.push_back(std::move(code));
  }
  parts.push_back(PointsParagraph(hook, level == 0 ? 3 : 2, 0));
  if (level < 2) parts.push_back(Proof(hook, parts.back()));
  if (!profile_.install.empty() && StandsAlone(profile_.install.front().command)) {
    Paragraph install{std::string(options_.tone == Tone::kMinimal ? "Install:" : "To install it:") +
                          "\n" + CodeLine(profile_.install.front().command),
                      {},
                      {profile_.install.front().provenance}};
    parts.push_back(std::move(install));
  }
  if (level < 3) parts.push_back(Caveat());
  parts.push_back(Question());
  parts.push_back(Link());
  return Present(std::move(parts));
}

std::vector<Paragraph> StoryWriter::BuildInPublic(const HookOption& hook, std::size_t level) const {
  std::vector<std::optional<Paragraph>> parts;
  std::optional<Paragraph> changes = Changes(level == 0 ? 4 : level == 1 ? 3 : 2);
  const bool released = !profile_.release.version.empty() &&
                        profile_.release.status == profile::ReleaseStatus::kReleased;
  if (released && Lower(hook.text).find(Lower(profile_.release.version)) == std::string::npos) {
    parts.push_back(Paragraph{ReleaseSentence(profile_.release.version),
                              {},
                              {profile_.release.provenance, profile_.name_from}});
  }
  parts.push_back(std::move(changes));
  parts.push_back(LedeParagraph(hook));
  parts.push_back(PointsParagraph(hook, level == 0 ? 2 : 1, 0));
  parts.push_back(TryIt(released && !profile_.install.empty()));
  parts.push_back(Question());
  parts.push_back(Link());
  return Present(std::move(parts));
}

std::vector<Paragraph> StoryWriter::Recruiter(const HookOption& hook, std::size_t level) const {
  std::vector<std::optional<Paragraph>> parts;
  parts.push_back(LedeParagraph(hook));
  // The skill: the main programming language (build and shell files are not a skill).
  if (auto lang = digest_.slots.find("language");
      lang != digest_.slots.end() && IsProgrammingLanguage(lang->second.text)) {
    parts.push_back(
        Paragraph{"It is written in " + lang->second.text + ".", lang->second.fact_ids, {}});
  }
  parts.push_back(PointsParagraph(hook, level == 0 ? 3 : 2, 0));
  // Where it is used: adopters, else the platforms it runs on.
  if (!profile_.adopters.empty() && level < 3) {
    parts.push_back(Proof(hook, parts.back()));
  } else if (!profile_.platforms.supported.empty()) {
    std::vector<std::string> names;
    Paragraph where;
    for (const profile::PlatformStatement& p : profile_.platforms.supported) {
      names.push_back(p.platform);
      where.spans.push_back(p.provenance);
    }
    where.text = "It runs on " + JoinList(names) + ".";
    parts.push_back(std::move(where));
  }
  parts.push_back(TryIt(false));
  parts.push_back(Question());
  parts.push_back(Link());
  return Present(std::move(parts));
}

std::vector<Paragraph> StoryWriter::Body(const HookOption& hook, std::size_t level) const {
  switch (options_.style) {
    case Style::kGrowth:
      return Growth(hook, level);
    case Style::kLearning:
      return Learning(hook, level);
    case Style::kBuildInPublic:
      return BuildInPublic(hook, level);
    case Style::kRecruiter:
      return Recruiter(hook, level);
  }
  return {};
}

}  // namespace repopost::generate
