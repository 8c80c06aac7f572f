// Form state that survives leaving the page, locking and restarting: what is typed is written
// as a draft to the vault (debounced, on blur, before locking and when the form goes away) and
// restored when the form opens again. The same pattern as the stappenplan's record forms
// (`useRecordForm`), for forms that save through their own command.
import { useCallback, useEffect, useRef, useState } from "react";
import { call, toIpcError } from "../../ipc/client";
import { registerDraftFlush } from "../../lib/drafts";
import { DRAFT_DEBOUNCE_MS } from "../stepplan/useRecordForm";

interface DraftPayload<S> {
  v: 1;
  state: Partial<S>;
}

/** The draft-backed state of one form under `key`, starting from `initial`. */
export function useDraftState<S extends object>(key: string, initial: S) {
  const [state, setStateRaw] = useState<S>(initial);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [draftFailed, setDraftFailed] = useState(false);
  const [discarded, setDiscarded] = useState(false);

  const latest = useRef(initial);
  const initialRef = useRef(initial);
  const dirty = useRef(false);
  const unwritten = useRef(false);
  const timer = useRef<number | null>(null);
  // One id per opened form: the core audits the first autosave of a form session only.
  const formSession = useRef(crypto.randomUUID());

  const stopTimer = () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  };

  const writeDraft = useCallback(async () => {
    stopTimer();
    if (!unwritten.current) return;
    unwritten.current = false;
    const payload: DraftPayload<S> = { v: 1, state: latest.current };
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
          const restored = { ...initialRef.current, ...parsed.state };
          latest.current = restored;
          setStateRaw(restored);
          setRestoredAt(draft.updatedAt ?? "");
          dirty.current = true;
        } catch {
          // A draft this version cannot read is ignored, not fatal.
        }
      },
      // No draft to restore is not an error the user can act on; the form stays as opened.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [key]);

  /** Replaces the state with `next(state)` and schedules the draft. */
  const update = useCallback((next: (state: S) => S) => {
    const value = next(latest.current);
    latest.current = value;
    setStateRaw(value);
    dirty.current = true;
    unwritten.current = true;
    setDiscarded(false);
    stopTimer();
    timer.current = window.setTimeout(() => void writeDraft(), DRAFT_DEBOUNCE_MS);
  }, [writeDraft]);

  const set = <K extends keyof S>(field: K, value: S[K]) => update((s) => ({ ...s, [field]: value }));

  async function discard() {
    stopTimer();
    unwritten.current = false;
    dirty.current = false;
    latest.current = initialRef.current;
    setStateRaw(initialRef.current);
    setRestoredAt(null);
    setDiscarded(true);
    await call("draft_delete", { key }).catch(() => undefined);
  }

  /** After a save or delete: nothing left to write, and the stored draft goes. */
  async function forget() {
    stopTimer();
    unwritten.current = false;
    dirty.current = false;
    await call("draft_delete", { key }).catch(() => undefined);
  }

  return {
    state,
    /** The newest state, also inside an event handler that runs before React re-renders. */
    latest: () => latest.current,
    set,
    update,
    restoredAt,
    draftFailed,
    discarded,
    discard,
    forget,
    /** Write the draft now (used on blur). */
    flush: () => void writeDraft(),
  };
}

export type DraftState<S extends object> = ReturnType<typeof useDraftState<S>>;
