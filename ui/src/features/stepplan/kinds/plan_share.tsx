import { t } from "../../../i18n";
import { DateField, TextField } from "../../../components/Field";
import { formatDate, parseDateInput, todayIso } from "../../../lib/dates";
import { draftKey, isRevision, recIds, RecordFormShell, type RecordFormProps } from "../RecordFormShell";
import { useRecordForm } from "../useRecordForm";
import type { KindModule } from "./kind";
import { short } from "./kind";
import { datedTitle, fieldLabel as f, Item } from "./details";
import { PlanSnapshotView } from "../PlanSnapshotView";

interface PlanShareState {
  date: string;
  method: string;
}

/** Vastleggen: when and how the plan was shared with the parents (Ibis freezes a snapshot). */
export function PlanShareForm(props: RecordFormProps) {
  const d = props.record?.data.kind === "plan_share" ? props.record.data : null;
  const form = useRecordForm<PlanShareState>({
    caseId: props.caseId,
    record: props.record,
    revision: isRevision(props),
    draftKey: draftKey(props, "plan_share"),
    initial: { date: formatDate(d?.date ?? todayIso()), method: d?.method ?? "" },
    toPayload: (s) => ({ kind: "plan_share", date: parseDateInput(s.date), method: s.method, snapshot: null }),
    fieldIds: recIds("date", "method"),
    onSaved: props.onSaved,
  });
  const { state: s, set } = form;
  const err = form.errors.fieldError;
  return (
    <RecordFormShell kind="plan_share" props={props} form={form}>
      <div className="form-grid">
        <DateField id="rec-date" label={t("stepplan.fields.date")} value={s.date} onChange={(v) => set("date", v)} error={err("date")} />
        <TextField
          id="rec-method"
          label={t("stepplan.fields.method")}
          hint={t("stepplan.fields.methodHint")}
          value={s.method}
          onChange={(v) => set("method", v)}
          error={err("method")}
        />
      </div>
    </RecordFormShell>
  );
}

export const planShare: KindModule<"plan_share"> = {
  steps: ["vastleggen"],
  step: () => "vastleggen",
  Form: PlanShareForm,
  Details: ({ payload: p, template }) => (
    <>
      <dl className="details record-details">
        <Item label={f("method")}>{p.method}</Item>
      </dl>
      {p.snapshot ? <PlanSnapshotView snapshot={p.snapshot} template={template} /> : null}
    </>
  ),
  title: (p) => datedTitle(planShare.labels.kind, p.date),
  timelineSubject: (p) => short(p.method),
  labels: { kind: "stepplan.kinds.plan_share", add: "stepplan.add.plan_share" },
};
