-- V2: the company's own employee surveys and remembered CSV header mappings.
CREATE TABLE survey (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  source_file TEXT NOT NULL DEFAULT '',
  imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  respondents INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE survey_response (
  id INTEGER PRIMARY KEY,
  survey_id INTEGER NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
  line INTEGER NOT NULL,
  department TEXT,
  role TEXT,
  technical_expert INTEGER,
  active INTEGER,
  willingness INTEGER,
  network_size REAL,
  posts_per_month REAL
);

CREATE INDEX survey_response_survey ON survey_response (survey_id);

CREATE TABLE header_mapping (
  header_key TEXT NOT NULL,
  field TEXT NOT NULL,
  header TEXT NOT NULL,
  PRIMARY KEY (header_key, field)
);
