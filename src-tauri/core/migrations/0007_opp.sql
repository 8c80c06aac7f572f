-- Ibis schema 0007 (issue 9): the ontwikkelingsperspectiefplan. An OPP belongs to one pupil
-- (optionally to the casus whose decision started it); a pupil has at most one running OPP
-- (`ended_on` empty). Its versions are numbered 1, 2, …; a draft is freely editable, a
-- vastgestelde version is frozen: the triggers below refuse any change to its content, number,
-- reason, date or soft-gate reason, and refuse deleting it — by any path, also plain SQL. The
-- agreement records (OOGO for the perspectiefdeel, instemming for the handelingsdeel) stay
-- writable: paper signing happens after vaststellen and is recorded afterwards. `hearing_id`
-- names the hoorgesprek the version relied on (no foreign key: the quotes are copied into the
-- content, so the version stays whole if that hearing is deleted later).

CREATE TABLE opps (
    id            TEXT PRIMARY KEY NOT NULL,
    pupil_id      TEXT NOT NULL REFERENCES pupils (id) ON DELETE RESTRICT,
    case_id       TEXT REFERENCES cases (id) ON DELETE RESTRICT,
    clock_start   TEXT NOT NULL,
    clock_basis   TEXT NOT NULL CHECK (clock_basis IN ('inschrijving', 'extra_support_decision', 'other')),
    ended_on      TEXT,
    end_reason    TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX opps_one_running_per_pupil ON opps (pupil_id) WHERE ended_on IS NULL;

CREATE TABLE opp_versions (
    id                  TEXT PRIMARY KEY NOT NULL,
    opp_id              TEXT NOT NULL REFERENCES opps (id) ON DELETE RESTRICT,
    number              INTEGER NOT NULL CHECK (number >= 1),
    status              TEXT NOT NULL CHECK (status IN ('draft', 'established')),
    reason              TEXT NOT NULL CHECK (reason IN ('opstellen', 'bijstellen', 'evaluatie')),
    established_on      TEXT,
    hearing_id          TEXT,
    hearing_gap_reason  TEXT,
    content             TEXT NOT NULL CHECK (json_valid(content)),
    consultation        TEXT CHECK (consultation IS NULL OR json_valid(consultation)),
    consent             TEXT NOT NULL CHECK (json_valid(consent)),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    UNIQUE (opp_id, number),
    CHECK ((status = 'established') = (established_on IS NOT NULL))
) STRICT;

CREATE TRIGGER opp_versions_frozen_update
BEFORE UPDATE OF opp_id, number, status, reason, established_on, hearing_id, hearing_gap_reason,
    content ON opp_versions
WHEN OLD.status = 'established'
BEGIN
    SELECT RAISE(ABORT, 'opp version is established and cannot change');
END;

CREATE TRIGGER opp_versions_frozen_delete
BEFORE DELETE ON opp_versions
WHEN OLD.status = 'established'
BEGIN
    SELECT RAISE(ABORT, 'opp version is established and cannot be deleted');
END;
