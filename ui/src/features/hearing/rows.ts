// The form-side shape of hoorrecht rows (what is typed) and their wire form. Rows are sent as
// typed, blank ones included: the core drops blank rows and names a failing row by its index
// in the request (`wishes[1].reason`), which is then the index on screen too.
import type { SchoolResponse } from "../../ipc/bindings/SchoolResponse";
import type { Wish } from "../../ipc/bindings/Wish";

export interface WishRow {
  words: string;
  /** "" while the school has not decided. */
  response: SchoolResponse | "";
  reason: string;
}

export const emptyWish = (): WishRow => ({ words: "", response: "", reason: "" });

export const wishRow = (wish: Wish): WishRow => ({
  words: wish.words,
  response: wish.response ?? "",
  reason: wish.reason ?? "",
});

export const wishWire = (row: WishRow): Wish => ({
  words: row.words,
  response: row.response === "" ? null : row.response,
  reason: row.reason === "" ? null : row.reason,
});

/** An optional text: empty is `null`, anything else exactly as typed. */
export const optional = (text: string): string | null => (text === "" ? null : text);

/** Element ids of a wish row's fields, by their request names (`wishes[0].reason`). */
export function wishFieldIds(prefix: string, count: number): Record<string, string> {
  const ids: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    ids[`wishes[${i}].words`] = `${prefix}-${i}-words`;
    ids[`wishes[${i}].response`] = `${prefix}-${i}-response`;
    ids[`wishes[${i}].reason`] = `${prefix}-${i}-reason`;
  }
  return ids;
}
