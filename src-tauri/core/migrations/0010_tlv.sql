-- Ibis schema 0010 (issue 10): toelaatbaarheidsverklaringen. One row per TLV aanvraag of a
-- pupil: status, aanvraag and decision dates and the einddatum as columns for lists and Vandaag;
-- the aanvraag (ondersteuningsvraag, deskundigen, parents' position), the decision and a bezwaar
-- are a typed JSON payload that ibis-core validates. At most one undecided aanvraag per pupil.

CREATE TABLE tlvs (
    id           TEXT PRIMARY KEY NOT NULL,
    pupil_id     TEXT NOT NULL REFERENCES pupils (id) ON DELETE RESTRICT,
    status       TEXT NOT NULL
                 CHECK (status IN ('in_preparation', 'applied', 'granted', 'refused')),
    applied_on   TEXT,
    decided_on   TEXT,
    ends_on      TEXT,
    payload      TEXT NOT NULL CHECK (json_valid(payload)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;

CREATE INDEX tlvs_by_pupil ON tlvs (pupil_id, created_at);
CREATE UNIQUE INDEX tlvs_one_undecided_per_pupil ON tlvs (pupil_id)
    WHERE status IN ('in_preparation', 'applied');
