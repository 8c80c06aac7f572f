-- Ibis schema 0006 (issue 8): hoorrecht. A hoorgesprek (the pupil heard) and a zienswijze ouders
-- (the parents' view) are records of the pupil, optionally linked to a casus (later also to an
-- OPP version). The indexed columns are what lists and the Vandaag clock select on; the rest
-- (questions and the pupil's own words, wishes, kinddoelen, feedback) is a typed JSON payload
-- that ibis-core validates.

CREATE TABLE hearings (
    id           TEXT PRIMARY KEY NOT NULL,
    pupil_id     TEXT NOT NULL REFERENCES pupils (id) ON DELETE RESTRICT,
    case_id      TEXT REFERENCES cases (id) ON DELETE RESTRICT,
    held_on      TEXT NOT NULL,
    moment       TEXT NOT NULL CHECK (moment IN ('opstellen', 'bijstellen', 'evaluatie', 'algemeen')),
    payload      TEXT NOT NULL CHECK (json_valid(payload)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;

CREATE INDEX hearings_by_pupil ON hearings (pupil_id, held_on);

CREATE TABLE parent_views (
    id           TEXT PRIMARY KEY NOT NULL,
    pupil_id     TEXT NOT NULL REFERENCES pupils (id) ON DELETE RESTRICT,
    case_id      TEXT REFERENCES cases (id) ON DELETE RESTRICT,
    given_on     TEXT NOT NULL,
    moment       TEXT NOT NULL CHECK (moment IN ('opstellen', 'bijstellen', 'evaluatie', 'algemeen')),
    payload      TEXT NOT NULL CHECK (json_valid(payload)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;

CREATE INDEX parent_views_by_pupil ON parent_views (pupil_id, given_on);
