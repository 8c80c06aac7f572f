-- Ibis schema 0014 (issue 11): the meldcode route (Meldcode huiselijk geweld en
-- kindermishandeling), a separate, restricted record per pupil. Nothing else reads this table:
-- no export, list, Vandaag item or case view joins it. The answer to "veiligheid of geschil?",
-- the five steps with their entries, the decision and closing are a typed JSON payload that
-- ibis-core validates. At most one open route per pupil; closed ones stay readable.

CREATE TABLE meldcode_routes (
    id           TEXT PRIMARY KEY NOT NULL,
    pupil_id     TEXT NOT NULL REFERENCES pupils (id) ON DELETE RESTRICT,
    opened_on    TEXT NOT NULL,
    closed_on    TEXT,
    payload      TEXT NOT NULL CHECK (json_valid(payload)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;

CREATE INDEX meldcode_routes_by_pupil ON meldcode_routes (pupil_id, created_at);
CREATE UNIQUE INDEX meldcode_routes_one_open_per_pupil ON meldcode_routes (pupil_id)
    WHERE closed_on IS NULL;
