#include "corruptor.h"

#include <cctype>
#include <cmath>
#include <cstdio>

#include "text/entity_extractor.h"
#include "text/number_extractor.h"

namespace repopost::bench {
namespace {

struct Swap {
  std::string_view from;
  std::string_view to;
};

constexpr std::string_view kForeignNames[] = {"Kubernetes", "Netflix",  "Stripe", "Spotify",
                                              "Salesforce", "Shopify",  "Airbnb", "Kafka",
                                              "Terraform",  "Snowflake"};
constexpr std::string_view kForeignLanguages[] = {"Haskell", "Kotlin", "Elixir",
                                                  "Scala",   "Rust",   "Ruby"};

struct Invention {
  std::string_view key;  // a word the repository must not contain
  std::string_view sentence;
};
constexpr Invention kFeatures[] = {
    {"graphql", "It also ships a built-in GraphQL API for remote queries."},
    {"dashboard", "A web dashboard lets you manage everything from the browser."},
    {"collaboration", "It now includes a real-time collaboration mode for whole teams."},
    {"autocomplete", "It comes with an autocomplete assistant that learns your habits."},
    {"smartwatch", "There is even a companion app for your smartwatch."},
    {"blockchain", "Every result is stored on a blockchain ledger for auditing."},
};
constexpr Invention kMetrics[] = {
    {"companies", "Trusted by over 5,000 companies worldwide."},
    {"downloaded", "It has been downloaded more than 2 million times this year."},
    {"shorter", "Teams report 63% shorter build times after switching."},
    {"fortune", "It is used in production at Fortune 500 companies."},
    {"hours a week", "Developers save 10 hours a week with it."},
    {"community loves", "The community loves it and everyone is talking about it."},
};
constexpr std::string_view kAffiliations[] = {
    "{P} is an official Google project.",
    "Backed by Microsoft, {P} is here to stay.",
    "{P} is proudly sponsored by AWS.",
    "It is an official Meta project for this job.",
};
constexpr Swap kNegations[] = {
    {" is not ", " is "},
    {" are not ", " are "},
    {" cannot ", " can "},
    {" does not ", " does "},
    {" doesn't ", " does "},
    {" don't ", " do "},
    {" is ", " is not "},
    {" are ", " are not "},
    {" can ", " cannot "},
    {" will ", " will not "},
    {" supports ", " does not support "},
    {" works ", " does not work "},
    {" uses ", " does not use "},
    {" provides ", " does not provide "},
    {" allows ", " does not allow "},
    {" runs ", " does not run "},
    {" has ", " does not have "},
};
constexpr std::string_view kSuperlatives[] = {"the fastest ", "the best ",
                                              "the world's most popular ", "the only "};

std::string FormatNumber(double v, bool integer) {
  char buf[32];
  if (integer) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else {
    std::snprintf(buf, sizeof buf, "%.1f", v);
  }
  return buf;
}

}  // namespace

std::string_view ToString(Corruption c) {
  switch (c) {
    case Corruption::kNumberChanged:
      return "number changed";
    case Corruption::kEntitySwapped:
      return "entity swapped";
    case Corruption::kNegation:
      return "negation";
    case Corruption::kInventedFeature:
      return "invented feature";
    case Corruption::kInventedMetricOrAdoption:
      return "invented metric/adoption";
    case Corruption::kFalseAffiliation:
      return "false affiliation";
    case Corruption::kSuperlativeAdded:
      return "superlative added";
  }
  return "?";
}

const std::vector<Corruption>& AllCorruptions() {
  static const std::vector<Corruption> kAll{Corruption::kNumberChanged,
                                            Corruption::kEntitySwapped,
                                            Corruption::kNegation,
                                            Corruption::kInventedFeature,
                                            Corruption::kInventedMetricOrAdoption,
                                            Corruption::kFalseAffiliation,
                                            Corruption::kSuperlativeAdded};
  return kAll;
}

bool IsInsertion(Corruption c) {
  return c == Corruption::kInventedFeature || c == Corruption::kInventedMetricOrAdoption ||
         c == Corruption::kFalseAffiliation;
}

bool Corruptor::RepoHas(std::string_view lower_word) const {
  return repo_.find(lower_word) != std::string::npos;
}

std::optional<std::string> Corruptor::Edit(Corruption c, std::string_view sentence,
                                           unsigned variant) const {
  std::string s(sentence);
  switch (c) {
    case Corruption::kNumberChanged: {
      for (const text::Quantity& q : text::NumberExtractor().Extract(s)) {
        if (q.kind == text::NumberKind::kVersion || q.is_word) continue;
        const std::size_t digits = s.find_first_of("0123456789", q.begin);
        if (digits == std::string::npos || digits >= q.end) continue;
        std::size_t end = digits;
        while (end < q.end && (std::isdigit(static_cast<unsigned char>(s[end])) ||
                               ((s[end] == '.' || s[end] == ',') && end + 1 < q.end &&
                                std::isdigit(static_cast<unsigned char>(s[end + 1]))))) {
          ++end;
        }
        std::string raw = s.substr(digits, end - digits);
        std::string plain;
        for (char ch : raw)
          if (ch != ',') plain += ch;
        const double v = std::atof(plain.c_str());
        const bool integer = plain.find('.') == std::string::npos;
        const double factors[] = {2.0, 3.0, 1.5, 0.5};
        double nv = integer ? std::round(v * factors[variant % 4]) + (variant % 2 ? 1 : 3)
                            : v * factors[variant % 4] + 0.3;
        s.replace(digits, end - digits, FormatNumber(nv, integer));
        return s;
      }
      return std::nullopt;
    }
    case Corruption::kEntitySwapped: {
      const std::string project_lower = text::EntityExtractor::Normalize(project_);
      for (const text::Entity& e : text::EntityExtractor().Extract(s)) {
        if (e.kind == text::EntityKind::kCodeIdentifier || e.kind == text::EntityKind::kLicense)
          continue;
        if (e.normalized == project_lower) continue;
        const auto* pool =
            e.kind == text::EntityKind::kLanguage ? kForeignLanguages : kForeignNames;
        const std::size_t n = e.kind == text::EntityKind::kLanguage ? std::size(kForeignLanguages)
                                                                    : std::size(kForeignNames);
        for (std::size_t k = 0; k < n; ++k) {
          const std::string_view name = pool[(variant + k) % n];
          if (RepoHas(text::EntityExtractor::Normalize(name))) continue;
          s.replace(e.begin, e.end - e.begin, name);
          return s;
        }
      }
      return std::nullopt;
    }
    case Corruption::kNegation: {
      for (const Swap& swap : kNegations) {
        const std::size_t at = s.find(swap.from);
        if (at == std::string::npos) continue;
        s.replace(at, swap.from.size(), swap.to);
        return s;
      }
      return std::nullopt;
    }
    case Corruption::kSuperlativeAdded: {
      for (std::string_view article : {" a ", " an ", " the "}) {
        const std::size_t at = s.find(article);
        if (at == std::string::npos) continue;
        s.replace(at + 1, article.size() - 1, kSuperlatives[variant % std::size(kSuperlatives)]);
        return s;
      }
      return std::nullopt;
    }
    default:
      return std::nullopt;
  }
}

std::string Corruptor::Insert(Corruption c, unsigned variant) const {
  if (c == Corruption::kFalseAffiliation) {
    std::string s(kAffiliations[variant % std::size(kAffiliations)]);
    const std::size_t at = s.find("{P}");
    if (at != std::string::npos) s.replace(at, 3, project_);
    return s;
  }
  const Invention* table = c == Corruption::kInventedFeature ? kFeatures : kMetrics;
  const std::size_t n =
      c == Corruption::kInventedFeature ? std::size(kFeatures) : std::size(kMetrics);
  for (std::size_t k = 0; k < n; ++k) {
    const Invention& inv = table[(variant + k) % n];
    if (!RepoHas(inv.key)) return std::string(inv.sentence);
  }
  return std::string(table[variant % n].sentence);
}

}  // namespace repopost::bench
