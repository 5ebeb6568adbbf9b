-- The text of text sources (pasted, uploaded, or given with a repository), so refinements of
-- posts written from text can be checked by any process, after a restart too.
CREATE TABLE source_texts (
  source_id  TEXT PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
  body       TEXT NOT NULL
);
