// `repopost refine ID --feedback PRESET|TEXT | --use-hook N|TYPE|TEXT | --edited FILE`: a new
// version of a stored post. PRESET is one of the refine actions (shorter, longer, more-technical,
// ...); free text is mapped to the action it asks for offline, and rejected (exit 1) with the list
// of what is supported when it names none. --use-hook opens the post with one of its stored hook
// alternatives (`repopost feedback ID want-other-hooks` lists them). What a refinement needs is
// read from the store, so it works in any process. A refusal ("no emoji to remove") exits 1; a
// version that is not safe to post is stored and said on stderr.
#include <CLI/CLI.hpp>
#include <iostream>

#include "app/post_json.h"
#include "app/publish_signal.h"
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
  std::string use_hook;
  std::string text_file;
};

int Run(const RefineFlags& flags) {
  if (auto ok = CheckTextOrJson(flags.store); !ok) return ReportError(ok.error(), false);
  const int given = static_cast<int>(!flags.feedback.empty()) +
                    static_cast<int>(!flags.use_hook.empty()) +
                    static_cast<int>(!flags.text_file.empty());
  if (given != 1) {
    return ReportError({core::ErrorCode::kUsage,
                        "give one of --feedback TEXT, --use-hook N|TYPE or --edited FILE"},
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
    input.use_hook = flags.use_hook;
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
  if (version->safety) {
    if (const app::PublishSignal signal = app::SignalFor(*version->safety);
        signal != app::PublishSignal::kSafe) {
      std::cerr << "repopost: warning: version " << version->seq << " " << app::Describe(signal)
                << " (" << version->safety->unsupported_claims << " unsupported claims, "
                << version->safety->policy_hits << " policy hits)\n";
    }
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
                  "another-hook, another-tone, remove-emoji) or free text asking for one "
                  "(\"make it shorter\", \"more professional\", \"a different hook\")");
  cmd->add_option(
      "--use-hook", flags->use_hook,
      "Open with a stored hook alternative: its number, type (curiosity, bold-claim, "
      "story, contrarian, emotional) or text; `feedback ID want-other-hooks` lists them");
  cmd->add_option("--edited", flags->text_file, "A file with your own edit of the post");
  AddStoreFlags(*cmd, flags->store);
  cmd->callback([flags, &outcome] { outcome.exit_code = Run(*flags); });
}

}  // namespace repopost::cli
