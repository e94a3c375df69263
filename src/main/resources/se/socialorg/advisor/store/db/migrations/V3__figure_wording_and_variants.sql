-- V3: every figure carries the question asked, its scale, whether the source is the
-- originator's own (primary) or a third party reporting it (secondary), and whether another
-- source gives a different value (disputed). A variant tells apart figures with the same key
-- (two sources that disagree, a spring update of an annual edition, another population).
ALTER TABLE figure ADD COLUMN variant TEXT NOT NULL DEFAULT '';
ALTER TABLE figure ADD COLUMN question TEXT NOT NULL DEFAULT '';
ALTER TABLE figure ADD COLUMN scale TEXT NOT NULL DEFAULT '';
ALTER TABLE figure ADD COLUMN evidence TEXT NOT NULL DEFAULT '';
ALTER TABLE figure ADD COLUMN disputed INTEGER NOT NULL DEFAULT 0;

DROP INDEX figure_shipped_key;
CREATE UNIQUE INDEX figure_shipped_key ON figure (dataset, country, year, item, variant) WHERE shipped = 1;
