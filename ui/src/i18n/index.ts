import nl from "./nl.json";
import type { ErrorCode } from "../ipc/bindings/ErrorCode";

/** Dotted paths to every string leaf of the dictionary, e.g. `"vault.unlockTitle"`. */
type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type TKey = Leaves<typeof nl>;
export type TParams = Record<string, string | number>;

/**
 * One Dutch text per error code. Typed as a full `Record`, so `tsc` fails when the backend adds
 * a code that `nl.json` does not translate yet.
 */
const errorTexts: Record<ErrorCode, string> = nl.errors;

function lookup(key: string): string | undefined {
  let node: unknown = nl;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** Looks up a Dutch text and fills `{name}` placeholders. Unknown keys show the key itself. */
export function t(key: TKey, params?: TParams): string {
  const text = lookup(key) ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The Dutch text for an error code. */
export function errorText(code: ErrorCode): string {
  return errorTexts[code] ?? errorTexts.internal;
}
