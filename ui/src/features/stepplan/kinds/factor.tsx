import type { FactorKind } from "../../../ipc/bindings/FactorKind";
import type { Template } from "../../../ipc/bindings/Template";
import { t } from "../../../i18n";
import { SelectField, TextAreaField } from "../../../components/Field";
import { factorKindText } from "../labels";
import { draftKey, isRevision, recIds, RecordFormShell, type RecordFormProps } from "../RecordFormShell";
import { useRecordForm } from "../useRecordForm";
import { choiceLabel } from "../labels";
import type { KindModule } from "./kind";

interface FactorState {
  factorKind: FactorKind;
  domain: string;
  description: string;
}

/** Begrijpen: a belemmerende or bevorderende factor in one of the template's domains. */
export function FactorForm(props: RecordFormProps & { template: Template }) {
  const d = props.record?.data.kind === "factor" ? props.record.data : null;
  const domains = props.template.factorDomains;
  const form = useRecordForm<FactorState>({
    caseId: props.caseId,
    record: props.record,
    revision: isRevision(props),
    draftKey: draftKey(props, "factor"),
    initial: { factorKind: d?.factorKind ?? "hindering", domain: d?.domain ?? domains[0]?.key ?? "", description: d?.description ?? "" },
    toPayload: (s) => ({ kind: "factor", factorKind: s.factorKind, domain: s.domain, description: s.description }),
    fieldIds: recIds("factorKind", "domain", "description"),
    onSaved: props.onSaved,
  });
  const { state: s, set } = form;
  const kinds: readonly FactorKind[] = ["hindering", "helping"];
  return (
    <RecordFormShell kind="factor" props={props} form={form}>
      <div className="form-grid">
        <SelectField
          id="rec-factorKind"
          label={t("stepplan.fields.factorKind")}
          value={s.factorKind}
          onChange={(v) => set("factorKind", v)}
          options={kinds.map((k) => ({ value: k, label: factorKindText(k) }))}
        />
        <SelectField
          id="rec-domain"
          label={t("stepplan.fields.domain")}
          value={s.domain}
          onChange={(v) => set("domain", v)}
          options={domains.map((c) => ({ value: c.key, label: c.label }))}
          error={form.errors.fieldError("domain")}
        />
      </div>
      <TextAreaField
        id="rec-description"
        label={t("stepplan.fields.description")}
        value={s.description}
        onChange={(v) => set("description", v)}
        error={form.errors.fieldError("description")}
        rows={3}
      />
    </RecordFormShell>
  );
}

export const factor: KindModule<"factor"> = {
  steps: ["begrijpen"],
  step: () => "begrijpen",
  Form: FactorForm,
  Details: ({ payload: p }) => <p className="preserve-lines">{p.description}</p>,
  title: (p, template) => t("stepplan.factorTitle", { kind: factorKindText(p.factorKind), domain: choiceLabel(template.factorDomains, p.domain) }),
  timelineSubject: (p, template, stage) => factor.title(p, template, stage),
  labels: { kind: "stepplan.kinds.factor", add: "stepplan.add.factor" },
};
