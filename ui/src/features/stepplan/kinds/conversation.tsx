import type { ConversationKind } from "../../../ipc/bindings/ConversationKind";
import { t } from "../../../i18n";
import { CheckboxField, DateField, SelectField, TextAreaField, TextField } from "../../../components/Field";
import { formatDate, parseDateInput, todayIso } from "../../../lib/dates";
import { conversationKindText } from "../labels";
import { payloadOf } from "../records";
import { draftKey, isRevision, recIds, RecordFormShell, type RecordFormProps } from "../RecordFormShell";
import { useRecordForm } from "../useRecordForm";
import { orNull, PARENTS_FIELDS, ParentsFields, parentsPayload, parentsState, type ParentsState } from "./parents";
import { useStage } from "../StageContext";
import type { KindModule } from "./kind";
import { short } from "./kind";
import { fieldLabel as f, Item, parentsText } from "./details";

const KINDS: readonly ConversationKind[] = ["parents", "pupil", "teacher", "meeting"];

interface ConversationState extends ParentsState {
  conversationKind: ConversationKind;
  date: string;
  participants: string;
  summary: string;
  agreements: string;
  parentsRecorded: boolean;
}

/** A conversation held during a step (with parents, pupil, teacher, or an OT meeting). */
export function ConversationForm(props: RecordFormProps) {
  const stage = useStage();
  const payload = props.record ? payloadOf(props.record) : null;
  const d = payload?.kind === "conversation" ? payload : null;
  const step = d?.step ?? props.step;
  const form = useRecordForm<ConversationState>({
    caseId: props.caseId,
    record: props.record,
    revision: isRevision(props),
    draftKey: draftKey(props, "conversation"),
    initial: {
      conversationKind: d?.conversationKind ?? (props.meeting ? "meeting" : "parents"),
      date: formatDate(d?.date ?? todayIso()),
      participants: d?.participants ?? "",
      summary: d?.summary ?? "",
      agreements: d?.agreements ?? "",
      parentsRecorded: d?.parents != null,
      ...parentsState(d?.parents),
    },
    toPayload: (s) => ({
      kind: "conversation",
      step,
      conversationKind: s.conversationKind,
      date: parseDateInput(s.date),
      participants: s.participants,
      summary: s.summary,
      agreements: orNull(s.agreements),
      parents: s.parentsRecorded ? parentsPayload(s) : null,
    }),
    fieldIds: recIds("date", "participants", "summary", "agreements", ...PARENTS_FIELDS),
    onSaved: props.onSaved,
  });
  const { state: s, set } = form;
  const err = form.errors.fieldError;
  return (
    <RecordFormShell kind="conversation" props={props} form={form}>
      <div className="form-grid">
        <SelectField
          id="rec-kind"
          label={t("stepplan.fields.conversationKind")}
          value={s.conversationKind}
          onChange={(v) => set("conversationKind", v)}
          options={KINDS.map((v) => ({ value: v, label: conversationKindText(v, stage) }))}
        />
        <DateField id="rec-date" label={t("stepplan.fields.date")} value={s.date} onChange={(v) => set("date", v)} error={err("date")} />
      </div>
      <TextField id="rec-participants" label={t("stepplan.fields.participants")} value={s.participants} onChange={(v) => set("participants", v)} error={err("participants")} />
      <TextAreaField id="rec-summary" label={t("stepplan.fields.summary")} value={s.summary} onChange={(v) => set("summary", v)} error={err("summary")} />
      <TextAreaField id="rec-agreements" label={t("stepplan.fields.agreements")} value={s.agreements} onChange={(v) => set("agreements", v)} error={err("agreements")} optional rows={3} />
      <CheckboxField id="rec-parentsRecord" label={t("stepplan.fields.parentsRecord")} checked={s.parentsRecorded} onChange={(v) => set("parentsRecorded", v)} />
      {s.parentsRecorded ? <ParentsFields state={s} set={set} fieldError={err} /> : null}
    </RecordFormShell>
  );
}

export const conversation: KindModule<"conversation"> = {
  steps: ["signaleren", "begrijpen", "plannen", "realiseren", "vastleggen", "evalueren"],
  step: (p) => p.step,
  Form: ConversationForm,
  Details: ({ payload: p }) => (
    <dl className="details record-details">
      <Item label={f("participants")}>{p.participants}</Item>
      <Item label={f("summary")}>{p.summary}</Item>
      <Item label={f("agreements")}>{p.agreements}</Item>
      <Item label={f("parents")}>{parentsText(p.parents)}</Item>
    </dl>
  ),
  title: (p, _template, stage) =>
    t("stepplan.conversationTitle", { kind: conversationKindText(p.conversationKind, stage), date: formatDate(p.date) }),
  timelineSubject: (p, template, stage) => `${conversation.title(p, template, stage)}: ${short(p.summary)}`,
  labels: { kind: "stepplan.kinds.conversation", add: "stepplan.add.conversation" },
};
