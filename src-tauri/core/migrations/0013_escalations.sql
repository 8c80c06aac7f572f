-- Ibis schema 0013 (issue 11): geschillen between parents and school and their escalatieladder.
-- One row per dispute of a pupil: status, subject, the opening and decision dates and the
-- template (id, version) whose ladder it follows as columns for lists and Vandaag; the
-- description, the link, the step records, the skipped steps and the closing are a typed JSON
-- payload that ibis-core validates.

CREATE TABLE escalations (
    id               TEXT PRIMARY KEY NOT NULL,
    pupil_id         TEXT NOT NULL REFERENCES pupils (id) ON DELETE RESTRICT,
    status           TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    subject          TEXT NOT NULL
                     CHECK (subject IN ('admission', 'removal', 'opp', 'support', 'tlv', 'other')),
    opened_on        TEXT NOT NULL,
    decision_on      TEXT,
    template_id      TEXT NOT NULL,
    template_version INTEGER NOT NULL,
    payload          TEXT NOT NULL CHECK (json_valid(payload)),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) STRICT;

CREATE INDEX escalations_by_pupil ON escalations (pupil_id, created_at);
CREATE INDEX escalations_open ON escalations (status) WHERE status = 'open';
