// Dutch date display (dd-mm-jjjj) and lenient input parsing. The UI never rejects a date
// itself: whatever does not parse is sent as typed and the backend answers `invalid_date`.

const pad2 = (n: string): string => n.padStart(2, "0");

/** `2016-09-05` (or an RFC 3339 instant) → `05-09-2016`. Anything else is returned as is. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${m[3]}-${m[2]}-${m[1]}`;
}

/**
 * What the user typed in a date field → ISO `jjjj-mm-dd`.
 * Accepts `dd-mm-jjjj`, `d-m-jjjj` (also with `/` or `.`) and ISO. Impossible dates such as
 * `31-02-2015` are converted without checking (→ `2015-02-31`). Empty stays empty; text that
 * is no date at all is passed through unchanged so the backend can say what is wrong.
 */
export function parseDateInput(text: string): string {
  const s = text.trim();
  if (s === "") return "";
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (dutch) {
    const [, d = "", m = "", y = ""] = dutch;
    return `${y}-${pad2(m)}-${pad2(d)}`;
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) {
    const [, y = "", m = "", d = ""] = iso;
    return `${y}-${pad2(m)}-${pad2(d)}`;
  }
  return s;
}

/** Today's local date as ISO `jjjj-mm-dd`. */
export function todayIso(now: Date = new Date()): string {
  const y = String(now.getFullYear());
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** An RFC 3339 instant → local `dd-mm-jjjj om uu:mm`. Anything unparsable is returned as is. */
export function formatDateTime(instant: string | null | undefined, join: (date: string, time: string) => string): string {
  if (!instant) return "";
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return instant;
  const date = `${pad(d.getDate())}-${pad(d.getMonth() + 1)}-${d.getFullYear()}`;
  return join(date, `${pad(d.getHours())}:${pad(d.getMinutes())}`);
}

/** Whole days from ISO date `a` to ISO date `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  const ms = Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}
