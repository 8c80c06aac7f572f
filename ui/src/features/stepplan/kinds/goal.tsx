import { t } from "../../../i18n";
import { DateField, SelectField, TextAreaField } from "../../../components/Field";
import { formatDate } from "../../../lib/dates";
import { draftKey, isRevision, recIds, RecordFormShell, type RecordFormProps } from "../RecordFormShell";
import { useRecordForm } from "../useRecordForm";
import { dateOrNull } from "./parents";
import type { KindModule } from "./kind";
import { answerText, fieldLabel as f, Item } from "./details";

interface GoalState {
  description: string;
  targetDate: string;
  evaluationDate: string;
  madeWithParents: Answer;
  madeWithPupil: Answer;
}

/** A yes/no question that may be unanswered (`null` on the wire). */
type Answer = "" | "yes" | "no";
const toAnswer = (v: boolean | null | undefined): Answer => (v === true ? "yes" : v === false ? "no" : "");
const fromAnswer = (a: Answer): boolean | null => (a === "" ? null : a === "yes");

const ANSWERS = (): { value: Answer; label: string }[] => [
  { value: "", label: t("stepplan.fields.answerNone") },
  { value: "yes", label: t("stepplan.fields.answerYes") },
  { value: "no", label: t("stepplan.fields.answerNo") },
];

/** Plannen: a concrete goal with a target and an evaluation date; was the plan made with the parents and the pupil. */
export function GoalForm(props: RecordFormProps) {
  const d = props.record?.data.kind === "goal" ? props.record.data : null;
  const form = useRecordForm<GoalState>({
    caseId: props.caseId,
    record: props.record,
    revision: isRevision(props),
    draftKey: draftKey(props, "goal"),
    initial: {
      description: d?.description ?? "",
      targetDate: formatDate(d?.targetDate),
      evaluationDate: formatDate(d?.evaluationDate),
      madeWithParents: toAnswer(d?.madeWithParents),
      madeWithPupil: toAnswer(d?.madeWithPupil),
    },
    toPayload: (s) => ({
      kind: "goal",
      description: s.description,
      targetDate: dateOrNull(s.targetDate),
      evaluationDate: dateOrNull(s.evaluationDate),
      madeWithParents: fromAnswer(s.madeWithParents),
      madeWithPupil: fromAnswer(s.madeWithPupil),
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
      <fieldset className="fieldset">
        <legend>{t("stepplan.fields.madeWith")}</legend>
        <div className="form-grid">
          <SelectField
            id="rec-madeWithParents"
            label={t("stepplan.fields.madeWithParents")}
            value={s.madeWithParents}
            onChange={(v) => set("madeWithParents", v)}
            options={ANSWERS()}
          />
          <SelectField
            id="rec-madeWithPupil"
            label={t("stepplan.fields.madeWithPupil")}
            value={s.madeWithPupil}
            onChange={(v) => set("madeWithPupil", v)}
            options={ANSWERS()}
          />
        </div>
      </fieldset>
    </RecordFormShell>
  );
}

export const goal: KindModule<"goal"> = {
  steps: ["plannen"],
  step: () => "plannen",
  Form: GoalForm,
  Details: ({ payload: p }) => (
    <dl className="details record-details">
      <Item label={f("targetDate")}>{formatDate(p.targetDate)}</Item>
      <Item label={f("evaluationDate")}>{p.evaluationDate ? formatDate(p.evaluationDate) : t("stepplan.fields.evaluationDateMissing")}</Item>
      <Item label={f("madeWith")}>
        {p.madeWithParents === null && p.madeWithPupil === null
          ? ""
          : t("stepplan.madeWithText", { parents: answerText(p.madeWithParents), pupil: answerText(p.madeWithPupil) })}
      </Item>
    </dl>
  ),
  title: (p) => p.description,
  timelineSubject: (p) => p.description,
  labels: { kind: "stepplan.kinds.goal", add: "stepplan.add.goal" },
};
