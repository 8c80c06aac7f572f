// The one seam between the UI and the Rust core. Components never import @tauri-apps/api.
import { invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import type { CommandMap, CommandName } from "./bindings/commands";
import type { ErrorCode } from "./bindings/ErrorCode";
import type { IpcError } from "./bindings/IpcError";

export type { IpcError } from "./bindings/IpcError";

/** Event the backend emits when it locks the vault after idle time. */
export const VAULT_LOCKED_EVENT = "vault-locked";

// A full Record, so tsc fails here too when the backend grows a code.
const KNOWN_CODES: Record<ErrorCode, true> = {
  not_found: true, invalid_transition: true, wrong_passphrase: true, corrupt: true, locked: true,
  vault_missing: true, vault_exists: true, database_too_new: true, io: true, internal: true,
  export_failed: true, template_invalid: true, step_incomplete: true,
  required: true, too_long: true, invalid_characters: true, invalid_date: true,
  date_in_future: true, date_before_birth: true, date_too_far_ahead: true, date_before_start: true,
  age_out_of_range: true, grade_out_of_range: true, invalid_email: true, invalid_phone: true,
  passphrase_too_short: true, passphrase_mismatch: true, invalid_recovery_key: true,
  out_of_range: true, invalid_school_year: true, outside_school_year: true,
  second_extension: true, extension_too_long: true, zorgplicht_no_other_school: true,
  decision_number_shape: true, safety_follows_meldcode: true, step_not_on_ladder: true,
  attachment_too_large: true, attachment_empty: true, attachment_unsupported_type: true,
  attachment_type_mismatch: true, pdf_damaged: true, pdf_no_pages: true, pdf_encrypted: true,
  image_damaged: true,
  meldcode_locked: true,
};
const ERROR_CODES: ReadonlySet<string> = new Set(Object.keys(KNOWN_CODES));

export function isIpcError(value: unknown): value is IpcError {
  if (value === null || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.code === "string" &&
    ERROR_CODES.has(v.code) &&
    typeof v.message === "string" &&
    (v.field === null || v.field === undefined || typeof v.field === "string")
  );
}

/** Turns whatever a rejected invoke gave us into an `IpcError`. */
export function toIpcError(e: unknown): IpcError {
  if (isIpcError(e)) {
    const field = e.field ?? null;
    const fields = Array.isArray(e.fields) ? e.fields : field ? [{ field, code: e.code }] : [];
    return { code: e.code, message: e.message, field, fields };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { code: "internal", message, field: null, fields: [] };
}

type LockedListener = () => void;
const lockedListeners = new Set<LockedListener>();

function notifyLocked(): void {
  for (const cb of [...lockedListeners]) cb();
}

/**
 * Calls a backend command. Resolves with its response; rejects with an `IpcError`.
 * A `locked` error also notifies every `onVaultLocked` listener.
 */
export async function call<K extends CommandName>(
  cmd: K,
  req: CommandMap[K]["request"],
): Promise<CommandMap[K]["response"]> {
  try {
    return await invoke<CommandMap[K]["response"]>(cmd, { req });
  } catch (e) {
    const err = toIpcError(e);
    if (err.code === "locked") notifyLocked();
    throw err;
  }
}

/**
 * Calls `cb` when the vault gets locked behind the UI's back: the backend's `vault-locked`
 * event (auto-lock after idle time) or any command failing with `locked`.
 * Returns a function that stops listening.
 */
export function onVaultLocked(cb: () => void): () => void {
  let active = true;
  const local: LockedListener = () => {
    if (active) cb();
  };
  lockedListeners.add(local);
  let unlisten: (() => void) | null = null;
  listen(VAULT_LOCKED_EVENT, () => {
    if (active) cb();
  })
    .then((fn) => {
      if (active) unlisten = fn;
      else fn();
    })
    .catch(() => {
      // Outside Tauri (plain browser) there is no event bus; locked errors still arrive.
    });
  return () => {
    active = false;
    lockedListeners.delete(local);
    unlisten?.();
  };
}
