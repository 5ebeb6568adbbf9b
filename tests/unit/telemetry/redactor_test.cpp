#include "telemetry/redactor.h"

#include <gtest/gtest.h>

namespace repopost::telemetry {
namespace {

struct Case {
  const char* input;
  const char* expected;
};

TEST(Redactor, ReplacesKnownKeyFormatsAndAssignments) {
  const Case cases[] = {
      {"key sk-proj-abcdefghijklmnop1234 used", "key [REDACTED] used"},
      {"gsk_ABCDEFGHIJKLMNOPQRSTUVWX", "[REDACTED]"},
      {"token ghp_abcdefghijklmnopqrstuvwxyz0123", "token [REDACTED]"},
      {"AKIAABCDEFGHIJKLMNOP", "[REDACTED]"},
      {"Authorization: Bearer abc.def-ghi_jkl", "Authorization: [REDACTED]"},
      {"api_key=hunter2hunter2&x=1", "api_key=[REDACTED]&x=1"},
      {"\"password\": \"s3cretvalue\"", "\"password\": \"[REDACTED]\""},
      {"GROQ_API_KEY=abcd1234efgh", "GROQ_API_KEY=[REDACTED]"},
      {"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.sig_nature", "[REDACTED]"},
  };
  Redactor redactor;
  for (const Case& c : cases) {
    EXPECT_EQ(redactor.Redact(c.input), c.expected) << c.input;
    EXPECT_TRUE(redactor.ContainsSecret(c.input)) << c.input;
  }
}

TEST(Redactor, LeavesOrdinaryTextAlone) {
  Redactor redactor;
  for (const char* text : {"Shipped v2.1 with 40% faster builds", "the token bucket limiter",
                           "sk-short", "model=llama-3.1-8b-instant", ""}) {
    EXPECT_EQ(redactor.Redact(text), text);
    EXPECT_FALSE(redactor.ContainsSecret(text)) << text;
  }
}

}  // namespace
}  // namespace repopost::telemetry
