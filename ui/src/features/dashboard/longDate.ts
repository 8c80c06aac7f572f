import { t } from "../../i18n";

type Weekday = "0" | "1" | "2" | "3" | "4" | "5" | "6";
type Month = "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "10" | "11" | "12";

/** ISO `2026-11-23` → "maandag 23 november 2026" (Dutch names, DOMAIN.md §14). */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [, y = "", mo = "", d = ""] = m;
  const weekday = String(new Date(`${y}-${mo}-${d}T00:00:00Z`).getUTCDay()) as Weekday;
  const month = String(Number(mo)) as Month;
  return t("dates.long", {
    weekday: t(`dates.weekdays.${weekday}`),
    day: Number(d),
    month: t(`dates.months.${month}`),
    year: y,
  });
}
