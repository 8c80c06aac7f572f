// Pending draft writes, so the app shell can save what was typed before it locks the vault
// (after `vault_lock` the backend refuses every write, and the typed text would be lost).

type Flush = () => Promise<void>;

const pending = new Set<Flush>();

/** Registers a form's flush; returns the function that unregisters it. */
export function registerDraftFlush(flush: Flush): () => void {
  pending.add(flush);
  return () => {
    pending.delete(flush);
  };
}

/** Writes every pending draft now. Never rejects: a failed draft must not block locking. */
export async function flushDrafts(): Promise<void> {
  await Promise.all([...pending].map((f) => f().catch(() => undefined)));
}
