#include "index/embedding_cache.h"

#include <xxhash.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <mutex>
#include <string>
#include <unordered_map>

namespace repopost::index {
namespace {

constexpr std::string_view kHeader = "RPEMBv1\n";
constexpr std::uint32_t kMaxDimension = 1u << 16;

struct Key {
  std::uint64_t model = 0;
  std::uint64_t text_low = 0;
  std::uint64_t text_high = 0;
  bool operator==(const Key&) const = default;
};

struct KeyHash {
  std::size_t operator()(const Key& key) const {
    return static_cast<std::size_t>(key.text_low ^ (key.model * 0x9E3779B97F4A7C15ULL));
  }
};

Key MakeKey(std::string_view model_id, std::string_view text) {
  const XXH128_hash_t text_hash = XXH3_128bits(text.data(), text.size());
  return Key{XXH3_64bits(model_id.data(), model_id.size()), text_hash.low64, text_hash.high64};
}

constexpr std::size_t kRecordHead = 3 * sizeof(std::uint64_t) + sizeof(std::uint32_t);

core::Error IoError(const std::filesystem::path& file, const char* what) {
  return core::Error{core::ErrorCode::kInput,
                     "The embedding cache " + file.string() + " " + what + "."};
}

}  // namespace

struct EmbeddingCache::State {
  std::filesystem::path file;
  mutable std::mutex mutex;
  std::unordered_map<Key, Embedding, KeyHash> entries;
  std::FILE* out = nullptr;

  ~State() {
    if (out != nullptr) std::fclose(out);
  }
};

EmbeddingCache::EmbeddingCache(std::unique_ptr<State> state) : state_(std::move(state)) {}
EmbeddingCache::EmbeddingCache(EmbeddingCache&&) noexcept = default;
EmbeddingCache& EmbeddingCache::operator=(EmbeddingCache&&) noexcept = default;
EmbeddingCache::~EmbeddingCache() = default;

core::Result<EmbeddingCache> EmbeddingCache::Open(const std::filesystem::path& file) {
  auto state = std::make_unique<State>();
  state->file = file;
  std::error_code error;
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), error);
  std::string bytes;
  if (std::filesystem::exists(file, error)) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return tl::unexpected(IoError(file, "cannot be read"));
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (!bytes.empty() && !std::string_view(bytes).starts_with(kHeader)) {
      return tl::unexpected(IoError(file, "is not a repopost embedding cache"));
    }
  }
  std::size_t valid = bytes.empty() ? 0 : kHeader.size();
  while (valid + kRecordHead <= bytes.size()) {
    Key key;
    std::uint32_t dimension = 0;
    std::memcpy(&key.model, bytes.data() + valid, 8);
    std::memcpy(&key.text_low, bytes.data() + valid + 8, 8);
    std::memcpy(&key.text_high, bytes.data() + valid + 16, 8);
    std::memcpy(&dimension, bytes.data() + valid + 24, 4);
    const std::size_t record = kRecordHead + std::size_t{dimension} * sizeof(float);
    if (dimension == 0 || dimension > kMaxDimension || valid + record > bytes.size()) break;
    Embedding vector(dimension);
    std::memcpy(vector.data(), bytes.data() + valid + kRecordHead, dimension * sizeof(float));
    state->entries[key] = std::move(vector);
    valid += record;
  }
  if (!bytes.empty() && valid < bytes.size()) {
    std::filesystem::resize_file(file, valid, error);  // drop a torn tail so appends line up
    if (error) return tl::unexpected(IoError(file, "has a damaged end that cannot be cut off"));
  }
  state->out = std::fopen(file.c_str(), "ab");
  if (state->out == nullptr) return tl::unexpected(IoError(file, "cannot be opened for writing"));
  if (bytes.empty()) {
    if (std::fwrite(kHeader.data(), 1, kHeader.size(), state->out) != kHeader.size() ||
        std::fflush(state->out) != 0) {
      return tl::unexpected(IoError(file, "cannot be written"));
    }
  }
  return EmbeddingCache(std::move(state));
}

std::optional<Embedding> EmbeddingCache::Find(std::string_view model_id,
                                              std::string_view text) const {
  const Key key = MakeKey(model_id, text);
  std::lock_guard<std::mutex> lock(state_->mutex);
  auto it = state_->entries.find(key);
  if (it == state_->entries.end()) return std::nullopt;
  return it->second;
}

core::Status EmbeddingCache::Put(std::string_view model_id, std::string_view text,
                                 const Embedding& vector) {
  if (vector.empty() || vector.size() > kMaxDimension) {
    return core::Fail(core::ErrorCode::kInput, "An embedding of " + std::to_string(vector.size()) +
                                                   " dimensions cannot be cached.");
  }
  const Key key = MakeKey(model_id, text);
  const auto dimension = static_cast<std::uint32_t>(vector.size());
  std::string record(kRecordHead + vector.size() * sizeof(float), '\0');
  std::memcpy(record.data(), &key.model, 8);
  std::memcpy(record.data() + 8, &key.text_low, 8);
  std::memcpy(record.data() + 16, &key.text_high, 8);
  std::memcpy(record.data() + 24, &dimension, 4);
  std::memcpy(record.data() + kRecordHead, vector.data(), vector.size() * sizeof(float));
  std::lock_guard<std::mutex> lock(state_->mutex);
  if (state_->entries.contains(key)) return core::Ok();
  if (std::fwrite(record.data(), 1, record.size(), state_->out) != record.size() ||
      std::fflush(state_->out) != 0) {
    return tl::unexpected(IoError(state_->file, "cannot be written"));
  }
  state_->entries.emplace(key, vector);
  return core::Ok();
}

std::size_t EmbeddingCache::size() const {
  std::lock_guard<std::mutex> lock(state_->mutex);
  return state_->entries.size();
}

}  // namespace repopost::index
