// FakeLlmServer: a real HTTP server on 127.0.0.1 speaking the OpenAI chat-completions protocol,
// for tests and benchmarks (DESIGN.md: LLMs are loopback servers written for the tests).
//
//   fake::FakeLlmServer server;                       // random free port, own thread
//   server.Enqueue(fake::FakeReply::Status(429, "1"));
//   server.Enqueue(fake::FakeReply::Answer("{\"post\": \"...\"}"));
//   client config base_url = server.base_url();        // "http://127.0.0.1:PORT/v1"
//   ... EXPECT_EQ(server.Requests().size(), 2);
//
// Queued replies are used in order, one per POST /v1/chat/completions; when the queue is empty
// the default reply answers. GET /v1/models answers 200 (or models_status). Every request is
// recorded. The destructor stops the server and wakes any request it is holding (hang, latency).
// Thread-safety: all methods may be called from any thread while the server runs.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "fake_llm_server/fake_reply.h"

namespace repopost::fake {

struct RecordedRequest {
  std::string method;
  std::string path;
  std::string body;
  std::string authorization;  // the Authorization header as received
  std::string model;          // from the JSON body ("" for GET)
  bool stream = false;
  std::string response_format;  // "none", "json_object" or "json_schema"
  std::string reply;            // the FakeReplyKind it got ("" for GET)
};

class FakeLlmServer {
 public:
  // Binds 127.0.0.1:`port` (0 = a free port) and serves on its own thread.
  explicit FakeLlmServer(int port = 0);
  ~FakeLlmServer();
  FakeLlmServer(const FakeLlmServer&) = delete;
  FakeLlmServer& operator=(const FakeLlmServer&) = delete;

  int port() const { return port_; }
  std::string base_url() const;  // http://127.0.0.1:PORT/v1

  void Enqueue(FakeReply reply);
  void SetDefault(FakeReply reply);
  // When true, requests with response_format json_schema get a 400 (before the queue is used).
  void SetRejectJsonSchema(bool reject);
  // When true, json_schema requests with "strict": true get a 400 (servers without strict mode).
  void SetRejectStrict(bool reject);
  void SetModelsStatus(int status);

  std::vector<RecordedRequest> Requests() const;
  std::size_t ChatRequestCount() const;

  // Stops serving and waits for the thread; idempotent.
  void Stop();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
  int port_ = 0;
};

}  // namespace repopost::fake
