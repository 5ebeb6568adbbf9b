// The `[llm]` TOML section (part of provider_config.h): the only file that includes toml++.
//
//   [llm]
//   offline = false
//   providers = ["https://api.groq.com/openai/v1#model=llama-3.3-70b-versatile"]
//   connect_timeout_ms = 5000
//   timeout_ms = 60000
//   health_ttl_ms = 30000
//   [[llm.provider]]            # alternative to `providers`, one table per provider
//   url = "http://127.0.0.1:8080/v1"
//   model = "qwen2.5"
//   name = "local"              # optional
//   api_key_env = "MY_KEY"      # optional: the variable holding the key (never the key itself)
//   timeout_ms = 20000          # optional, overrides the section-wide value
//   [llm.retry]    max_attempts, initial_backoff_ms, max_backoff_ms, backoff_multiplier,
//                  jitter_fraction, retry_after_cap_ms, seed
//   [llm.breaker]  failure_threshold, cooldown_ms, max_cooldown_ms, auth_cooldown_ms
#include <toml++/toml.h>

#include <set>
#include <sstream>

#include "llm/provider_config.h"

namespace repopost::llm {
namespace {

using std::chrono::milliseconds;

core::Error InputError(std::string message) {
  return core::Error{core::ErrorCode::kInput, std::move(message)};
}

// Reads typed keys from one table, naming the full key path in every error.
class TableReader {
 public:
  TableReader(const toml::table& table, std::string path) : table_(table), path_(std::move(path)) {}

  core::Status CheckKeys(const std::set<std::string, std::less<>>& allowed) const {
    for (const auto& [key, value] : table_) {
      if (!allowed.contains(key.str())) {
        return tl::unexpected(InputError("unknown config key " + Name(key.str())));
      }
    }
    return core::Ok();
  }
  core::Status Int(std::string_view key, long long& out, long long min) const {
    const toml::node* node = table_.get(key);
    if (node == nullptr) return core::Ok();
    auto value = node->value<int64_t>();
    if (!node->is_integer() || !value || *value < min) {
      return tl::unexpected(
          InputError(Name(key) + " must be an integer >= " + std::to_string(min)));
    }
    out = *value;
    return core::Ok();
  }
  core::Status Millis(std::string_view key, milliseconds& out) const {
    long long value = out.count();
    if (auto ok = Int(key, value, 0); !ok) return ok;
    out = milliseconds(value);
    return core::Ok();
  }
  core::Status Double(std::string_view key, double& out, double min, double max) const {
    const toml::node* node = table_.get(key);
    if (node == nullptr) return core::Ok();
    auto value = node->value<double>();
    if (!(node->is_floating_point() || node->is_integer()) || !value || *value < min ||
        *value > max) {
      std::ostringstream range;
      range << min << " to " << max;
      return tl::unexpected(InputError(Name(key) + " must be a number from " + range.str()));
    }
    out = *value;
    return core::Ok();
  }
  core::Status String(std::string_view key, std::string& out) const {
    const toml::node* node = table_.get(key);
    if (node == nullptr) return core::Ok();
    if (!node->is_string()) return tl::unexpected(InputError(Name(key) + " must be a string"));
    out = *node->value<std::string>();
    return core::Ok();
  }
  core::Status Bool(std::string_view key, bool& out) const {
    const toml::node* node = table_.get(key);
    if (node == nullptr) return core::Ok();
    if (!node->is_boolean())
      return tl::unexpected(InputError(Name(key) + " must be true or false"));
    out = *node->value<bool>();
    return core::Ok();
  }
  std::string Name(std::string_view key) const { return path_ + "." + std::string(key); }
  const toml::table& table() const { return table_; }

