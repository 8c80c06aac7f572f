-- Ibis schema 0009 (issue 12): verzuim and thuiszitten. Absences per pupil in half-hours (1..16 =
-- 0,5..8 uur), the reports to DUO's verzuimregister the school made (Ibis records them, never
-- sends them), and periods at home with the vrijstelling status and an optional temporary
-- deviation from onderwijstijd (plan back to the full programme and its last day).
-- (0008 is the aanmelding, issue 12's other branch.)

CREATE TABLE absences (
    id           TEXT PRIMARY KEY NOT NULL,
    pupil_id     TEXT NOT NULL REFERENCES pupils (id) ON DELETE RESTRICT,
    date         TEXT NOT NULL,
    half_hours   INTEGER NOT NULL CHECK (half_hours BETWEEN 1 AND 16),
    kind         TEXT NOT NULL CHECK (kind IN ('authorised', 'unauthorised')),
    reason       TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;

CREATE INDEX absences_by_pupil ON absences (pupil_id, date);

CREATE TABLE absence_reports (
    id           TEXT PRIMARY KEY NOT NULL,
    pupil_id     TEXT NOT NULL REFERENCES pupils (id) ON DELETE RESTRICT,
    reported_on  TEXT NOT NULL,
    created_at   TEXT NOT NULL
) STRICT;

CREATE INDEX absence_reports_by_pupil ON absence_reports (pupil_id, reported_on);

CREATE TABLE home_stays (
    id                 TEXT PRIMARY KEY NOT NULL,
    pupil_id           TEXT NOT NULL REFERENCES pupils (id) ON DELETE RESTRICT,
    since              TEXT NOT NULL,
    reason             TEXT NOT NULL,
    exemption          TEXT NOT NULL CHECK (exemption IN ('none', 'requested', 'granted')),
    deviation_plan     TEXT,
    deviation_ends_on  TEXT,
    ended_on           TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    CHECK ((deviation_plan IS NULL) = (deviation_ends_on IS NULL)),
    CHECK (ended_on IS NULL OR ended_on >= since)
) STRICT;

CREATE INDEX home_stays_by_pupil ON home_stays (pupil_id, since);
