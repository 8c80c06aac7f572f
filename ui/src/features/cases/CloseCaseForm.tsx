import { useState, type FormEvent } from "react";
import { call } from "../../ipc/client";
import type { CaseDetail } from "../../ipc/bindings/CaseDetail";
import { t } from "../../i18n";
import { DateField, TextAreaField } from "../../components/Field";
import { FormActions } from "../../components/FormActions";
import { useFormErrors } from "../../lib/useFormErrors";
import { formatDate, parseDateInput, todayIso } from "../../lib/dates";

const FIELD_IDS = { closedOn: "case-closedOn", reason: "case-closeReason" };

interface CloseCaseFormProps {
  caseId: string;
  /** Suggested date (ISO), e.g. the evaluation that decided to close; today when absent. */
  suggestedDate?: string | undefined;
  onClosed: (detail: CaseDetail) => void;
  onCancel: () => void;
}

/** "Casus afsluiten": the date and the reason; the core checks both. Escape cancels. */
export function CloseCaseForm({ caseId, suggestedDate, onClosed, onCancel }: CloseCaseFormProps) {
  const [closedOn, setClosedOn] = useState(formatDate(suggestedDate ?? todayIso()));
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(FIELD_IDS);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    try {
      onClosed(await call("case_close", { id: caseId, closedOn: parseDateInput(closedOn), reason }));
    } catch (err) {
      errors.setError(err);
      setBusy(false);
    }
  }

  return (
    <form
      id="case-close-form"
      className="form subform"
      onSubmit={submit}
      noValidate
      aria-busy={busy}
      aria-labelledby="case-close-heading"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <h3 id="case-close-heading">{t("cases.closeTitle")}</h3>
      <p className="muted">{t("cases.closeIntro")}</p>
      <div className="form-grid">
        <DateField id="case-closedOn" label={t("cases.closedOn")} value={closedOn} onChange={setClosedOn} error={errors.fieldError("closedOn")} autoFocus />
      </div>
      <TextAreaField id="case-closeReason" label={t("cases.closeReason")} value={reason} onChange={setReason} error={errors.fieldError("reason")} rows={3} />
      <FormActions saveId="case-close-save" busy={busy} error={errors.formError} onCancel={onCancel} />
    </form>
  );
}
