#include "llm/provider_config.h"

#include <toml++/toml.h>

#include <cctype>
#include <set>

namespace repopost::llm {
namespace {

using std::chrono::milliseconds;

core::Error InputError(std::string message) {
  return core::Error{core::ErrorCode::kInput, std::move(message)};
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
    text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
    text.remove_suffix(1);
  return text;
}

std::string Lookup(const Env& env, std::string_view name) {
  auto it = env.find(name);
  return it == env.end() ? std::string() : std::string(Trim(it->second));
}

// "host", "host:port", "[v6]" or "[v6]:port", with the port a number in 1..65535.
bool IsValidHostPort(std::string_view host_port) {
  std::string_view host = host_port;
  std::string_view port;
  if (host_port.front() == '[') {
    const std::size_t close = host_port.find(']');
    if (close == std::string_view::npos || close == 1) return false;
    host = host_port.substr(0, close + 1);
    const std::string_view rest = host_port.substr(close + 1);
    if (!rest.empty() && rest.front() != ':') return false;
    if (!rest.empty()) port = rest.substr(1);
    if (rest == ":") return false;
  } else if (const std::size_t colon = host_port.find(':'); colon != std::string_view::npos) {
    host = host_port.substr(0, colon);
    port = host_port.substr(colon + 1);
    if (port.empty()) return false;
  }
  if (host.empty()) return false;
  for (char c : host) {
    if (std::isspace(static_cast<unsigned char>(c)) || c == '"' || c == '<' || c == '>') {
      return false;
    }
  }
  if (port.empty()) return true;
  if (port.size() > 5) return false;
  int value = 0;
  for (char c : port) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    value = value * 10 + (c - '0');
  }
  return value >= 1 && value <= 65535;
}

struct ParsedUrl {
  std::string scheme, host_port, path;
};

core::Result<ParsedUrl> SplitUrl(std::string_view url) {
  std::size_t scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) {
    return tl::unexpected(InputError("provider URL \"" + std::string(url) +
                                     "\" needs a scheme (http:// or https://)"));
  }
  ParsedUrl parsed{std::string(url.substr(0, scheme_end)), "", ""};
  if (parsed.scheme != "http" && parsed.scheme != "https") {
    return tl::unexpected(
        InputError("provider URL \"" + std::string(url) + "\" must use http or https"));
  }
  std::string_view rest = url.substr(scheme_end + 3);
  std::size_t slash = rest.find('/');
  parsed.host_port = std::string(rest.substr(0, slash));
  if (slash != std::string_view::npos) parsed.path = std::string(rest.substr(slash));
  if (parsed.host_port.empty() || parsed.host_port.find('@') != std::string::npos) {
    return tl::unexpected(InputError("provider URL \"" + std::string(url) +
                                     "\" needs a host (and no user:password@)"));
  }
  if (!IsValidHostPort(parsed.host_port)) {
    return tl::unexpected(InputError("provider URL \"" + std::string(url) +
                                     "\" has an invalid host or port (a port is 1-65535)"));
  }
  while (!parsed.path.empty() && parsed.path.back() == '/') parsed.path.pop_back();
  constexpr std::string_view kEndpoint = "/chat/completions";
  if (parsed.path.size() >= kEndpoint.size() &&
      parsed.path.compare(parsed.path.size() - kEndpoint.size(), kEndpoint.size(), kEndpoint) ==
          0) {
    parsed.path.resize(parsed.path.size() - kEndpoint.size());
  }
  if (parsed.path.empty()) parsed.path = "/v1";
  return parsed;
}

std::string HostOnly(const std::string& host_port) {
  if (!host_port.empty() && host_port.front() == '[')
    return host_port.substr(0, host_port.find(']') + 1);
  return host_port.substr(0, host_port.find(':'));
}

// Well-known hosts: a default name and the environment variable holding their key.
struct KnownHost {
  std::string_view host, name, key_env;
};
constexpr KnownHost kKnownHosts[] = {
    {"api.groq.com", "groq", "GROQ_API_KEY"},
    {"api.openai.com", "openai", "OPENAI_API_KEY"},
    {"openrouter.ai", "openrouter", "OPENROUTER_API_KEY"},
    {"api.together.xyz", "together", "TOGETHER_API_KEY"},
};

core::Result<ClientConfig> BuildConfig(std::string_view url, std::string model, std::string name,
                                       std::string key_env, const Env& env) {
  auto parsed = SplitUrl(Trim(url));
  if (!parsed) return tl::unexpected(parsed.error());
  ClientConfig config;
  config.identity.base_url = parsed->scheme + "://" + parsed->host_port + parsed->path;
  std::string host = HostOnly(parsed->host_port);
  for (const KnownHost& known : kKnownHosts) {
    if (host != known.host) continue;
    if (name.empty()) name = std::string(known.name);
    if (key_env.empty()) key_env = std::string(known.key_env);
  }
  if (name.empty()) name = parsed->host_port;
  if (model.empty()) {
    return tl::unexpected(InputError("provider \"" + std::string(url) +
                                     "\" needs a model: write it as URL#model=NAME"));
  }
  if (!key_env.empty()) {
    std::string key = Lookup(env, key_env);
    config.api_key = core::Secret(key);
  }
  config.identity.name = std::move(name);
  config.identity.model = std::move(model);
  return config;
}

}  // namespace

