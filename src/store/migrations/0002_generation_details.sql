-- The pipeline's details of a generation (facts, hook options, the full safety report with
-- evidence) as one JSON text, so a post shown after a restart or by another process is complete.
CREATE TABLE generation_details (
  generation_id  TEXT PRIMARY KEY REFERENCES generations(id) ON DELETE CASCADE,
  body           TEXT NOT NULL
);
