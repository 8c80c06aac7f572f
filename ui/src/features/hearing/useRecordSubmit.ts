// Saving or deleting a hoorrecht record (hoorgesprek, zienswijze ouders): one action at a time;
// on success the form's draft is forgotten and the pupil page shows what happened; on failure
// the core's field errors stay on the form. Both forms submit through this.
import { useState } from "react";
import { navigate } from "../../app/router";
import { setFlash } from "./flash";

interface Forgets {
  forget(): Promise<void>;
}

interface ShowsErrors {
  clear(): void;
  setError(error: unknown): void;
}

export function useRecordSubmit(pupilId: string, form: Forgets, errors: ShowsErrors) {
  const [busy, setBusy] = useState(false);
  const toPupil = () => navigate({ name: "pupil", id: pupilId });

  /** Runs `action` (the IPC call); `flash` is the pupil page's message afterwards. */
  async function run(action: () => Promise<unknown>, flash: string) {
    if (busy) return;
    setBusy(true);
    errors.clear();
    try {
      await action();
      await form.forget();
      setFlash(flash);
      toPupil();
    } catch (err) {
      errors.setError(err);
      setBusy(false);
    }
  }

  return { busy, run, toPupil };
}
