import type { MeldcodePage } from "../../ipc/bindings/MeldcodePage";

/** What every meldcode form shares: the refreshed page, or the grant has run out. */
export interface FormProps {
  onDone: (page: MeldcodePage) => void;
  /** The core refused for want of a live grant (`meldcode_locked`): ask the passphrase again. */
  onLocked: () => void;
}

/** Whether the core refused because the access ran out (the page asks the passphrase again). */
export function isLocked(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === "meldcode_locked";
}

/** Trimmed text, or null when empty (optional fields). */
export function optionalText(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === "" ? null : trimmed;
}
