-- Initial schema (DESIGN.md section 5). Portable SQL: runs unchanged on SQLite and PostgreSQL.
-- Times are BIGINT milliseconds since the Unix epoch (UTC); booleans are INTEGER 0/1; lists of
-- short tokens (hashtags, evidence ids, scopes) are newline-separated TEXT.

CREATE TABLE sources (
  id            TEXT PRIMARY KEY,
  locator       TEXT NOT NULL UNIQUE,
  name          TEXT NOT NULL,
  last_commit   TEXT NOT NULL,
  fetched_at    BIGINT NOT NULL
);

CREATE TABLE generations (
  id              TEXT PRIMARY KEY,
  source_id       TEXT REFERENCES sources(id),
  style           TEXT NOT NULL,
  tone            TEXT NOT NULL,
  hook            TEXT NOT NULL,
  writer_tier     TEXT NOT NULL,
  provider        TEXT NOT NULL,
  prompt_version  TEXT NOT NULL,
  duration_ms     BIGINT NOT NULL,
  fell_back       INTEGER NOT NULL,
  created_at      BIGINT NOT NULL
);
CREATE INDEX generations_created ON generations (created_at, id);

CREATE TABLE post_versions (
  id                 TEXT PRIMARY KEY,
  generation_id      TEXT NOT NULL REFERENCES generations(id) ON DELETE CASCADE,
  seq                INTEGER NOT NULL,
  parent_id          TEXT REFERENCES post_versions(id),
  text               TEXT NOT NULL,
  hashtags           TEXT NOT NULL,
  caption            TEXT NOT NULL,
  reason             TEXT NOT NULL,
  quality_score      DOUBLE PRECISION,
  safety_confidence  DOUBLE PRECISION,
  created_at         BIGINT NOT NULL,
  UNIQUE (generation_id, seq)
);
CREATE INDEX post_versions_created ON post_versions (created_at);

CREATE TABLE safety_reports (
  version_id          TEXT PRIMARY KEY REFERENCES post_versions(id) ON DELETE CASCADE,
  verdict             TEXT NOT NULL,
  confidence          DOUBLE PRECISION NOT NULL,
  policy_hits         INTEGER NOT NULL,
  unsupported_claims  INTEGER NOT NULL,
  created_at          BIGINT NOT NULL
);

CREATE TABLE claims (
  version_id    TEXT NOT NULL REFERENCES safety_reports(version_id) ON DELETE CASCADE,
  ordinal       INTEGER NOT NULL,
  text          TEXT NOT NULL,
  verdict       TEXT NOT NULL,
  evidence_ids  TEXT NOT NULL,
  PRIMARY KEY (version_id, ordinal)
);

CREATE TABLE feedback (
  id             TEXT PRIMARY KEY,
  generation_id  TEXT NOT NULL REFERENCES generations(id) ON DELETE CASCADE,
  version_id     TEXT NOT NULL REFERENCES post_versions(id) ON DELETE CASCADE,
  type           TEXT NOT NULL,
  rating         INTEGER,
  comment        TEXT NOT NULL,
  created_at     BIGINT NOT NULL
);
CREATE INDEX feedback_version ON feedback (version_id);
CREATE INDEX feedback_created ON feedback (created_at);

CREATE TABLE llm_attempts (
  id                 TEXT PRIMARY KEY,
  generation_id      TEXT REFERENCES generations(id) ON DELETE CASCADE,
  provider           TEXT NOT NULL,
  model              TEXT NOT NULL,
  status             TEXT NOT NULL,
  error_type         TEXT NOT NULL,
  latency_ms         BIGINT NOT NULL,
  ttft_ms            BIGINT,
  prompt_tokens      BIGINT NOT NULL,
  completion_tokens  BIGINT NOT NULL,
  retry_reason       TEXT NOT NULL,
  fallback_reason    TEXT NOT NULL,
  created_at         BIGINT NOT NULL
);
CREATE INDEX llm_attempts_generation ON llm_attempts (generation_id);
CREATE INDEX llm_attempts_created ON llm_attempts (created_at);

CREATE TABLE audit_events (
  id          TEXT PRIMARY KEY,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL,
  target      TEXT NOT NULL,
  origin      TEXT NOT NULL,
  created_at  BIGINT NOT NULL
);
CREATE INDEX audit_events_created ON audit_events (created_at, id);

CREATE TABLE api_keys (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  key_hash    TEXT NOT NULL UNIQUE,
  scopes      TEXT NOT NULL,
  created_at  BIGINT NOT NULL,
  revoked_at  BIGINT
);

CREATE TABLE batch_jobs (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  max_attempts  INTEGER NOT NULL,
  created_at    BIGINT NOT NULL
);

CREATE TABLE batch_items (
  id                TEXT PRIMARY KEY,
  job_id            TEXT NOT NULL REFERENCES batch_jobs(id) ON DELETE CASCADE,
  ordinal           INTEGER NOT NULL,
  input             TEXT NOT NULL,
  state             TEXT NOT NULL,
  lease_owner       TEXT NOT NULL,
  lease_expires_at  BIGINT NOT NULL,
  available_at      BIGINT NOT NULL,
  attempts          INTEGER NOT NULL,
  last_error        TEXT NOT NULL,
  result            TEXT NOT NULL,
  updated_at        BIGINT NOT NULL,
  UNIQUE (job_id, ordinal)
);
CREATE INDEX batch_items_claim ON batch_items (state, available_at);
CREATE INDEX batch_items_lease ON batch_items (state, lease_expires_at);
