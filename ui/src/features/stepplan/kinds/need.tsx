import { t } from "../../../i18n";
import { TextAreaField } from "../../../components/Field";
import { draftKey, isRevision, recIds, RecordFormShell, type RecordFormProps } from "../RecordFormShell";
import { useRecordForm } from "../useRecordForm";
import type { KindModule } from "./kind";

/** Begrijpen: one onderwijsbehoefte. */
export function NeedForm(props: RecordFormProps) {
  const d = props.record?.data.kind === "need" ? props.record.data : null;
  const form = useRecordForm<{ description: string }>({
    caseId: props.caseId,
    record: props.record,
    revision: isRevision(props),
    draftKey: draftKey(props, "need"),
    initial: { description: d?.description ?? "" },
    toPayload: (s) => ({ kind: "need", description: s.description }),
    fieldIds: recIds("description"),
    onSaved: props.onSaved,
  });
  return (
    <RecordFormShell kind="need" props={props} form={form}>
      <TextAreaField
        id="rec-description"
        label={t("stepplan.fields.need")}
        hint={t("stepplan.fields.needHint")}
        value={form.state.description}
        onChange={(v) => form.set("description", v)}
        error={form.errors.fieldError("description")}
        rows={3}
      />
    </RecordFormShell>
  );
}

export const need: KindModule<"need"> = {
  steps: ["begrijpen"],
  step: () => "begrijpen",
  Form: NeedForm,
  Details: () => null,
  title: (p) => p.description,
  timelineSubject: (p) => p.description,
  labels: { kind: "stepplan.kinds.need", add: "stepplan.add.need" },
};
