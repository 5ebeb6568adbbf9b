// ProjectProfile: the project understood the way a devrel writer understands it before writing:
// what the product is called and is for, what each README section is for, which statements sell
// it (ranked), how to install and first use it, what its release is, which numbers hold under
// which conditions, where it runs, who uses it and what its caveats are.
//
//   profile::ProjectProfile profile = profile::BuildProfile(sheet);
//   std::cout << profile.name << ": " << profile.purpose << "\n";
//   for (const profile::SellingPoint& p : profile.selling_points) ... p.text, p.why ...
//
// Every field is chosen by one selector (profile/field_selectors.h) whose rules read top to
// bottom, and records why its winner won. Every value carries the span it came from (path, lines,
// the full heading chain), so the checker can check a claim against the source text with its
// context instead of against the extracted string. Plain value type, safe to share const.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace repopost::profile {

enum class ProjectKind {
  kLibrary,
  kCli,
  kFramework,
  kApplication,
  kService,
  kCourse,
  kList,
  kDemo,
  kDocs,
  kOther,
};
std::string_view ToString(ProjectKind kind);
std::optional<ProjectKind> ParseProjectKind(std::string_view text);

// What a README section is for. A selector reads a statement differently by its section: a
// "Why not use it?" answer is never a selling point, a build step is never an install line.
enum class SectionRole {
  kIntro,
  kFeatures,
  kInstall,
  kQuickstart,
  kExamples,
  kBenchmarks,
  kComparison,
  kAdopters,
  kFaq,
  kLimitations,
  kStatus,
  kSponsors,
  kContributing,
  kLicense,
  kChangelog,
  kCredits,
  kTranslations,
  kLinks,
  kOther,
};
std::string_view ToString(SectionRole role);
std::optional<SectionRole> ParseSectionRole(std::string_view text);

enum class ReleaseStatus { kReleased, kUnreleased, kNone };
std::string_view ToString(ReleaseStatus status);
std::optional<ReleaseStatus> ParseReleaseStatus(std::string_view text);

// Where a value came from, with the full heading chain ("Installation > Using Homebrew").
struct SourceSpan {
  std::string path;  // repository-relative file, "" for git or manifest values without a file
  int line_begin = 0;
  int line_end = 0;
  std::vector<std::string> headings;  // outermost first
  std::string field;                  // "package.json:name", "git:tag", "directory name"
  std::string tag;
  std::string commit;

  // "README.md:12-14 (Installation > Homebrew)", "git tag v1.2.3", "package.json:name".
  std::string Describe() const;
};

struct Section {
  std::string heading;
  int level = 1;
  SectionRole role = SectionRole::kOther;
  std::string why;  // the rule that gave the role
  SourceSpan span;  // the heading line to the line before the next heading of any level
};

struct SellingPoint {
  std::string text;  // a standalone sentence, cleaned
  double salience = 0;
  std::string why;
  SourceSpan provenance;
};

struct InstallLine {
  std::string command;    // verbatim, one line, no prompt
  std::string ecosystem;  // "npm", "pip", "cargo", "brew", "apt", "go", "gem", "source", ...
  bool is_stale = false;  // pins a version older than the release
  std::string why;
  SourceSpan provenance;
};

struct Release {
  std::string version;  // "1.2.3" (no "v"), "" when none
  std::string tag;      // "v1.2.3", "" when the version comes from a manifest or changelog
  ReleaseStatus status = ReleaseStatus::kNone;
  std::string date;                  // ISO date, "" when unknown
  std::vector<std::string> changes;  // the release's changelog items, cleaned
  std::string why;
  SourceSpan provenance;
};

// A number the project states, usable only together with its qualifier.
struct NumberClaim {
  std::string value;      // as written: "~13GB", "200% to 300%", "1.04s"
  std::string measures;   // what it measures, in the sentence's words
  std::string qualifier;  // conditions that travel with it ("on a 13GB file, Linux, ..."), or ""
  std::string sentence;   // the whole cleaned sentence with the qualifier resolved (footnotes)
  SourceSpan provenance;
};

struct PlatformStatement {
  std::string platform;  // "Linux", "macOS", "Windows", ...
  std::string why;
  SourceSpan provenance;
};

struct Platforms {
  std::vector<PlatformStatement> supported;
  std::vector<PlatformStatement> unsupported;

  bool Supports(std::string_view platform) const;
  bool Excludes(std::string_view platform) const;
};

struct Statement {
  std::string text;
  SourceSpan provenance;
};

struct ProjectProfile {
  std::string name;
  std::string name_why;
  SourceSpan name_from;
  ProjectKind kind = ProjectKind::kOther;
  std::string kind_why;
  std::string audience;
  std::string purpose;  // one clean sentence in the project's own words
  SourceSpan purpose_from;
  std::vector<Section> sections;
  std::vector<SellingPoint> selling_points;  // best first
  std::vector<InstallLine> install;          // best first
  std::string first_use;                     // the first command or code line a user runs
  SourceSpan first_use_from;
  Release release;
  std::vector<NumberClaim> numbers;
  Platforms platforms;
  std::vector<Statement> adopters;
  std::vector<Statement> caveats;
  std::string status;  // "", "maintenance", "deprecated", "alpha", "beta", "archived", "superseded"
  SourceSpan status_from;
};

}  // namespace repopost::profile
