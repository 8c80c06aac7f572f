-- Ibis schema 3: Dutch surnames and praktijkonderwijs.
--
-- * Pupils and guardians get a tussenvoegsel (surname_prefix: "de", "van der", "in 't").
--   Existing names stay exactly as they were typed; the user can split them later.
-- * Pupils get sort_key (last name without tussenvoegsel, then first name, folded): lists
--   file "de Groot" under G. The key is computed in Rust (domain::names); rows from before
--   this migration get it when the vault is next opened (store::pupils::fill_sort_keys).
-- * Guardians' single `name` becomes first_name / surname_prefix / last_name; an existing
--   name moves whole into last_name, so it prints unchanged.
-- * education_type accepts 'pro' (praktijkonderwijs). SQLite cannot change a CHECK
--   constraint in place, so pupils is rebuilt (the documented 12-step procedure; foreign key
--   enforcement is switched off around the migration by store::schema and checked after).

CREATE TABLE pupils_new (
    id              TEXT PRIMARY KEY NOT NULL,
    first_name      TEXT NOT NULL CHECK (length(trim(first_name)) > 0),
    surname_prefix  TEXT,
    last_name       TEXT NOT NULL CHECK (length(trim(last_name)) > 0),
    birth_date      TEXT NOT NULL CHECK (birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    education_type  TEXT NOT NULL CHECK (education_type IN ('po', 'sbo', 'so', 'vo', 'vso', 'pro')),
    grade           INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 8),
    school          TEXT NOT NULL DEFAULT '',
    contact_person  TEXT,
    notes           TEXT,
    search_key      TEXT NOT NULL,
    sort_key        TEXT,
    archived_at     TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;

INSERT INTO pupils_new (id, first_name, surname_prefix, last_name, birth_date, education_type,
                        grade, school, contact_person, notes, search_key, sort_key, archived_at,
                        created_at, updated_at)
SELECT id, first_name, NULL, last_name, birth_date, education_type, grade, school,
       contact_person, notes, search_key, NULL, archived_at, created_at, updated_at
FROM pupils;

DROP TABLE pupils;
ALTER TABLE pupils_new RENAME TO pupils;

CREATE INDEX pupils_by_sort_key ON pupils (sort_key, id);

ALTER TABLE guardians RENAME COLUMN name TO last_name;
ALTER TABLE guardians ADD COLUMN first_name TEXT;
ALTER TABLE guardians ADD COLUMN surname_prefix TEXT;
