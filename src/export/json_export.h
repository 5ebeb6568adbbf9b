// RenderJson: the post and its metadata as a JSON object (an array for several posts). Unknown
// fields are omitted, never written as null.
#pragma once

#include <string>
#include <vector>

#include "export/export_input.h"

namespace repopost::exports {

std::string RenderJson(const std::vector<ExportInput>& posts);

}  // namespace repopost::exports
