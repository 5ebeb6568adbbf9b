#include "store/sql_session.h"

namespace repopost::store {

std::int64_t SqlSession::NowMs() const { return ToMs(clock_.Now()); }

SqlTransaction::~SqlTransaction() {
  if (open_) (void)connection_.Rollback();  // the error that made us leave is already reported
}

core::Status SqlTransaction::Begin() {
  auto status = connection_.Begin(mode_);
  open_ = status.has_value();
  return status;
}

core::Status SqlTransaction::Commit() {
  auto status = connection_.Commit();
  if (status) open_ = false;
  return status;
}

std::int64_t ToMs(std::chrono::system_clock::time_point time) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count();
}

std::chrono::system_clock::time_point FromMs(std::int64_t ms) {
  return std::chrono::system_clock::time_point(std::chrono::milliseconds(ms));
}

core::Result<std::string> JoinLines(const std::vector<std::string>& tokens, const char* what) {
  std::string out;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].find('\n') != std::string::npos) {
      return core::Fail(core::ErrorCode::kInput,
                        std::string("a ") + what + " must not contain a line break");
    }
    if (i > 0) out += '\n';
    out += tokens[i];
  }
  return out;
}

std::vector<std::string> SplitLines(const std::string& joined) {
  std::vector<std::string> out;
  if (joined.empty()) return out;
  std::size_t start = 0;
  while (true) {
    std::size_t end = joined.find('\n', start);
    out.push_back(joined.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

}  // namespace repopost::store
