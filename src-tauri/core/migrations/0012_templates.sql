-- Ibis schema 0012 (issue 11 item 6): SWV templates imported from a file. The TOML text is kept
-- as imported, so a casus made with a template version keeps it word for word; the shipped
-- `landelijk` is built in and never stored here. The active template (id and version) is the
-- setting `active_template` (`id` and `version` on two lines; absent: landelijk).

CREATE TABLE templates (
    id           TEXT NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    name         TEXT NOT NULL,
    swv_name     TEXT NOT NULL,
    source       TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    imported_by  TEXT NOT NULL CHECK (imported_by IN ('app', 'cli')),
    PRIMARY KEY (id, version)
) STRICT;
