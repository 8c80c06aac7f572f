// Building blocks of the kinds' read-only details: a label/value line, the field labels, and
// the texts for the parents/pupil-informed blocks and periods that several kinds share.
import type { ReactNode } from "react";
import type { CycleView } from "../../../ipc/bindings/CycleView";
import type { ParentsInformed } from "../../../ipc/bindings/ParentsInformed";
import type { PupilInformed } from "../../../ipc/bindings/PupilInformed";
import { t, type TKey } from "../../../i18n";
import { formatDate } from "../../../lib/dates";

/** One line of a record's details; nothing when the value is empty. */
export function Item({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === "") return null;
  return (
    <>
      <dt>{label}</dt>
      <dd className="preserve-lines">{children}</dd>
    </>
  );
}

export function parentsText(p: ParentsInformed | null): string {
  if (!p) return "";
  if (p.informed) return t("stepplan.parentsYes", { date: formatDate(p.date) });
  return p.reason ? t("stepplan.parentsNoReason", { reason: p.reason }) : t("stepplan.parentsNo");
}

export function pupilText(p: PupilInformed | null): string {
  if (!p) return "";
  if (p.informed) return t("stepplan.pupilYes", { date: formatDate(p.date) });
  return p.reason ? t("stepplan.pupilNoReason", { reason: p.reason }) : t("stepplan.pupilNo");
}

export const answerText = (v: boolean | null): string =>
  v === null ? t("stepplan.fields.answerNone") : v ? t("stepplan.fields.answerYes") : t("stepplan.fields.answerNo");

export function periodText(from: string | null, to: string | null): string {
  if (from && to) return t("stepplan.periodFromTo", { from: formatDate(from), to: formatDate(to) });
  if (from) return t("stepplan.periodFrom", { from: formatDate(from) });
  if (to) return t("stepplan.periodTo", { to: formatDate(to) });
  return "";
}

type FieldKey =
  | "source" | "observation" | "since" | "data" | "parents" | "participants" | "summary" | "agreements"
  | "targetDate" | "evaluationDate" | "level" | "who" | "period" | "frequency" | "goals" | "what"
  | "deviations" | "method" | "decision" | "notes" | "pupil" | "madeWith";

/** The label of a details line. */
export function fieldLabel(key: FieldKey): string {
  return t(`stepplan.fields.${key}`);
}

/** A date-titled record: "Uitvoering van 3 maart 2025". */
export function datedTitle(kind: TKey, date: string): string {
  return t("stepplan.recordDate", { kind: t(kind), date: formatDate(date) });
}

/** The description of a goal of `cycle`, for evaluations and interventions that name it. */
export function goalText(cycle: CycleView, id: string): string {
  const g = cycle.records.find((r) => r.id === id);
  return g && g.data.kind === "goal" ? g.data.description : t("stepplan.goalUnknown");
}
