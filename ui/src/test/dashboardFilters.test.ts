import { describe, expect, it } from "vitest";
import type { DashboardEntry } from "../ipc/bindings/DashboardEntry";
import { filterItems, groupByHorizon, kindOptions, NO_FILTER, schoolOptions } from "../features/dashboard/filters";

function entry(over: Partial<DashboardEntry>): DashboardEntry {
  return {
    horizon: "overdue",
    horizonNote: null,
    kindLabel: "Evaluatie te laat",
    school: "De Regenboog",
    kind: "evaluation_overdue",
    caseId: null,
    caseTitle: null,
    pupilId: "p1",
    pupilName: "Lotte Meijer",
    recordId: null,
    subject: null,
    step: null,
    date: "2025-03-03",
    dueDate: "2025-03-03",
    days: 2,
    daysLate: 2,
    rule: "regel",
    source: "bron",
    ...over,
  };
}

const late = entry({});
const week = entry({ horizon: "this_week", kind: "hearing_due", kindLabel: "Hoorgesprek met de leerling", school: "SBO De Brug" });
const soon = entry({ horizon: "soon", kind: "evaluation_planned", kindLabel: "Evaluatie gepland", pupilId: "p2" });
const soonToo = entry({ horizon: "soon", kind: "step_due", kindLabel: "Wachttijd van een stap loopt af", school: "Al-Amal" });

describe("Vandaag's groups and filters", () => {
  it("groups by the core's horizon and keeps the core's order within a group", () => {
    const groups = groupByHorizon([soon, late, soonToo, week]);
    expect(groups.overdue).toEqual([late]);
    expect(groups.this_week).toEqual([week]);
    expect(groups.soon).toEqual([soon, soonToo]);
    expect(groupByHorizon([])).toEqual({ overdue: [], this_week: [], soon: [] });
  });

  it("offers each school and kind of the listed items once, alphabetically, with the core's name", () => {
    const items = [late, week, soon, soonToo];
    expect(schoolOptions(items)).toEqual(["Al-Amal", "De Regenboog", "SBO De Brug"]);
    expect(kindOptions(items)).toEqual([
      { kind: "evaluation_planned", label: "Evaluatie gepland" },
      { kind: "evaluation_overdue", label: "Evaluatie te laat" },
      { kind: "hearing_due", label: "Hoorgesprek met de leerling" },
      { kind: "step_due", label: "Wachttijd van een stap loopt af" },
    ]);
  });

  it("narrows to a school, a kind or both; no filter keeps everything", () => {
    const items = [late, week, soon, soonToo];
    expect(filterItems(items, NO_FILTER)).toEqual(items);
    expect(filterItems(items, { school: "De Regenboog", kind: "" })).toEqual([late, soon]);
    expect(filterItems(items, { school: "", kind: "step_due" })).toEqual([soonToo]);
    expect(filterItems(items, { school: "De Regenboog", kind: "step_due" })).toEqual([]);
  });
});
