// PostFieldStreamer: pulls the value of the top-level "post" string out of a JSON answer while it
// streams in, so the terminal shows the post as it is written instead of raw JSON.
//
//   PostFieldStreamer streamer;
//   route_options.on_token = [&](std::string_view t) { std::cout << streamer.Feed(t); };
//
// Feed returns the decoded characters of "post" that became complete with this fragment (JSON
// escapes resolved, \uXXXX pairs included); "" before the field starts and after it ends.
// Reset() starts over (the router restarted the answer). Not thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace repopost::generate {

class PostFieldStreamer {
 public:
  std::string Feed(std::string_view fragment);
  void Reset() { *this = PostFieldStreamer(); }
  bool done() const { return state_ == State::kDone; }

 private:
  enum class State { kSeeking, kInString, kEscape, kUnicode, kDone };
  void AppendCodeUnit(unsigned int unit, std::string& out);

  State state_ = State::kSeeking;
  std::string seek_buffer_;  // text seen while looking for "post" : "
  std::string hex_;          // digits of a \u escape
  unsigned int high_surrogate_ = 0;
  int depth_ = 0;  // object nesting while seeking, so only the top-level key counts
};

}  // namespace repopost::generate
