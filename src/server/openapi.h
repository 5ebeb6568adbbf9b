// The OpenAPI 3.1 description served at /openapi.json, generated from the route table plus one
// JSON schema per request and response body named in it, so a new route is described the
// moment it is added to the table.
#pragma once

#include <string>

namespace repopost::server {

std::string OpenApiDocument();

}  // namespace repopost::server
