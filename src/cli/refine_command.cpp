// `repopost refine ID --feedback PRESET|TEXT`: a new version of a stored post.
// PRESET is one of the refine actions (shorter, longer, more-technical, ...); free text is mapped
// to the action it asks for, and rejected with the list of actions when it names none.
#include <CLI/CLI.hpp>
#include <iostream>

#include "app/post_json.h"
#include "cli/command.h"
#include "cli/error_output.h"
#include "cli/source_input.h"
#include "cli/store_flags.h"

namespace repopost::cli {
namespace {

struct RefineFlags {
  StoreFlags store;
  std::string id;
  std::string feedback;
  std::string text_file;
};

int Run(const RefineFlags& flags) {
  if (auto ok = CheckTextOrJson(flags.store); !ok) return ReportError(ok.error(), false);
  if (flags.feedback.empty() == flags.text_file.empty()) {
    return ReportError({core::ErrorCode::kUsage, "give either --feedback or --edited FILE"},
                       flags.store.as_json());
  }
  auto context = OpenContext(flags.store);
  if (!context) return ReportError(context.error(), flags.store.as_json());
  app::RefineInput input;
  if (!flags.text_file.empty()) {
    auto source = ReadTextFile(flags.text_file);
    if (!source) return ReportError(source.error(), flags.store.as_json());
    input.text = std::move(*source);
  } else {
    input.action = flags.feedback;
  }
  auto version = (*context)->Refine(flags.id, input, {.actor = "cli"});
  if (!version) return ReportError(version.error(), flags.store.as_json());
  if (flags.store.as_json()) {
    std::cout << app::VersionToJson(*version).dump(2) << "\n";
  } else {
    std::cout << version->text << "\n";
    std::cerr << "stored as version " << version->seq << " (" << version->id << ") of " << flags.id
              << "\n";
  }
  return 0;
}

}  // namespace

void AddRefineCommand(CLI::App& root, CommandOutcome& outcome) {
  auto flags = std::make_shared<RefineFlags>();
  CLI::App* cmd = root.add_subcommand("refine", "Make a new version of a stored post");
  cmd->add_option("id", flags->id, "Post id (g_...)")->required();
  cmd->add_option("--feedback", flags->feedback,
                  "A preset (shorter, longer, more-technical, less-technical, more-specific, "
                  "another-hook, another-tone, remove-emoji) or free text asking for one");
  cmd->add_option("--edited", flags->text_file, "A file with your own edit of the post");
  AddStoreFlags(*cmd, flags->store);
  cmd->callback([flags, &outcome] { outcome.exit_code = Run(*flags); });
}

}  // namespace repopost::cli
