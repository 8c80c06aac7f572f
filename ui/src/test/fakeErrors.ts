// Errors and date checks shared by the fake backend's modules, shaped like the core's.
import type { ErrorCode } from "../ipc/bindings/ErrorCode";
import type { IpcError } from "../ipc/bindings/IpcError";

export function fail(code: ErrorCode, field: string | null = null, message: string = code): never {
  const err: IpcError = { code, message, field, fields: field ? [{ field, code }] : [] };
  throw err;
}

/** A required ISO date; `today` set means it may not lie after today. */
export function checkDate(value: string, field: string, today: string | null): string {
  if (value.trim() === "") fail("required", field);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) fail("invalid_date", field);
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) fail("invalid_date", field);
  if (today !== null && value > today) fail("date_in_future", field);
  return value;
}

export function optionalDate(value: string | null, field: string): string | null {
  if (value === null || value.trim() === "") return null;
  return checkDate(value, field, null);
}

export function required(value: string, field: string): string {
  const v = value.trim();
  if (v === "") fail("required", field);
  return v;
}

export function optional(value: string | null): string | null {
  const v = value?.trim() ?? "";
  return v === "" ? null : v;
}
