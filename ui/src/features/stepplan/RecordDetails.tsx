import type { ReactNode } from "react";
import type { CycleView } from "../../ipc/bindings/CycleView";
import type { ParentsInformed } from "../../ipc/bindings/ParentsInformed";
import type { PupilInformed } from "../../ipc/bindings/PupilInformed";
import type { Template } from "../../ipc/bindings/Template";
import { t } from "../../i18n";
import { formatDate } from "../../lib/dates";
import { choiceLabel, conversationKindText, factorKindText, kindText, sourceText } from "./labels";
import type { RecordPayload } from "./records";
import { PlanSnapshotView } from "./PlanSnapshotView";

/** One line of a record's details; nothing when the value is empty. */
function Item({ label, children }: { label: string; children: ReactNode }) {
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

const answerText = (v: boolean | null): string =>
  v === null ? t("stepplan.fields.answerNone") : v ? t("stepplan.fields.answerYes") : t("stepplan.fields.answerNo");

export function periodText(from: string | null, to: string | null): string {
  if (from && to) return t("stepplan.periodFromTo", { from: formatDate(from), to: formatDate(to) });
  if (from) return t("stepplan.periodFrom", { from: formatDate(from) });
  if (to) return t("stepplan.periodTo", { to: formatDate(to) });
  return "";
}

/** A short title for a record (list items, timeline). */
export function recordTitle(p: RecordPayload, template: Template): string {
  switch (p.kind) {
    case "signal":
    case "execution":
    case "plan_share":
    case "evaluation":
      return t("stepplan.recordDate", { kind: kindText(p.kind), date: formatDate(p.date) });
    case "conversation":
      return t("stepplan.conversationTitle", { kind: conversationKindText(p.conversationKind), date: formatDate(p.date) });
    case "need":
    case "goal":
    case "intervention":
      return p.description;
    case "factor":
      return t("stepplan.factorTitle", { kind: factorKindText(p.factorKind), domain: choiceLabel(template.factorDomains, p.domain) });
  }
}

/** The fields of one record, read-only. */
export function RecordDetails({ payload: p, template, cycle }: { payload: RecordPayload; template: Template; cycle: CycleView }) {
  const f = (key: Parameters<typeof fieldLabel>[0]) => fieldLabel(key);
  const goalText = (id: string) => {
    const g = cycle.records.find((r) => r.id === id);
    return g && g.data.kind === "goal" ? g.data.description : t("stepplan.goalUnknown");
  };
  switch (p.kind) {
    case "signal":
      return (
        <dl className="details record-details">
          <Item label={f("source")}>{p.source === "other" && p.sourceOther ? p.sourceOther : sourceText(p.source)}</Item>
          <Item label={f("observation")}>{p.observation}</Item>
          <Item label={f("since")}>{formatDate(p.since)}</Item>
          <Item label={f("data")}>{p.data}</Item>
          <Item label={f("parents")}>{parentsText(p.parents)}</Item>
          <Item label={f("pupil")}>{pupilText(p.pupilInformed)}</Item>
        </dl>
      );
    case "conversation":
      return (
        <dl className="details record-details">
          <Item label={f("participants")}>{p.participants}</Item>
          <Item label={f("summary")}>{p.summary}</Item>
          <Item label={f("agreements")}>{p.agreements}</Item>
          <Item label={f("parents")}>{parentsText(p.parents)}</Item>
        </dl>
      );
    case "need":
    case "factor":
      return p.kind === "factor" ? <p className="preserve-lines">{p.description}</p> : null;
    case "goal":
      return (
        <dl className="details record-details">
          <Item label={f("targetDate")}>{formatDate(p.targetDate)}</Item>
          <Item label={f("evaluationDate")}>{p.evaluationDate ? formatDate(p.evaluationDate) : t("stepplan.fields.evaluationDateMissing")}</Item>
          <Item label={f("madeWith")}>
            {p.madeWithParents === null && p.madeWithPupil === null
              ? ""
              : t("stepplan.madeWithText", { parents: answerText(p.madeWithParents), pupil: answerText(p.madeWithPupil) })}
          </Item>
        </dl>
      );
    case "intervention":
      return (
        <dl className="details record-details">
          <Item label={f("level")}>
            {choiceLabel(template.interventionLevels, p.level)}
            {p.levelNote ? ` — ${p.levelNote}` : ""}
          </Item>
          <Item label={f("who")}>{p.who}</Item>
          <Item label={f("period")}>{periodText(p.startDate, p.endDate)}</Item>
          <Item label={f("frequency")}>{p.frequency}</Item>
          <Item label={f("goals")}>{p.goalIds.length > 0 ? p.goalIds.map(goalText).join("; ") : ""}</Item>
        </dl>
      );
    case "execution":
      return (
        <dl className="details record-details">
          <Item label={f("what")}>{p.what}</Item>
          <Item label={f("deviations")}>{p.deviations}</Item>
        </dl>
      );
    case "plan_share":
      return (
        <>
          <dl className="details record-details">
            <Item label={f("method")}>{p.method}</Item>
          </dl>
          {p.snapshot ? <PlanSnapshotView snapshot={p.snapshot} template={template} /> : null}
        </>
      );
    case "evaluation":
      return (
        <dl className="details record-details">
          {p.results.map((r) => (
            <Item key={r.goalId} label={goalText(r.goalId)}>
              {choiceLabel(template.evaluationOutcomes, r.outcome)}: {r.rationale}
            </Item>
          ))}
          <Item label={f("decision")}>{choiceLabel(template.decisions, p.decision)}</Item>
          <Item label={f("notes")}>{p.notes}</Item>
        </dl>
      );
  }
}

type FieldKey =
  | "source" | "observation" | "since" | "data" | "parents" | "participants" | "summary" | "agreements"
  | "targetDate" | "evaluationDate" | "level" | "who" | "period" | "frequency" | "goals" | "what"
  | "deviations" | "method" | "decision" | "notes" | "pupil" | "madeWith";

function fieldLabel(key: FieldKey): string {
  return t(`stepplan.fields.${key}`);
}
