#include "app/profile_json.h"

namespace repopost::app {
namespace {

using nlohmann::json;

json Span(const profile::SourceSpan& span) {
  json out = {{"where", span.Describe()}};
  if (!span.path.empty()) out["path"] = span.path;
  if (span.line_begin > 0) {
    out["line_begin"] = span.line_begin;
    out["line_end"] = span.line_end > 0 ? span.line_end : span.line_begin;
  }
  if (!span.headings.empty()) out["headings"] = span.headings;
  if (!span.field.empty()) out["field"] = span.field;
  if (!span.tag.empty()) out["tag"] = span.tag;
  if (!span.commit.empty()) out["commit"] = span.commit;
  return out;
}

json Statements(const std::vector<profile::Statement>& list) {
  json out = json::array();
  for (const profile::Statement& s : list) {
    out.push_back({{"text", s.text}, {"provenance", Span(s.provenance)}});
  }
  return out;
}

json PlatformList(const std::vector<profile::PlatformStatement>& list) {
  json out = json::array();
  for (const profile::PlatformStatement& p : list) {
    out.push_back({{"platform", p.platform}, {"why", p.why}, {"provenance", Span(p.provenance)}});
  }
  return out;
}

}  // namespace

json ProfileToJson(const profile::ProjectProfile& profile) {
  json sections = json::array();
  for (const profile::Section& s : profile.sections) {
    sections.push_back({{"heading", s.heading},
                        {"level", s.level},
                        {"role", profile::ToString(s.role)},
                        {"why", s.why},
                        {"span", Span(s.span)}});
  }
  json points = json::array();
  for (const profile::SellingPoint& p : profile.selling_points) {
    points.push_back({{"text", p.text},
                      {"salience", p.salience},
                      {"why", p.why},
                      {"provenance", Span(p.provenance)}});
  }
  json install = json::array();
  for (const profile::InstallLine& l : profile.install) {
    install.push_back({{"command", l.command},
                       {"ecosystem", l.ecosystem},
                       {"stale", l.is_stale},
                       {"why", l.why},
                       {"provenance", Span(l.provenance)}});
  }
  json numbers = json::array();
  for (const profile::NumberClaim& n : profile.numbers) {
    numbers.push_back({{"value", n.value},
                       {"measures", n.measures},
                       {"qualifier", n.qualifier},
                       {"sentence", n.sentence},
                       {"provenance", Span(n.provenance)}});
  }
  const profile::Release& r = profile.release;
  return {
      {"name", profile.name},
      {"name_why", profile.name_why},
      {"name_provenance", Span(profile.name_from)},
      {"kind", profile::ToString(profile.kind)},
      {"kind_why", profile.kind_why},
      {"audience", profile.audience},
      {"purpose", profile.purpose},
      {"purpose_provenance", Span(profile.purpose_from)},
      {"sections", sections},
      {"selling_points", points},
      {"install", install},
      {"first_use", profile.first_use},
      {"first_use_provenance", Span(profile.first_use_from)},
      {"release",
       {{"version", r.version},
        {"tag", r.tag},
        {"status", profile::ToString(r.status)},
        {"date", r.date},
        {"changes", r.changes},
        {"why", r.why},
        {"provenance", Span(r.provenance)}}},
      {"numbers", numbers},
      {"platforms",
       {{"supported", PlatformList(profile.platforms.supported)},
        {"unsupported", PlatformList(profile.platforms.unsupported)}}},
      {"adopters", Statements(profile.adopters)},
      {"caveats", Statements(profile.caveats)},
      {"status", profile.status},
      {"status_provenance", Span(profile.status_from)},
  };
}

}  // namespace repopost::app
