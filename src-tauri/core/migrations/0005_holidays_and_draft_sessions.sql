-- Ibis schema 0005 (issue 7, items 1 and 18): the school's holidays per schooljaar, entered by
-- the user, so waiting times and evaluation dates can count school weeks; and the form session
-- of a draft, so autosaves of one opened form write one audit row, not one per save.

CREATE TABLE school_holidays (
    id           TEXT PRIMARY KEY NOT NULL,
    -- The schooljaar as "2026-2027" (1 August – 31 July).
    school_year  TEXT NOT NULL,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    first_day    TEXT NOT NULL,
    last_day     TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    CHECK (last_day >= first_day)
) STRICT;

CREATE INDEX school_holidays_by_year ON school_holidays (school_year, first_day);

ALTER TABLE drafts ADD COLUMN form_session TEXT;
