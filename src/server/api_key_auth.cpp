#include "server/api_key_auth.h"

#include <openssl/evp.h>

#include <algorithm>
#include <cctype>

#include "core/enum_table.h"

namespace repopost::server {
namespace {

constexpr core::EnumTable<Scope, 3> kScopes{
    {{{Scope::kRead, "read"}, {Scope::kGenerate, "generate"}, {Scope::kAdmin, "admin"}}}};

// Constant-time comparison so a wrong key's timing says nothing about the right one.
bool SameDigest(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

}  // namespace

std::string_view ToString(Scope scope) { return kScopes.Name(scope); }
std::optional<Scope> ParseScope(std::string_view text) { return kScopes.Find(text); }

std::string HashApiKey(std::string_view key) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(key.data(), key.size(), digest, &length, EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 15];
  }
  return out;
}

ApiKeyAuth::ApiKeyAuth(bool keys_required, const std::vector<ApiKeyGrant>& keys,
                       StoredLookup stored)
    : keys_required_(keys_required), stored_(std::move(stored)) {
  for (const auto& grant : keys) {
    keys_.push_back({grant.name, HashApiKey(grant.key.Reveal()), grant.scope});
  }
}

core::Result<Caller> ApiKeyAuth::Authenticate(std::string_view authorization,
                                              std::string_view api_key) const {
  std::string_view key = api_key;
  // The scheme is case-insensitive (RFC 9110 section 11.1): "bearer KEY" is as good.
  if (key.empty() && authorization.size() > 7 && authorization[6] == ' ' &&
      std::equal(authorization.begin(), authorization.begin() + 6, "bearer",
                 [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; })) {
    key = authorization.substr(7);
  }
  if (key.empty()) {
    if (keys_required_) {
      return core::Fail(core::ErrorCode::kUnauthorized,
                        "An API key is required: send \"Authorization: Bearer KEY\".");
    }
    return Caller{};
  }
  const std::string hash = HashApiKey(key);
  for (const auto& known : keys_) {
    if (SameDigest(known.hash, hash)) return Caller{known.name, known.scope, true};
  }
  if (stored_) {
    auto found = stored_(hash);
    if (!found) return tl::unexpected(found.error());
    if (*found) return Caller{(*found)->name, (*found)->scope, true};
  }
  return core::Fail(core::ErrorCode::kUnauthorized, "The API key is not valid.");
}

}  // namespace repopost::server
