// Presupposition: the statement a question takes for granted, to be checked like a claim.
// Internal to safety (claim_checker.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace repopost::safety {

// "Why is ripgrep 10x faster than GNU grep?" takes "ripgrep 10x faster than GNU grep." for
// granted (the auxiliary dropped: word order does not matter to the checker). nullopt for a
// question that takes nothing about the project for granted: "What would you build with it?",
// "Why would anyone need ...?", "Why do you ...?", "How does it compare?".
std::optional<std::string> Presupposition(std::string_view question);

}  // namespace repopost::safety
