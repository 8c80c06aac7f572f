// The OPP draft form as typed, and its wire form. Rows are sent as typed, blank ones included:
// the core drops blank rows and names a failing row by its index in the request
// (`action.support[1].what`), which is then the index on screen too. Dates are typed as
// dd-mm-jjjj and sent as ISO; a pre-filled item keeps its `source` through every save.
import type { DeviationKind } from "../../ipc/bindings/DeviationKind";
import type { FactorKind } from "../../ipc/bindings/FactorKind";
import type { ItemSource } from "../../ipc/bindings/ItemSource";
import type { OppContent } from "../../ipc/bindings/OppContent";
import type { OppReason } from "../../ipc/bindings/OppReason";
import { formatDate, parseDateInput } from "../../lib/dates";

export interface TextRow {
  text: string;
  source: ItemSource | null;
}

export interface FactorRow {
  factorKind: FactorKind;
  domain: string;
  description: string;
  source: ItemSource | null;
}

export interface GoalRow {
  /** "" until chosen. */
  area: string;
  description: string;
  /** As typed (dd-mm-jjjj). */
  evaluationDate: string;
  source: ItemSource | null;
}

export interface SupportRow {
  what: string;
  who: string;
  frequency: string;
  from: string;
  source: ItemSource | null;
}

export interface DeviationRow {
  deviationKind: DeviationKind;
  subject: string;
  description: string;
  until: string;
  returnPlan: string;
}

export interface QuoteRow {
  question: string;
  words: string;
  source: ItemSource | null;
}

export interface OppFormState {
  reason: OppReason;
  exitDestination: string;
  exitNote: string;
  reasoning: string;
  needs: TextRow[];
  factors: FactorRow[];
  goals: GoalRow[];
  support: SupportRow[];
  deviations: DeviationRow[];
  quotes: QuoteRow[];
  childGoals: TextRow[];
  parentsView: string;
  parentsViewSource: ItemSource | null;
}

const text = (value: string | null | undefined): string => value ?? "";
const optional = (value: string): string | null => (value === "" ? null : value);
const date = (typed: string): string | null => optional(parseDateInput(typed));

export function formState(reason: OppReason, content: OppContent): OppFormState {
  const { perspective, action, pupilVoice } = content;
  return {
    reason,
    exitDestination: text(perspective.exitDestination),
    exitNote: text(perspective.exitNote),
    reasoning: perspective.reasoning,
    needs: perspective.needs.map((n) => ({ text: n.text, source: n.source })),
    factors: perspective.factors.map((f) => ({ ...f })),
    goals: action.goals.map((g) => ({
      area: text(g.area),
      description: g.description,
      evaluationDate: formatDate(g.evaluationDate),
      source: g.source,
    })),
    support: action.support.map((s) => ({
      what: s.what,
      who: text(s.who),
      frequency: text(s.frequency),
      from: formatDate(s.from),
      source: s.source,
    })),
    deviations: action.deviations.map((d) => ({
      deviationKind: d.deviationKind,
      subject: text(d.subject),
      description: d.description,
      until: formatDate(d.until),
      returnPlan: text(d.returnPlan),
    })),
    quotes: pupilVoice.quotes.map((q) => ({ question: text(q.question), words: q.words, source: q.source })),
    childGoals: pupilVoice.childGoals.map((g) => ({ text: g.text, source: g.source })),
    parentsView: text(content.parentsView?.text),
    parentsViewSource: content.parentsView?.source ?? null,
  };
}

export function contentWire(s: OppFormState): OppContent {
  return {
    perspective: {
      exitDestination: optional(s.exitDestination),
      exitNote: optional(s.exitNote),
      reasoning: s.reasoning,
      needs: s.needs.map((n) => ({ text: n.text, source: n.source })),
      factors: s.factors.map((f) => ({ ...f })),
    },
    action: {
      goals: s.goals.map((g) => ({
        area: optional(g.area),
        description: g.description,
        evaluationDate: date(g.evaluationDate),
        source: g.source,
      })),
      support: s.support.map((row) => ({
        what: row.what,
        who: optional(row.who),
        frequency: optional(row.frequency),
        from: date(row.from),
        source: row.source,
      })),
      deviations: s.deviations.map((d) => ({
        deviationKind: d.deviationKind,
        subject: optional(d.subject),
        description: d.description,
        until: date(d.until),
        returnPlan: optional(d.returnPlan),
      })),
    },
    pupilVoice: {
      quotes: s.quotes.map((q) => ({ question: optional(q.question), words: q.words, source: q.source })),
      childGoals: s.childGoals.map((g) => ({ text: g.text, source: g.source })),
    },
    parentsView: s.parentsView === "" ? null : { text: s.parentsView, source: s.parentsViewSource },
  };
}

