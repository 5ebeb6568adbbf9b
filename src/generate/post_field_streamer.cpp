#include "generate/post_field_streamer.h"

#include <cctype>
#include <cstdlib>

#include "text/utf8.h"

namespace repopost::generate {

void PostFieldStreamer::AppendCodeUnit(unsigned int unit, std::string& out) {
  if (unit >= 0xD800 && unit <= 0xDBFF) {
    high_surrogate_ = unit;
    return;
  }
  if (unit >= 0xDC00 && unit <= 0xDFFF && high_surrogate_ != 0) {
    text::AppendUtf8(out, 0x10000 + ((high_surrogate_ - 0xD800) << 10) + (unit - 0xDC00));
    high_surrogate_ = 0;
    return;
  }
  high_surrogate_ = 0;
  text::AppendUtf8(out, unit);
}

std::string PostFieldStreamer::Feed(std::string_view fragment) {
  std::string out;
  for (char c : fragment) {
    switch (state_) {
      case State::kSeeking: {
        // Track string state and depth crudely: keys of nested objects do not count.
        seek_buffer_ += c;
        if (c == '{') ++depth_;
        if (c == '}') --depth_;
        if (c != '"' || depth_ != 1) break;
        // The buffer ends in an opening quote: is it the value of the "post" key?
        std::string_view buffer(seek_buffer_);
        buffer.remove_suffix(1);
        while (!buffer.empty() && (buffer.back() == ' ' || buffer.back() == '\n' ||
                                   buffer.back() == '\r' || buffer.back() == '\t'))
          buffer.remove_suffix(1);
        if (!buffer.ends_with(':')) break;
        buffer.remove_suffix(1);
        while (!buffer.empty() && (buffer.back() == ' ' || buffer.back() == '\n' ||
                                   buffer.back() == '\r' || buffer.back() == '\t'))
          buffer.remove_suffix(1);
        if (buffer.ends_with("\"post\"")) {
          state_ = State::kInString;
          seek_buffer_.clear();
        }
        break;
      }
      case State::kInString:
        if (c == '\\') {
          state_ = State::kEscape;
        } else if (c == '"') {
          state_ = State::kDone;
        } else {
          out += c;
        }
        break;
      case State::kEscape:
        state_ = State::kInString;
        switch (c) {
          case 'n':
            out += '\n';
            break;
          case 't':
            out += '\t';
            break;
          case 'r':
            break;
          case 'b':
          case 'f':
            break;
          case 'u':
            state_ = State::kUnicode;
            hex_.clear();
            break;
          default:
            out += c;
            break;  // \" \\ \/
        }
        break;
      case State::kUnicode:
        if (std::isxdigit(static_cast<unsigned char>(c)) == 0) {  // broken escape: drop it
          state_ = State::kInString;
          break;
        }
        hex_ += c;
        if (hex_.size() == 4) {
          AppendCodeUnit(static_cast<unsigned int>(std::strtoul(hex_.c_str(), nullptr, 16)), out);
          state_ = State::kInString;
        }
        break;
      case State::kDone:
        return out;
    }
  }
  return out;
}

}  // namespace repopost::generate
