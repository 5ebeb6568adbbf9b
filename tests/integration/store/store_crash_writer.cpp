// store_crash_writer URL LOG: writes refinements (a version, its safety report and 300 claims:
// one multi-row transaction each) to the store forever, appending each committed version id to
// LOG after its commit returns. store_crash_test SIGKILLs it mid-way.
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <string>

#include "store/store.h"

using namespace repopost;

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: store_crash_writer URL LOG\n");
    return 1;
  }
  auto store = store::OpenStore(argv[1]);
  if (!store) {
    std::fprintf(stderr, "%s\n", store.error().message.c_str());
    return 4;
  }
  int log = open(argv[2], O_WRONLY | O_CREAT | O_APPEND, 0644);
  store::Generation g{"",         "",   "growth", "balanced", "curiosity", "template",
                      "template", "v1", 1,        false,      {}};
  store::PostVersion first;
  first.text = "original";
  auto created = (*store)->generations().CreateGeneration(g, first);
  if (!created || log < 0) return 4;
  std::string parent = created->first_version.id;
  for (int round = 0;; ++round) {
    store::PostVersion next;
    next.generation_id = created->generation.id;
    next.parent_id = parent;
    next.reason = store::VersionReason::kRefine;
    next.text = "refinement " + std::to_string(round);
    store::SafetyReportRecord report{"consistent", 0.9, 0, 0, {}};
    for (int c = 0; c < 300; ++c) {
      report.claims.push_back({"claim " + std::to_string(c), "supported", {"README.md#L1"}});
    }
    next.safety = report;
    auto added = (*store)->generations().AddVersion(next);
    if (!added) return 4;
    parent = added->id;
    std::string line = added->id + "\n";
    if (write(log, line.data(), line.size()) != static_cast<ssize_t>(line.size())) return 4;
  }
}
