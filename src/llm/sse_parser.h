// SseParser: incremental parser for a text/event-stream body (the WHATWG server-sent events
// format), fed in arbitrary chunks as curl delivers them. Only the `data` field matters for
// chat completions; `event`, `id`, `retry` and comment lines are ignored.
//
//   SseParser parser;
//   parser.Feed(chunk, [](std::string_view data) { ... one event's data ... });
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace repopost::llm {

class SseParser {
 public:
  using EventSink = std::function<void(std::string_view data)>;

  // Parses every complete line in `chunk` (plus what earlier calls left over) and calls `sink`
  // once per event that has at least one data line.
  void Feed(std::string_view chunk, const EventSink& sink);

  // Delivers a final event the server did not terminate with a blank line.
  void Finish(const EventSink& sink);

 private:
  void HandleLine(std::string_view line, const EventSink& sink);
  void Dispatch(const EventSink& sink);

  std::string pending_;  // bytes after the last line break
  std::string data_;     // data lines of the event being read, joined by '\n'
  bool has_data_ = false;
};

}  // namespace repopost::llm
