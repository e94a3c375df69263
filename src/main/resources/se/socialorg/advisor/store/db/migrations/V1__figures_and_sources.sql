-- V1: reference figures with their sources, and a small key/value table.
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE source (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  url TEXT NOT NULL DEFAULT '',
  UNIQUE (title, url)
);

CREATE TABLE figure (
  id INTEGER PRIMARY KEY,
  dataset TEXT NOT NULL,
  country TEXT NOT NULL,
  year INTEGER NOT NULL,
  item TEXT NOT NULL,
  value REAL NOT NULL,
  unit TEXT NOT NULL,
  population TEXT NOT NULL DEFAULT '',
  source_id INTEGER NOT NULL REFERENCES source (id),
  derived INTEGER NOT NULL DEFAULT 0,
  vendor_claim INTEGER NOT NULL DEFAULT 0,
  shipped INTEGER NOT NULL DEFAULT 0,
  seed_version INTEGER,
  overrides_id INTEGER REFERENCES figure (id) ON DELETE CASCADE,
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE UNIQUE INDEX figure_shipped_key ON figure (dataset, country, year, item) WHERE shipped = 1;
CREATE UNIQUE INDEX figure_override ON figure (overrides_id) WHERE overrides_id IS NOT NULL;
CREATE INDEX figure_lookup ON figure (dataset, country, year);
