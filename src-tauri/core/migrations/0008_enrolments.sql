-- Ibis schema 0008 (issue 12): aanmelding and zorgplicht. One row per written aanmelding of a
-- pupil: the receipt date (the clock starts there), the decision date and status as columns for
-- lists and Vandaag; the ondersteuningsvraag, research, the one extension and the decision are a
-- typed JSON payload that ibis-core validates.

CREATE TABLE enrolments (
    id           TEXT PRIMARY KEY NOT NULL,
    pupil_id     TEXT NOT NULL REFERENCES pupils (id) ON DELETE RESTRICT,
    received_on  TEXT NOT NULL,
    decided_on   TEXT,
    status       TEXT NOT NULL CHECK (status IN ('open', 'toegelaten', 'afgewezen')),
    payload      TEXT NOT NULL CHECK (json_valid(payload)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;

CREATE INDEX enrolments_by_pupil ON enrolments (pupil_id, received_on);
CREATE INDEX enrolments_by_status ON enrolments (status, received_on);
