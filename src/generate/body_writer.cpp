#include "generate/body_writer.h"

#include <algorithm>

#include "generate/sentence_overlap.h"

namespace repopost::generate {
namespace {

bool Contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

void Merge(std::vector<std::string>& into, const std::vector<std::string>& ids) {
  for (const std::string& id : ids) {
    if (!Contains(into, id)) into.push_back(id);
  }
}

}  // namespace

std::string BodyWriter::StyledSection(std::string_view section) const {
  std::string styled = std::string(section) + "." + std::string(ToString(options_.style));
  if (renderer_.bank().Section(styled) != nullptr) return styled;
  return std::string(section);
}

std::optional<Rendered> BodyWriter::PickFresh(std::string_view section) const {
  for (Rendered& rendered :
       renderer_.Candidates(section, options_.tone, digest_.slots, options_.seed)) {
    // A line whose facts are half or more the hook's own would restate the hook.
    const auto shared =
        std::count_if(rendered.fact_ids.begin(), rendered.fact_ids.end(),
                      [&](const std::string& id) { return Contains(hook_.fact_ids, id); });
    const bool restates_facts =
        !rendered.fact_ids.empty() && shared * 2 >= static_cast<long>(rendered.fact_ids.size());
    if (restates_facts || NearDuplicate(rendered.text, hook_.text)) continue;
    return std::move(rendered);
  }
  return std::nullopt;
}

std::optional<Block> BodyWriter::Why(const BodyBudget& budget) const {
  Block block{BodySection::kWhy, {}, {}};
  std::optional<Rendered> line = PickFresh("why.self");
  if (!line) line = PickFresh("why");
  if (line) {
    block.text = line->text;
    block.fact_ids = line->fact_ids;
  }
  if (budget.summary || block.text.empty()) {
    if (std::optional<Rendered> summary = PickFresh("why.summary")) {
      if (!NearDuplicate(summary->text, block.text)) {
        block.text += (block.text.empty() ? "" : " ") + summary->text;
        Merge(block.fact_ids, summary->fact_ids);
      }
    }
  }
  if (block.text.empty()) return std::nullopt;
  return block;
}

std::optional<Block> BodyWriter::Bullets(BodySection section, std::string_view intro_section,
                                         const SlotMap& intro_slots, const std::vector<Slot>& items,
                                         std::size_t limit, std::string_view bullet) const {
  Block block{section, {}, {}};
  std::size_t count = 0;
  for (const Slot& item : items) {
    if (count == limit) break;
    const bool in_hook = std::all_of(item.fact_ids.begin(), item.fact_ids.end(),
                                     [&](const auto& id) { return Contains(hook_.fact_ids, id); });
    if ((in_hook && section == BodySection::kBenchmark) || NearDuplicate(item.text, hook_.text)) {
      continue;
    }
    block.text += "\n" + std::string(bullet) + item.text;
    Merge(block.fact_ids, item.fact_ids);
    ++count;
  }
  if (count == 0) return std::nullopt;
  std::optional<Rendered> intro =
      renderer_.Pick(StyledSection(intro_section), options_.tone, intro_slots, options_.seed);
  if (!intro) return std::nullopt;
  block.text = intro->text + block.text;
  Merge(block.fact_ids, intro->fact_ids);
  return block;
}

std::optional<Block> BodyWriter::WhatsNew(const BodyBudget& budget) const {
  const ToneSpec& tone = SpecFor(options_.tone);
  if (!digest_.changes.empty()) {
    return Bullets(BodySection::kWhatsNew,
                   digest_.changes_from_changelog ? "new.changelog.intro" : "new.commits.intro",
                   digest_.slots, digest_.changes, budget.changes, tone.change_bullet);
  }
  return Sentences(BodySection::kWhatsNew, {"new.tag"});
}

std::optional<Block> BodyWriter::Sentences(BodySection section,
                                           const std::vector<std::string>& sections) const {
  Block block{section, {}, {}};
  for (const std::string& name : sections) {
    std::optional<Rendered> line = PickFresh(name);
    if (!line || NearDuplicate(line->text, block.text)) continue;
    block.text += (block.text.empty() ? "" : " ") + line->text;
    Merge(block.fact_ids, line->fact_ids);
  }
  if (block.text.empty()) return std::nullopt;
  return block;
}

std::optional<Block> BodyWriter::CodeLine(BodySection section, std::string_view intro_section,
                                          std::string_view slot) const {
  auto it = digest_.slots.find(slot);
  if (it == digest_.slots.end()) return std::nullopt;
  std::optional<Rendered> intro =
      renderer_.Pick(StyledSection(intro_section), options_.tone, digest_.slots, options_.seed);
  if (!intro) return std::nullopt;
  Block block{
      section,
      intro->text + "\n" + std::string(SpecFor(options_.tone).code_bullet) + it->second.text,
      intro->fact_ids};
  Merge(block.fact_ids, it->second.fact_ids);
  return block;
}

std::optional<Block> BodyWriter::Render(BodySection section, const BodyBudget& budget) const {
  const ToneSpec& tone = SpecFor(options_.tone);
  const bool recruiter = options_.style == Style::kRecruiter;
  switch (section) {
    case BodySection::kWhy:
      return Why(budget);
    case BodySection::kFeatures:
      return Bullets(section, "features.intro", digest_.slots, digest_.features, budget.features,
                     tone.feature_bullet);
    case BodySection::kTryIt:
      return CodeLine(section, "try.intro", "install");
    case BodySection::kUsage:
      if (!budget.extras) return std::nullopt;
      return CodeLine(section, "usage.intro", "usage");
    case BodySection::kWhatsNew:
      return WhatsNew(budget);
    case BodySection::kJourney:
      if (budget.extras) return Sentences(section, {"journey", "journey.since-tag"});
      return Sentences(section, {"journey"});
    case BodySection::kStack:
      if (budget.extras || recruiter) {
        return Sentences(
            section, {"stack.languages", "stack.license", "stack.dependencies", "stack.platforms"});
      }
      return Sentences(section, {"stack.license"});
    case BodySection::kLearn:
      return Sentences(section, {"learn.examples", "learn.docs", "learn.size"});
    case BodySection::kBenchmark:
      return Bullets(section, "benchmark.intro", digest_.slots, digest_.benchmarks,
                     budget.benchmarks, tone.change_bullet);
    case BodySection::kCallToAction: {
      std::optional<Rendered> cta = renderer_.Pick("cta." + std::string(ToString(options_.style)),
                                                   options_.tone, digest_.slots, options_.seed);
      if (!cta) return std::nullopt;
      return Block{section, cta->text + std::string(tone.cta_accent), cta->fact_ids};
    }
    case BodySection::kLink: {
      if (options_.link != LinkMode::kBody) return std::nullopt;
      std::optional<Rendered> link =
          renderer_.Pick("link", options_.tone, digest_.slots, options_.seed);
      if (!link) return std::nullopt;
      return Block{section, link->text, link->fact_ids};
    }
  }
  return std::nullopt;
}

std::vector<Block> BodyWriter::Write(const BodyBudget& budget) const {
  std::vector<Block> blocks;
  for (BodySection section : SpecFor(options_.style).sections) {
    std::optional<Block> block = Render(section, budget);
    if (!block) continue;
    if (!blocks.empty() && NearDuplicate(blocks.back().text, block->text)) continue;
    blocks.push_back(std::move(*block));
  }
  return blocks;
}

}  // namespace repopost::generate
