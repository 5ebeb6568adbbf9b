// StopSignal: SIGTERM and SIGINT as a polled flag, for long-running commands (batch, worker) that
// finish the item in hand before exiting. A second signal of the same kind ends the process at
// once (the default action), so an impatient Ctrl-C still works.
#pragma once

namespace repopost::cli {

class StopSignal {
 public:
  // Installs the handlers (process-wide; call once per command).
  static void Install();
  static bool IsRequested();
  // The signal number that asked to stop, 0 when none.
  static int Received();
};

}  // namespace repopost::cli
