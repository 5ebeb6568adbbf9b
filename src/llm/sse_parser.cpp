#include "llm/sse_parser.h"

namespace repopost::llm {

void SseParser::Feed(std::string_view chunk, const EventSink& sink) {
  pending_.append(chunk);
  std::size_t start = 0;
  while (true) {
    std::size_t end = pending_.find_first_of("\r\n", start);
    if (end == std::string::npos) break;
    // A "\r" at the very end may be the first half of "\r\n": wait for more bytes.
    if (pending_[end] == '\r' && end + 1 == pending_.size()) break;
    HandleLine(std::string_view(pending_).substr(start, end - start), sink);
    start = end + 1;
    if (pending_[end] == '\r' && start < pending_.size() && pending_[start] == '\n') ++start;
  }
  pending_.erase(0, start);
}

void SseParser::Finish(const EventSink& sink) {
  if (!pending_.empty()) {
    std::string line = std::move(pending_);
    pending_.clear();
    HandleLine(line, sink);
  }
  Dispatch(sink);
}

void SseParser::HandleLine(std::string_view line, const EventSink& sink) {
  if (line.empty()) {
    Dispatch(sink);
    return;
  }
  if (line.front() == ':') return;  // comment / keep-alive
  std::size_t colon = line.find(':');
  std::string_view field = line.substr(0, colon);
  std::string_view value;
  if (colon != std::string_view::npos) {
    value = line.substr(colon + 1);
    if (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  }
  if (field != "data") return;
  if (has_data_) data_ += '\n';
  data_.append(value);
  has_data_ = true;
}

void SseParser::Dispatch(const EventSink& sink) {
  if (!has_data_) return;
  sink(data_);
  data_.clear();
  has_data_ = false;
}

}  // namespace repopost::llm
