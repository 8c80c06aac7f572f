import { useRef } from "react";
import type { Template } from "../../../ipc/bindings/Template";
import { t } from "../../../i18n";
import { DateField, SelectField, TextAreaField } from "../../../components/Field";
import { formatDate, parseDateInput, todayIso } from "../../../lib/dates";
import { draftKey, isRevision, recIds, RecordFormShell, type RecordFormProps } from "../RecordFormShell";
import { useRecordForm } from "../useRecordForm";
import { orNull } from "./parents";
import { choiceLabel } from "../labels";
import type { KindModule } from "./kind";
import { datedTitle, fieldLabel as f, goalText, Item } from "./details";

interface EvaluationState {
  date: string;
  results: Record<string, { outcome: string; rationale: string }>;
  decision: string;
  notes: string;
}

/** Evalueren: per goal of the cycle an outcome with evidence, and the decision. */
export function EvaluationForm(props: RecordFormProps & { template: Template }) {
  const d = props.record?.data.kind === "evaluation" ? props.record.data : null;
  const { evaluationOutcomes, decisions } = props.template;
  const goals = props.cycle.records.flatMap((r) => (r.data.kind === "goal" ? [{ id: r.id, description: r.data.description }] : []));
  // The core names a result by its row in the request (`results[1].rationale`); `submitted`
  // is that order, so row i is the goal `submitted.current[i]`.
  const submitted = useRef<string[]>([]);
  const rowFields = (goalIds: readonly string[]) =>
    Object.fromEntries(
      goalIds.flatMap((goalId, row) => [
        [`results[${row}].outcome`, `rec-outcome-${goalId}`],
        [`results[${row}].rationale`, `rec-rationale-${goalId}`],
      ]),
    );
  const form = useRecordForm<EvaluationState>({
    caseId: props.caseId,
    record: props.record,
    revision: isRevision(props),
    draftKey: draftKey(props, "evaluation"),
    initial: {
      date: formatDate(d?.date ?? todayIso()),
      results: Object.fromEntries((d?.results ?? []).map((r) => [r.goalId, { outcome: r.outcome, rationale: r.rationale }])),
      decision: d?.decision ?? "",
      notes: d?.notes ?? "",
    },
    toPayload: (s) => ({
      kind: "evaluation",
      date: parseDateInput(s.date),
      results: goals.flatMap((g) => {
        const r = s.results[g.id];
        return r && r.outcome !== "" ? [{ goalId: g.id, outcome: r.outcome, rationale: r.rationale }] : [];
      }),
      decision: orNull(s.decision),
      notes: orNull(s.notes),
    }),
    fieldIds: {
      ...recIds("date", "decision", "notes"),
      ...rowFields(submitted.current),
    },
    onSaved: props.onSaved,
  });
  const { state: s, set } = form;
  // The core decides which decisions can be taken now (a TLV only after extra support).
  const unavailable = new Map((props.decisions ?? []).filter((o) => !o.available).map((o) => [o.key, o.reason ?? ""]));
  const err = form.errors.fieldError;
  submitted.current = goals.filter((g) => (s.results[g.id]?.outcome ?? "") !== "").map((g) => g.id);
  const setResult = (goalId: string, field: "outcome" | "rationale", value: string) => {
    const old = s.results[goalId] ?? { outcome: "", rationale: "" };
    set("results", { ...s.results, [goalId]: { ...old, [field]: value } });
  };
  const resultError = (goalId: string, field: "outcome" | "rationale") => {
    const row = submitted.current.indexOf(goalId);
    return row < 0 ? undefined : err(`results[${row}].${field}`);
  };
  return (
    <RecordFormShell kind="evaluation" props={props} form={form}>
      <div className="form-grid">
        <DateField id="rec-date" label={t("stepplan.fields.date")} value={s.date} onChange={(v) => set("date", v)} error={err("date")} />
      </div>
      <fieldset className="fieldset">
        <legend>{t("stepplan.fields.results")}</legend>
        {goals.length === 0 ? <p className="muted">{t("stepplan.fields.noGoals")}</p> : null}
        {goals.map((g) => (
          <div key={g.id} className="goal-result" data-testid="goal-result">
            <p className="goal-result-goal">{g.description}</p>
            <SelectField
              id={`rec-outcome-${g.id}`}
              label={t("stepplan.fields.outcome")}
              value={s.results[g.id]?.outcome ?? ""}
              onChange={(v) => setResult(g.id, "outcome", v)}
              options={[{ value: "", label: t("stepplan.fields.outcomeNone") }, ...evaluationOutcomes.map((c) => ({ value: c.key, label: c.label }))]}
              error={resultError(g.id, "outcome")}
            />
            <TextAreaField
              id={`rec-rationale-${g.id}`}
              label={t("stepplan.fields.rationale")}
              value={s.results[g.id]?.rationale ?? ""}
              onChange={(v) => setResult(g.id, "rationale", v)}
              error={resultError(g.id, "rationale")}
              rows={2}
            />
          </div>
        ))}
      </fieldset>
      <SelectField
        id="rec-decision"
        label={t("stepplan.fields.decision")}
        value={s.decision}
        onChange={(v) => set("decision", v)}
        options={[
          { value: "", label: t("stepplan.fields.decisionNone") },
          ...decisions.filter((c) => c.key === s.decision || !unavailable.has(c.key)).map((c) => ({ value: c.key, label: c.label })),
        ]}
        error={err("decision")}
      />
      {decisions
        .filter((c) => unavailable.has(c.key) && c.key !== s.decision)
        .map((c) => (
          <p key={c.key} className="muted decision-unavailable" data-testid="decision-unavailable">
            {t("stepplan.fields.decisionUnavailable", { label: c.label, reason: unavailable.get(c.key) ?? "" })}
          </p>
        ))}
      <TextAreaField id="rec-notes" label={t("stepplan.fields.notes")} value={s.notes} onChange={(v) => set("notes", v)} error={err("notes")} optional rows={3} />
    </RecordFormShell>
  );
}

export const evaluation: KindModule<"evaluation"> = {
  steps: ["evalueren"],
  step: () => "evalueren",
  Form: EvaluationForm,
  Details: ({ payload: p, template, cycle }) => (
    <dl className="details record-details">
      {p.results.map((r) => (
        <Item key={r.goalId} label={goalText(cycle, r.goalId)}>
          {choiceLabel(template.evaluationOutcomes, r.outcome)}: {r.rationale}
        </Item>
      ))}
      <Item label={f("decision")}>{choiceLabel(template.decisions, p.decision)}</Item>
      <Item label={f("notes")}>{p.notes}</Item>
    </dl>
  ),
  title: (p) => datedTitle(evaluation.labels.kind, p.date),
  timelineSubject: (p, template, stage) =>
    p.decision ? choiceLabel(template.decisions, p.decision) : evaluation.title(p, template, stage),
  labels: { kind: "stepplan.kinds.evaluation", add: "stepplan.add.evaluation" },
};
