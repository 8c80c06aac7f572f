import type { DashboardEntry } from "../../ipc/bindings/DashboardEntry";
import type { DashboardKind } from "../../ipc/bindings/DashboardKind";
import type { Horizon } from "../../ipc/bindings/Horizon";

/**
 * Presentation of Vandaag's items: the groups the core assigned (`horizon`), in their order, and
 * narrowing the list to a chosen school or kind. No rule lives here — which group an item is in
 * and what a kind is called come from the core.
 */

/** The groups, most urgent first. */
export const HORIZONS: readonly Horizon[] = ["overdue", "this_week", "soon"];

/** The chosen school and kind; `""` means all. */
export type DashboardFilter = { school: string; kind: DashboardKind | "" };

export const NO_FILTER: DashboardFilter = { school: "", kind: "" };

export function filterItems(items: readonly DashboardEntry[], filter: DashboardFilter): DashboardEntry[] {
  return items.filter((item) => (filter.school === "" || item.school === filter.school) && (filter.kind === "" || item.kind === filter.kind));
}

/** The items per group, each in the core's order. */
export function groupByHorizon(items: readonly DashboardEntry[]): Record<Horizon, DashboardEntry[]> {
  const groups: Record<Horizon, DashboardEntry[]> = { overdue: [], this_week: [], soon: [] };
  for (const item of items) groups[item.horizon].push(item);
  return groups;
}

const collator = new Intl.Collator("nl");

/** The schools of the listed items, once each, alphabetically. */
export function schoolOptions(items: readonly DashboardEntry[]): string[] {
  return [...new Set(items.map((item) => item.school))].sort(collator.compare);
}

/** The kinds of the listed items, once each, with the core's Dutch name, alphabetically by it. */
export function kindOptions(items: readonly DashboardEntry[]): Array<{ kind: DashboardKind; label: string }> {
  const seen = new Map<DashboardKind, string>();
  for (const item of items) if (!seen.has(item.kind)) seen.set(item.kind, item.kindLabel);
  return [...seen].map(([kind, label]) => ({ kind, label })).sort((a, b) => collator.compare(a.label, b.label));
}
