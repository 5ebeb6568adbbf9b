#include "generate/hook_writer.h"

#include <algorithm>

#include "generate/spec_table.h"
#include "text/utf8.h"

namespace repopost::generate {

bool HookFits(std::string_view hook) {
  const auto lines = 1 + std::count(hook.begin(), hook.end(), '\n');
  return !hook.empty() && lines <= kHookMaxLines && text::Utf16Length(hook) <= kHookMaxUtf16;
}

std::vector<HookOption> HookWriter::Options(HookType type) const {
  const std::string section = "hook." + std::string(ToString(type));
  const std::string_view accent = SpecFor(tone_).hook_accent;
  // Strong variants first; the ".more" tier only after every one of them.
  std::vector<Rendered> candidates = renderer_.Candidates(section, tone_, digest_.slots, seed_);
  for (Rendered& weaker : renderer_.Candidates(section + ".more", tone_, digest_.slots, seed_)) {
    candidates.push_back(std::move(weaker));
  }
  std::vector<HookOption> out;
  for (Rendered& rendered : candidates) {
    std::string text = std::move(rendered.text);
    if (!accent.empty() && HookFits(text + std::string(accent))) text += accent;
    if (!HookFits(text)) continue;
    out.push_back(HookOption{type, std::move(text), std::move(rendered.fact_ids)});
  }
  return out;
}

std::optional<HookOption> HookWriter::Choose(HookType requested) const {
  std::vector<HookOption> options = Options(requested);
  if (!options.empty()) return std::move(options.front());
  for (HookType fallback : SpecFor(requested).fallbacks) {
    options = Options(fallback);
    if (!options.empty()) return std::move(options.front());
  }
  return std::nullopt;
}

std::vector<HookOption> HookWriter::Alternatives(const HookOption& chosen) const {
  constexpr std::size_t kWanted = 5;
  std::vector<std::vector<HookOption>> by_type;
  for (HookType type : AllHookTypes()) by_type.push_back(Options(type));

  std::vector<HookOption> out{chosen};
  auto add = [&](const HookOption& option) {
    const bool seen = std::any_of(out.begin(), out.end(),
                                  [&](const HookOption& o) { return o.text == option.text; });
    if (!seen && out.size() < kWanted) out.push_back(option);
  };
  // One per type first, so the user sees every kind the facts allow.
  for (std::size_t t = 0; t < by_type.size(); ++t) {
    if (AllHookTypes()[t] == chosen.type || by_type[t].empty()) continue;
    add(by_type[t].front());
  }
  // Then further variants, round-robin over types.
  for (std::size_t depth = 0; out.size() < kWanted; ++depth) {
    bool any = false;
    for (const std::vector<HookOption>& options : by_type) {
      if (depth < options.size()) {
        any = true;
        add(options[depth]);
      }
    }
    if (!any) break;
  }
  // Keep the spec's type order (the chosen hook first within its type) for a stable display.
  std::stable_sort(out.begin(), out.end(), [](const HookOption& a, const HookOption& b) {
    return static_cast<int>(a.type) < static_cast<int>(b.type);
  });
  return out;
}

}  // namespace repopost::generate
