-- Ibis schema 0011 (issue 10 item 3): attachments to a pupil's file (onderzoeksverslagen,
-- toetsoverzichten, scans). Only the metadata lives here; the bytes live in the vault's second
-- SQLCipher file `attachments.db` (same data key), so unlock, which checks every page of this
-- file, does not slow down as attachments grow. `sha256` is checked whenever the bytes are read.
-- (0010 is the TLV aggregate, issue 10's other branch.)

CREATE TABLE attachments (
    id             TEXT PRIMARY KEY NOT NULL,
    pupil_id       TEXT NOT NULL REFERENCES pupils (id) ON DELETE RESTRICT,
    title          TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('onderzoeksverslag', 'toetsoverzicht',
                       'deskundigenadvies', 'ot_verslag', 'scan', 'anders')),
    document_date  TEXT,
    source         TEXT,
    media          TEXT NOT NULL CHECK (media IN ('pdf', 'jpeg', 'png')),
    size_bytes     INTEGER NOT NULL CHECK (size_bytes > 0),
    page_count     INTEGER CHECK (page_count > 0),
    width          INTEGER,
    height         INTEGER,
    components     INTEGER,
    bit_depth      INTEGER,
    sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
    added_at       TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;

CREATE INDEX attachments_by_pupil ON attachments (pupil_id, added_at);