export const emptyFactor = (kind: FactorKind, domain: string): FactorRow => ({ factorKind: kind, domain, description: "", source: null });
export const emptyGoal = (): GoalRow => ({ area: "", description: "", evaluationDate: "", source: null });
export const emptySupport = (): SupportRow => ({ what: "", who: "", frequency: "", from: "", source: null });
export const emptyDeviation = (): DeviationRow => ({ deviationKind: "eigen_leerlijn", subject: "", description: "", until: "", returnPlan: "" });
export const emptyQuote = (): QuoteRow => ({ question: "", words: "", source: null });
export const emptyText = (): TextRow => ({ text: "", source: null });

/** Which fields a deviation of each kind asks for (the core requires them the same way). */
export function deviationFields(kind: DeviationKind): { subject: boolean; until: boolean; returnPlan: boolean } {
  switch (kind) {
    case "eigen_leerlijn":
    case "vrijstelling":
      return { subject: true, until: false, returnPlan: false };
    case "aangepaste_onderwijstijd":
      return { subject: false, until: true, returnPlan: true };
  }
}

const ROW_FIELDS: Array<[string, keyof OppFormState, string[]]> = [
  ["perspective.factors", "factors", ["kind:factorKind", "domain", "description"]],
  ["action.goals", "goals", ["area", "description", "evaluationDate"]],
  ["action.support", "support", ["what", "who", "frequency", "from"]],
  ["action.deviations", "deviations", ["kind:deviationKind", "subject", "description", "until", "returnPlan"]],
  ["pupilVoice.quotes", "quotes", ["question", "words"]],
];

/** Element id prefix of each row list. */
export const ROW_IDS = {
  needs: "opp-need",
  factors: "opp-factor",
  goals: "opp-goal",
  support: "opp-support",
  deviations: "opp-deviation",
  quotes: "opp-quote",
  childGoals: "opp-childGoal",
} as const;

/** Element ids of every field, by the request's field names (`action.goals[0].area`). */
export function oppFieldIds(s: OppFormState): Record<string, string> {
  const ids: Record<string, string> = {
    reason: "opp-reason",
    "perspective.exitDestination": "opp-exitDestination",
    "perspective.exitNote": "opp-exitNote",
    "perspective.reasoning": "opp-reasoning",
    "perspective.needs": `${ROW_IDS.needs}-add`,
    "perspective.factors": `${ROW_IDS.factors}-add`,
    "perspective.factors.hindering": `${ROW_IDS.factors}-add`,
    "perspective.factors.helping": `${ROW_IDS.factors}-add`,
    "action.goals": `${ROW_IDS.goals}-add`,
    "action.support": `${ROW_IDS.support}-add`,
    "action.deviations": `${ROW_IDS.deviations}-add`,
    "pupilVoice.quotes": `${ROW_IDS.quotes}-add`,
    "pupilVoice.childGoals": `${ROW_IDS.childGoals}-add`,
    parentsView: "opp-parentsView",
  };
  s.needs.forEach((_, i) => (ids[`perspective.needs[${i}]`] = `${ROW_IDS.needs}-${i}`));
  s.childGoals.forEach((_, i) => (ids[`pupilVoice.childGoals[${i}]`] = `${ROW_IDS.childGoals}-${i}`));
  for (const [field, key, names] of ROW_FIELDS) {
    const prefix = ROW_IDS[key as keyof typeof ROW_IDS];
    const rows = s[key] as unknown[];
    rows.forEach((_, i) => {
      for (const name of names) {
        const [idPart, wire] = name.includes(":") ? (name.split(":") as [string, string]) : [name, name];
        ids[`${field}[${i}].${wire}`] = `${prefix}-${i}-${idPart}`;
      }
    });
  }
  return ids;
}
