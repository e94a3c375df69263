-- V4: every survey gets an id of its own that never changes and never repeats (the row id may be
-- given again after a delete, and differs on another computer). Scenarios link their survey by it,
-- so renaming a survey keeps the link.
ALTER TABLE survey ADD COLUMN uid TEXT NOT NULL DEFAULT '';
UPDATE survey SET uid = lower(hex(randomblob(16))) WHERE uid = '';
CREATE TRIGGER survey_uid AFTER INSERT ON survey WHEN NEW.uid = '' BEGIN UPDATE survey SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id; END;
CREATE INDEX survey_by_uid ON survey (uid);
