import { t } from "../../../i18n";
import { DateField, TextAreaField } from "../../../components/Field";
import { formatDate } from "../../../lib/dates";
import { draftKey, isRevision, recIds, RecordFormShell, type RecordFormProps } from "../RecordFormShell";
import { useRecordForm } from "../useRecordForm";
import { dateOrNull } from "./parents";

interface GoalState {
  description: string;
  targetDate: string;
  evaluationDate: string;
}

/** Plannen: a concrete goal with a target and an evaluation date. */
export function GoalForm(props: RecordFormProps) {
  const d = props.record?.data.kind === "goal" ? props.record.data : null;
  const form = useRecordForm<GoalState>({
    caseId: props.caseId,
    record: props.record,
    revision: isRevision(props),
    draftKey: draftKey(props, "goal"),
    initial: { description: d?.description ?? "", targetDate: formatDate(d?.targetDate), evaluationDate: formatDate(d?.evaluationDate) },
    toPayload: (s) => ({
      kind: "goal",
      description: s.description,
      targetDate: dateOrNull(s.targetDate),
      evaluationDate: dateOrNull(s.evaluationDate),
    }),
    fieldIds: recIds("description", "targetDate", "evaluationDate"),
    onSaved: props.onSaved,
  });
  const { state: s, set } = form;
  const err = form.errors.fieldError;
  return (
    <RecordFormShell kind="goal" props={props} form={form}>
      <TextAreaField
        id="rec-description"
        label={t("stepplan.fields.goal")}
        hint={t("stepplan.fields.goalHint")}
        value={s.description}
        onChange={(v) => set("description", v)}
        error={err("description")}
        rows={3}
      />
      <div className="form-grid">
        <DateField id="rec-targetDate" label={t("stepplan.fields.targetDate")} value={s.targetDate} onChange={(v) => set("targetDate", v)} error={err("targetDate")} optional />
        <DateField id="rec-evaluationDate" label={t("stepplan.fields.evaluationDate")} value={s.evaluationDate} onChange={(v) => set("evaluationDate", v)} error={err("evaluationDate")} optional />
      </div>
    </RecordFormShell>
  );
}
