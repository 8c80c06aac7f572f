import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { call, toIpcError } from "../../ipc/client";
import type { CaseDetail } from "../../ipc/bindings/CaseDetail";
import type { RecordView } from "../../ipc/bindings/RecordView";
import { useFormErrors } from "../../lib/useFormErrors";
import { registerDraftFlush } from "../../lib/drafts";
import { toWire, type RecordPayload } from "./records";

/** Typing pauses this long before the draft is written (blur and locking write at once). */
export const DRAFT_DEBOUNCE_MS = 800;

interface DraftPayload<S> {
  v: 1;
  state: Partial<S>;
  revisionNote: string;
}

export interface RecordFormOptions<S> {
  caseId: string;
  record: RecordView | null;
  /** The record's cycle is finished: saving is a correction ("corrigeren") and needs a note. */
  revision: boolean;
  draftKey: string;
  initial: S;
  toPayload: (state: S) => RecordPayload;
  /** Request field name (camelCase) → element id; `revisionNote` is added. */
  fieldIds: Readonly<Record<string, string>>;
  onSaved: (detail: CaseDetail) => void;
}

/**
 * State, drafts and saving for one record form. What is typed is written as a draft to the
 * vault (debounced, on blur, before locking, and when the form goes away), restored when the
 * form opens again, and deleted once the record is saved.
 */
export function useRecordForm<S extends object>(o: RecordFormOptions<S>) {
  const [state, setStateRaw] = useState<S>(o.initial);
  const [revisionNote, setRevisionNoteRaw] = useState("");
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [draftFailed, setDraftFailed] = useState(false);
  const [discarded, setDiscarded] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors({ ...o.fieldIds, correctionNote: "rec-revisionNote" });

  const latest = useRef({ state: o.initial, revisionNote: "" });
  const dirty = useRef(false);
  const unwritten = useRef(false);
  const timer = useRef<number | null>(null);
  // One id per opened form: the core audits the first autosave of a form session only.
  const formSession = useRef(crypto.randomUUID());
  const key = o.draftKey;

  const writeDraft = useCallback(async () => {
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
    if (!unwritten.current) return;
    unwritten.current = false;
    const payload: DraftPayload<S> = { v: 1, state: latest.current.state, revisionNote: latest.current.revisionNote };
    try {
      await call("draft_save", { key, payload: JSON.stringify(payload), formSession: formSession.current });
      setDraftFailed(false);
    } catch (e) {
      unwritten.current = true;
      // `locked` is the shell's business (it shows the unlock screen); the draft is retried.
      if (toIpcError(e).code !== "locked") setDraftFailed(true);
    }
  }, [key]);

  useEffect(() => {
    const unregister = registerDraftFlush(writeDraft);
    return () => {
      unregister();
      void writeDraft();
    };
  }, [writeDraft]);

  useEffect(() => {
    let current = true;
    call("draft_get", { key }).then(
      (draft) => {
        if (!current || draft.payload === null || dirty.current) return;
        try {
          const parsed = JSON.parse(draft.payload) as DraftPayload<S>;
          const restored = { ...o.initial, ...parsed.state };
          latest.current = { state: restored, revisionNote: parsed.revisionNote ?? "" };
          setStateRaw(restored);
          setRevisionNoteRaw(parsed.revisionNote ?? "");
          setRestoredAt(draft.updatedAt ?? "");
          dirty.current = true;
        } catch {
          // A draft this version cannot read is ignored, not fatal.
        }
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
    // Restores once per key; the initial values of that moment are what a draft completes.
  }, [key]);

  const changed = () => {
    dirty.current = true;
    unwritten.current = true;
    setDiscarded(false);
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void writeDraft(), DRAFT_DEBOUNCE_MS);
  };

  const set = <K extends keyof S>(field: K, value: S[K]) => {
    const next = { ...latest.current.state, [field]: value };
    latest.current = { ...latest.current, state: next };
    setStateRaw(next);
    changed();
  };

  const setRevisionNote = (value: string) => {
    latest.current = { ...latest.current, revisionNote: value };
    setRevisionNoteRaw(value);
    changed();
  };

  async function discard() {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    unwritten.current = false;
    dirty.current = false;
    latest.current = { state: o.initial, revisionNote: "" };
    setStateRaw(o.initial);
    setRevisionNoteRaw("");
    setRestoredAt(null);
    setDiscarded(true);
    errors.clear();
    await call("draft_delete", { key }).catch(() => undefined);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    let payload: RecordPayload;
    try {
      payload = o.toPayload(latest.current.state);
    } catch (err) {
      errors.setError(err);
      setBusy(false);
      return;
    }
    try {
      const detail = await call("record_save", {
        caseId: o.caseId,
        recordId: o.record?.id ?? null,
        data: toWire(payload),
        correctionNote: o.revision ? latest.current.revisionNote : null,
      });
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = null;
      unwritten.current = false;
      dirty.current = false;
      await call("draft_delete", { key }).catch(() => undefined);
      o.onSaved(detail);
    } catch (err) {
      errors.setError(err);
      setBusy(false);
    }
  }

  return {
    state,
    set,
    revisionNote,
    setRevisionNote,
    restoredAt,
    draftFailed,
    discarded,
    discard,
    /** Write the draft now (used on blur). */
    flush: () => void writeDraft(),
    busy,
    submit,
    errors,
    revision: o.revision,
  };
}

export type RecordForm<S extends object> = ReturnType<typeof useRecordForm<S>>;
