// PgConnection: SqlConnection on one PostgreSQL connection through libpq, parameterised queries
// only (PQexecParams). The only file that includes libpq-fe.h is pg_connection.cpp.
#pragma once

#include <memory>
#include <string>

#include "core/result.h"
#include "store/sql_connection.h"

namespace repopost::store {

// Connects with a libpq URI ("postgresql://user@host:port/db?…"). kStore with one sentence naming
// host and port (never the password) when the server cannot be reached or refuses us.
core::Result<std::unique_ptr<SqlConnection>> OpenPostgres(const std::string& uri);

}  // namespace repopost::store
