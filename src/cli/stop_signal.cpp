#include "cli/stop_signal.h"

#include <csignal>

namespace repopost::cli {
namespace {

volatile std::sig_atomic_t g_received = 0;

void OnSignal(int signal_number) {
  g_received = signal_number;
  std::signal(signal_number, SIG_DFL);  // the second one is not caught
}

}  // namespace

void StopSignal::Install() {
  struct sigaction action {};
  action.sa_handler = OnSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  sigaction(SIGTERM, &action, nullptr);
  sigaction(SIGINT, &action, nullptr);
}

bool StopSignal::IsRequested() { return g_received != 0; }

int StopSignal::Received() { return g_received; }

}  // namespace repopost::cli
