// LinkedIn exports: the post as text to paste, and the Posts API (POST /rest/posts) JSON payload.
//
//   exports::LinkedInText t = exports::RenderLinkedInText(input, {.bold_hook = true});
//   t.text; t.notes;  // notes carry the accessibility warning when bold is on
//   core::Result<std::string> body = exports::RenderLinkedInPayload(
//       input, {.author_urn = "urn:li:person:abc123"});
//
// Payload shape (LinkedIn Posts API): {"author", "commentary", "visibility",
// "distribution": {"feedDistribution": "MAIN_FEED", "targetEntities": [],
// "thirdPartyDistributionChannels": []}, "lifecycleState", "isReshareDisabledByAuthor"}.
// The commentary is "little text": the reserved characters | { } @ [ ] ( ) < > # \ * _ ~ are
// escaped with a backslash, and the post's hashtags become {hashtag|\#|Name} templates so they stay
// clickable.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "export/export_input.h"

namespace repopost::exports {

struct LinkedInTextOptions {
  bool bold_hook = false;  // off by default: see kUnicodeBoldNote
};

struct LinkedInText {
  std::string text;
  std::vector<std::string> notes;  // for the user, never part of the post
};

LinkedInText RenderLinkedInText(const ExportInput& input, const LinkedInTextOptions& options);

struct LinkedInPayloadOptions {
  std::string author_urn;             // "urn:li:person:…" or "urn:li:organization:…" (required)
  std::string visibility = "PUBLIC";  // PUBLIC | CONNECTIONS | LOGGED_IN
  std::string lifecycle_state = "PUBLISHED";  // PUBLISHED | DRAFT
};

// Escapes every little-text reserved character with a backslash.
std::string EscapeLittleText(std::string_view text);
// The post text as little text: escaped prose, hashtags as hashtag templates.
std::string ToLittleTextCommentary(std::string_view post_text);

// Fails (kUsage) on a missing or malformed author URN or an unknown visibility / lifecycle state;
// (kTooLarge) when the post is over LinkedIn's 3,000 characters.
core::Result<std::string> RenderLinkedInPayload(const ExportInput& input,
                                                const LinkedInPayloadOptions& options);

}  // namespace repopost::exports
