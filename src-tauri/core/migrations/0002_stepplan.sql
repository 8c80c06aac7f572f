-- Ibis schema 2: the stappenplan. A case has cycles; a cycle has six steps and its records.
-- Records are rows of their own (id, cycle, kind, step, date) with a typed JSON payload that
-- ibis-core validates per kind; later features read the same rows (enter once).

CREATE TABLE cycles (
    id           TEXT PRIMARY KEY NOT NULL,
    case_id      TEXT NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    number       INTEGER NOT NULL CHECK (number >= 1),
    started_on   TEXT NOT NULL,
    finished_on  TEXT,
    created_at   TEXT NOT NULL,
    UNIQUE (case_id, number)
) STRICT;

CREATE TABLE cycle_steps (
    cycle_id     TEXT NOT NULL REFERENCES cycles (id) ON DELETE RESTRICT,
    step         TEXT NOT NULL CHECK (step IN ('signaleren', 'begrijpen', 'plannen', 'realiseren', 'vastleggen', 'evalueren')),
    state        TEXT NOT NULL CHECK (state IN ('open', 'in_progress', 'done', 'skipped')),
    skip_reason  TEXT,
    -- The date the step became current (previous step settled, or cycle start).
    current_since TEXT,
    settled_on   TEXT,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (cycle_id, step),
    CHECK (state <> 'skipped' OR length(trim(skip_reason)) > 0)
) STRICT;

CREATE TABLE case_records (
    id           TEXT PRIMARY KEY NOT NULL,
    case_id      TEXT NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    cycle_id     TEXT NOT NULL REFERENCES cycles (id) ON DELETE RESTRICT,
    kind         TEXT NOT NULL CHECK (kind IN ('signal', 'conversation', 'need', 'factor', 'goal', 'intervention', 'execution', 'plan_share', 'evaluation')),
    step         TEXT NOT NULL,
    record_date  TEXT NOT NULL,
    payload      TEXT NOT NULL CHECK (json_valid(payload)),
    -- The record of the previous cycle this one was carried over from.
    carried_from TEXT REFERENCES case_records (id),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;

CREATE INDEX case_records_by_cycle ON case_records (cycle_id, kind, created_at);
CREATE INDEX case_records_by_case ON case_records (case_id, record_date);

-- Changes to a finished cycle ("bijstellen"): what changed and why, on the timeline.
CREATE TABLE revisions (
    id          TEXT PRIMARY KEY NOT NULL,
    case_id     TEXT NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    cycle_id    TEXT NOT NULL REFERENCES cycles (id) ON DELETE RESTRICT,
    record_id   TEXT NOT NULL,
    note        TEXT NOT NULL CHECK (length(trim(note)) > 0),
    revised_on  TEXT NOT NULL,
    created_at  TEXT NOT NULL
) STRICT;

-- Unfinished form input, kept in the vault so nothing typed is lost on lock or close.
CREATE TABLE drafts (
    key         TEXT PRIMARY KEY NOT NULL,
    payload     TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

-- Cases opened before schema 2 get their first cycle, starting at Signaleren on the case's
-- start date (ids are random UUID-v4 text, as SQL cannot make v7 ones).
INSERT INTO cycles (id, case_id, number, started_on, created_at)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
             || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       id, 1, start_date, created_at
FROM cases;

INSERT INTO cycle_steps (cycle_id, step, state, current_since, updated_at)
SELECT cy.id, s.step, 'open', CASE WHEN s.step = 'signaleren' THEN cy.started_on END, cy.created_at
FROM cycles cy
CROSS JOIN (SELECT 'signaleren' AS step UNION ALL SELECT 'begrijpen' UNION ALL SELECT 'plannen'
            UNION ALL SELECT 'realiseren' UNION ALL SELECT 'vastleggen' UNION ALL SELECT 'evalueren') s;
