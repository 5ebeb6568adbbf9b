// `repopost feedback ID TYPE [--rating N] [--comment T]`: what the user thinks of a post.
#include <CLI/CLI.hpp>
#include <iostream>

#include "app/post_json.h"
#include "cli/command.h"
#include "cli/error_output.h"
#include "cli/store_flags.h"

namespace repopost::cli {
namespace {

struct FeedbackFlags {
  StoreFlags store;
  std::string id, type, comment, version;
  int rating = 0;
};

int Run(const FeedbackFlags& flags) {
  if (auto ok = CheckTextOrJson(flags.store); !ok) return ReportError(ok.error(), false);
  auto context = OpenContext(flags.store);
  if (!context) return ReportError(context.error(), flags.store.as_json());
  app::FeedbackInput input{
      .version_id = flags.version, .type = flags.type, .comment = flags.comment};
  if (flags.rating != 0) input.rating = flags.rating;
  auto outcome = (*context)->AddFeedback(flags.id, input, {.actor = "cli"});
  if (!outcome) return ReportError(outcome.error(), flags.store.as_json());
  if (flags.store.as_json()) {
    nlohmann::json out = app::FeedbackOutcomeToJson(*outcome);
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  std::cout << "recorded " << flags.type << " feedback on " << outcome->feedback.version_id << "\n";
  if (!outcome->note.empty()) std::cout << outcome->note << "\n";
  if (outcome->follow_up) std::cout << "\n" << outcome->follow_up->text << "\n";
  for (const auto& hook : outcome->hooks) {
    std::cout << "  [" << generate::ToString(hook.type) << "] " << hook.text << "\n";
  }
  return 0;
}

}  // namespace

void AddFeedbackCommand(CLI::App& root, CommandOutcome& outcome) {
  auto flags = std::make_shared<FeedbackFlags>();
  CLI::App* cmd = root.add_subcommand("feedback", "Record feedback on a stored post");
  cmd->add_option("id", flags->id, "Post id (g_...)")->required();
  cmd->add_option("type", flags->type,
                  "engaging|too-generic|too-technical|regenerate|want-other-hooks")
      ->required();
  cmd->add_option("--rating", flags->rating, "1 to 5");
  cmd->add_option("--comment", flags->comment, "Free text");
  cmd->add_option("--version", flags->version, "A version id (default: the latest)");
  AddStoreFlags(*cmd, flags->store);
  cmd->callback([flags, &outcome] { outcome.exit_code = Run(*flags); });
}

}  // namespace repopost::cli