core::Result<ClientConfig> ParseProviderSpec(std::string_view spec, const Env& env) {
  spec = Trim(spec);
  std::size_t hash = spec.find('#');
  std::string_view url = spec.substr(0, hash);
  std::string model, name, key_env;
  if (hash != std::string_view::npos) {
    std::string_view fragment = spec.substr(hash + 1);
    while (!fragment.empty()) {
      std::size_t amp = fragment.find('&');
      std::string_view pair = fragment.substr(0, amp);
      fragment = amp == std::string_view::npos ? std::string_view() : fragment.substr(amp + 1);
      std::size_t eq = pair.find('=');
      std::string_view key = pair.substr(0, eq);
      std::string value(eq == std::string_view::npos ? "" : pair.substr(eq + 1));
      if (key == "model")
        model = value;
      else if (key == "name")
        name = value;
      else if (key == "key_env")
        key_env = value;
      else {
        return tl::unexpected(InputError("unknown option \"" + std::string(key) +
                                         "\" in provider spec (expected model, name, key_env)"));
      }
    }
  }
  return BuildConfig(url, std::move(model), std::move(name), std::move(key_env), env);
}

core::Result<std::vector<ClientConfig>> ParseProviderList(std::string_view list, const Env& env) {
  std::vector<ClientConfig> out;
  while (!Trim(list).empty()) {
    std::size_t comma = list.find(',');
    std::string_view item = Trim(list.substr(0, comma));
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    if (item.empty()) continue;
    auto spec = ParseProviderSpec(item, env);
    if (!spec) return tl::unexpected(spec.error());
    out.push_back(std::move(*spec));
  }
  return out;
}

std::vector<ClientConfig> PresetsFromEnv(const Env& env) {
  std::vector<ClientConfig> out;
  auto add = [&](std::string name, std::string url, std::string model, std::string key) {
    auto config = BuildConfig(url, std::move(model), std::move(name), "", env);
    if (!config) return;  // a malformed OPENAI_BASE_URL / OLLAMA_HOST preset is skipped
    config->api_key = core::Secret(std::move(key));
    out.push_back(std::move(*config));
  };
  auto model_or = [&](std::string_view var, std::string_view fallback) {
    std::string model = Lookup(env, var);
    return model.empty() ? std::string(fallback) : model;
  };
  if (std::string key = Lookup(env, "GROQ_API_KEY"); !key.empty()) {
    add("groq", std::string(kGroqBaseUrl), model_or("GROQ_MODEL", kGroqDefaultModel), key);
  }
  if (std::string key = Lookup(env, "OPENAI_API_KEY"); !key.empty()) {
    std::string base = Lookup(env, "OPENAI_BASE_URL");
    add("openai", base.empty() ? std::string(kOpenAiBaseUrl) : base,
        model_or("OPENAI_MODEL", kOpenAiDefaultModel), key);
  }
  if (std::string host = Lookup(env, "OLLAMA_HOST"); !host.empty()) {
    if (host.find("://") == std::string::npos) host = "http://" + host;
    if (host.rfind("http://0.0.0.0", 0) == 0) host.replace(7, 7, "127.0.0.1");  // bind-all address
    add("ollama", host, model_or("OLLAMA_MODEL", kOllamaDefaultModel), "");
  }
  return out;
}

core::Result<LlmConfig> ResolveLlmConfig(const std::vector<std::string>& flag_specs, bool offline,
                                         const Env& env, std::string_view toml_text) {
  auto config = ParseLlmSection(toml_text, env);
  if (!config) return config;
  if (offline || Lookup(env, "REPOPOST_OFFLINE") == "1" || config->offline) {
    config->providers.clear();
    config->offline = true;
    config->source = "offline";
    return config;
  }
  auto use = [&](std::vector<ClientConfig> list, std::string source) {
    for (ClientConfig& provider : list) {  // section-wide timeouts apply to every source
      provider.connect_timeout = config->connect_timeout;
      provider.total_timeout = config->total_timeout;
    }
    config->providers = std::move(list);
    config->source = std::move(source);
  };
  if (!flag_specs.empty()) {
    std::vector<ClientConfig> list;
    for (const std::string& spec : flag_specs) {
      auto parsed = ParseProviderSpec(spec, env);
      if (!parsed) return tl::unexpected(parsed.error());
      list.push_back(std::move(*parsed));
    }
    use(std::move(list), "flags");
  } else if (std::string list = Lookup(env, "REPOPOST_LLM"); !list.empty()) {
    auto parsed = ParseProviderList(list, env);
    if (!parsed) return tl::unexpected(parsed.error());
    use(std::move(*parsed), "REPOPOST_LLM");
  } else if (config->providers.empty()) {
    std::vector<ClientConfig> presets = PresetsFromEnv(env);
    std::string source = presets.empty() ? "none" : "presets";
    use(std::move(presets), std::move(source));
  }
  return config;
}

}  // namespace repopost::llm