 private:
  const toml::table& table_;
  std::string path_;
};

#define REPOPOST_TRY(expr) \
  if (auto status_ = (expr); !status_) return tl::unexpected(status_.error())

core::Status ReadRetry(const TableReader& llm, RetryPolicyConfig& retry) {
  const toml::table* table = llm.table().get_as<toml::table>("retry");
  if (table == nullptr) return core::Ok();
  TableReader reader(*table, "llm.retry");
  REPOPOST_TRY(
      reader.CheckKeys({"max_attempts", "initial_backoff_ms", "max_backoff_ms",
                        "backoff_multiplier", "jitter_fraction", "retry_after_cap_ms", "seed"}));
  long long attempts = retry.max_attempts;
  REPOPOST_TRY(reader.Int("max_attempts", attempts, 1));
  retry.max_attempts = static_cast<int>(attempts);
  REPOPOST_TRY(reader.Millis("initial_backoff_ms", retry.initial_backoff));
  REPOPOST_TRY(reader.Millis("max_backoff_ms", retry.max_backoff));
  REPOPOST_TRY(reader.Double("backoff_multiplier", retry.backoff_multiplier, 1.0, 10.0));
  REPOPOST_TRY(reader.Double("jitter_fraction", retry.jitter_fraction, 0.0, 1.0));
  REPOPOST_TRY(reader.Millis("retry_after_cap_ms", retry.retry_after_cap));
  long long seed = 0;
  REPOPOST_TRY(reader.Int("seed", seed, 0));
  retry.seed = static_cast<std::uint64_t>(seed);
  return core::Ok();
}

core::Status ReadBreaker(const TableReader& llm, CircuitBreakerConfig& breaker) {
  const toml::table* table = llm.table().get_as<toml::table>("breaker");
  if (table == nullptr) return core::Ok();
  TableReader reader(*table, "llm.breaker");
  REPOPOST_TRY(reader.CheckKeys(
      {"failure_threshold", "cooldown_ms", "max_cooldown_ms", "auth_cooldown_ms"}));
  long long threshold = breaker.failure_threshold;
  REPOPOST_TRY(reader.Int("failure_threshold", threshold, 1));
  breaker.failure_threshold = static_cast<int>(threshold);
  REPOPOST_TRY(reader.Millis("cooldown_ms", breaker.cooldown));
  REPOPOST_TRY(reader.Millis("max_cooldown_ms", breaker.max_cooldown));
  REPOPOST_TRY(reader.Millis("auth_cooldown_ms", breaker.auth_cooldown));
  return core::Ok();
}

core::Result<ClientConfig> ReadProviderTable(const toml::table& table, std::size_t index,
                                             const LlmConfig& config, const Env& env) {
  TableReader reader(table, "llm.provider[" + std::to_string(index) + "]");
  REPOPOST_TRY(reader.CheckKeys(
      {"url", "model", "name", "api_key_env", "connect_timeout_ms", "timeout_ms"}));
  std::string url, model, name, key_env;
  REPOPOST_TRY(reader.String("url", url));
  REPOPOST_TRY(reader.String("model", model));
  REPOPOST_TRY(reader.String("name", name));
  REPOPOST_TRY(reader.String("api_key_env", key_env));
  if (url.empty()) return tl::unexpected(InputError(reader.Name("url") + " is required"));
  std::string spec = url + "#model=" + model;
  if (!name.empty()) spec += "&name=" + name;
  if (!key_env.empty()) spec += "&key_env=" + key_env;
  auto provider = ParseProviderSpec(spec, env);
  if (!provider) return provider;
  provider->connect_timeout = config.connect_timeout;
  provider->total_timeout = config.total_timeout;
  REPOPOST_TRY(reader.Millis("connect_timeout_ms", provider->connect_timeout));
  REPOPOST_TRY(reader.Millis("timeout_ms", provider->total_timeout));
  return provider;
}

core::Status ReadProviders(const TableReader& llm, LlmConfig& config, const Env& env) {
  if (const toml::node* list = llm.table().get("providers")) {
    const toml::array* array = list->as_array();
    if (array == nullptr)
      return tl::unexpected(InputError("llm.providers must be a list of strings"));
    for (const toml::node& item : *array) {
      if (!item.is_string()) {
        return tl::unexpected(InputError("llm.providers must be a list of strings"));
      }
      auto provider = ParseProviderSpec(*item.value<std::string>(), env);
      if (!provider) return tl::unexpected(provider.error());
      provider->connect_timeout = config.connect_timeout;
      provider->total_timeout = config.total_timeout;
      config.providers.push_back(std::move(*provider));
    }
  }
  if (const toml::node* tables = llm.table().get("provider")) {
    const toml::array* array = tables->as_array();
    if (array == nullptr)
      return tl::unexpected(InputError("llm.provider must be [[llm.provider]] tables"));
    for (std::size_t i = 0; i < array->size(); ++i) {
      const toml::table* table = (*array)[i].as_table();
      if (table == nullptr)
        return tl::unexpected(InputError("llm.provider must be [[llm.provider]] tables"));
      auto provider = ReadProviderTable(*table, i, config, env);
      if (!provider) return tl::unexpected(provider.error());
      config.providers.push_back(std::move(*provider));
    }
  }
  if (!config.providers.empty()) config.source = "config";
  return core::Ok();
}

}  // namespace

core::Result<LlmConfig> ParseLlmSection(std::string_view toml_text, const Env& env) {
  LlmConfig config;
  if (toml_text.empty()) return config;
  toml::table document;
  try {
    document = toml::parse(toml_text);
  } catch (const toml::parse_error& error) {
    std::ostringstream where;
    where << error.source().begin;
    return tl::unexpected(InputError("the config file is not valid TOML (" +
                                     std::string(error.description()) + " at " + where.str() +
                                     ")"));
  }
  const toml::node* node = document.get("llm");
  if (node == nullptr) return config;
  const toml::table* llm_table = node->as_table();
  if (llm_table == nullptr) return tl::unexpected(InputError("llm must be a table ([llm])"));
  TableReader llm(*llm_table, "llm");
  REPOPOST_TRY(llm.CheckKeys({"offline", "providers", "provider", "connect_timeout_ms",
                              "timeout_ms", "health_ttl_ms", "retry", "breaker"}));
  REPOPOST_TRY(llm.Bool("offline", config.offline));
  REPOPOST_TRY(llm.Millis("connect_timeout_ms", config.connect_timeout));
  REPOPOST_TRY(llm.Millis("timeout_ms", config.total_timeout));
  REPOPOST_TRY(llm.Millis("health_ttl_ms", config.router.health_ttl));
  REPOPOST_TRY(ReadRetry(llm, config.router.retry));
  REPOPOST_TRY(ReadBreaker(llm, config.router.breaker));
  REPOPOST_TRY(ReadProviders(llm, config, env));
  return config;
}

}  // namespace repopost::llm
