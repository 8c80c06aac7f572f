-- Ibis schema 1: pupils, guardians, cases, settings and the audit log.
-- Dates are ISO text (YYYY-MM-DD), instants RFC 3339 UTC text, ids UUID v7 text.

CREATE TABLE pupils (
    id              TEXT PRIMARY KEY NOT NULL,
    first_name      TEXT NOT NULL CHECK (length(trim(first_name)) > 0),
    last_name       TEXT NOT NULL CHECK (length(trim(last_name)) > 0),
    birth_date      TEXT NOT NULL CHECK (birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    education_type  TEXT NOT NULL CHECK (education_type IN ('po', 'sbo', 'so', 'vo', 'vso')),
    grade           INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 8),
    school          TEXT NOT NULL DEFAULT '',
    contact_person  TEXT,
    notes           TEXT,
    search_key      TEXT NOT NULL,
    archived_at     TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;

CREATE INDEX pupils_by_name ON pupils (last_name COLLATE NOCASE, first_name COLLATE NOCASE);

CREATE TABLE guardians (
    id              TEXT PRIMARY KEY NOT NULL,
    pupil_id        TEXT NOT NULL REFERENCES pupils (id) ON DELETE RESTRICT,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    relation        TEXT NOT NULL CHECK (relation IN ('mother', 'father', 'parent', 'foster_parent', 'legal_guardian', 'other')),
    has_authority   INTEGER NOT NULL CHECK (has_authority IN (0, 1)),
    phone           TEXT,
    email           TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;

CREATE INDEX guardians_by_pupil ON guardians (pupil_id);

CREATE TABLE cases (
    id               TEXT PRIMARY KEY NOT NULL,
    pupil_id         TEXT NOT NULL REFERENCES pupils (id) ON DELETE RESTRICT,
    title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
    start_date       TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    template_id      TEXT NOT NULL,
    template_version INTEGER NOT NULL,
    closed_at        TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) STRICT;

CREATE INDEX cases_by_pupil ON cases (pupil_id, start_date);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY NOT NULL,
    value  TEXT NOT NULL
) STRICT;

-- Append-only: ids and actions only, never names or notes. Each hash covers the previous one.
CREATE TABLE audit_events (
    seq        INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  TEXT,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
) STRICT;

CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit log is append-only');
END;
