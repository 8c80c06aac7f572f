import { t } from "../../../i18n";
import { DateField, TextAreaField } from "../../../components/Field";
import { formatDate, parseDateInput, todayIso } from "../../../lib/dates";
import { draftKey, isRevision, recIds, RecordFormShell, type RecordFormProps } from "../RecordFormShell";
import { useRecordForm } from "../useRecordForm";
import { orNull } from "./parents";
import type { KindModule } from "./kind";
import { short } from "./kind";
import { datedTitle, fieldLabel as f, Item } from "./details";

interface ExecutionState {
  date: string;
  what: string;
  deviations: string;
}

/** Realiseren: one entry of the execution log. */
export function ExecutionForm(props: RecordFormProps) {
  const d = props.record?.data.kind === "execution" ? props.record.data : null;
  const form = useRecordForm<ExecutionState>({
    caseId: props.caseId,
    record: props.record,
    revision: isRevision(props),
    draftKey: draftKey(props, "execution"),
    initial: { date: formatDate(d?.date ?? todayIso()), what: d?.what ?? "", deviations: d?.deviations ?? "" },
    toPayload: (s) => ({ kind: "execution", date: parseDateInput(s.date), what: s.what, deviations: orNull(s.deviations) }),
    fieldIds: recIds("date", "what", "deviations"),
    onSaved: props.onSaved,
  });
  const { state: s, set } = form;
  const err = form.errors.fieldError;
  return (
    <RecordFormShell kind="execution" props={props} form={form}>
      <div className="form-grid">
        <DateField id="rec-date" label={t("stepplan.fields.date")} value={s.date} onChange={(v) => set("date", v)} error={err("date")} />
      </div>
      <TextAreaField id="rec-what" label={t("stepplan.fields.what")} value={s.what} onChange={(v) => set("what", v)} error={err("what")} rows={3} />
      <TextAreaField id="rec-deviations" label={t("stepplan.fields.deviations")} value={s.deviations} onChange={(v) => set("deviations", v)} error={err("deviations")} optional rows={3} />
    </RecordFormShell>
  );
}

export const execution: KindModule<"execution"> = {
  steps: ["realiseren"],
  step: () => "realiseren",
  Form: ExecutionForm,
  Details: ({ payload: p }) => (
    <dl className="details record-details">
      <Item label={f("what")}>{p.what}</Item>
      <Item label={f("deviations")}>{p.deviations}</Item>
    </dl>
  ),
  title: (p) => datedTitle(execution.labels.kind, p.date),
  timelineSubject: (p) => short(p.what),
  labels: { kind: "stepplan.kinds.execution", add: "stepplan.add.execution" },
};
