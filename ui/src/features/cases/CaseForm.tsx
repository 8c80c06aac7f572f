import { useState, type FormEvent } from "react";
import { t } from "../../i18n";
import { DateField, TextField } from "../../components/Field";
import { useFormErrors } from "../../lib/useFormErrors";
import { formatDate, parseDateInput, todayIso } from "../../lib/dates";
import { FormActions } from "../../components/FormActions";

const FIELD_IDS = { title: "case-title", startDate: "case-startDate" };

export interface CaseFormValues {
  title: string;
  /** ISO, or "" when left empty. */
  startDate: string;
}

interface CaseFormProps {
  heading: string;
  initial?: { title: string; startDate: string } | undefined;
  save: (values: CaseFormValues) => Promise<void>;
  onCancel: () => void;
}

/** Title and start date of a casus (new or existing); Escape cancels. */
export function CaseForm({ heading, initial, save, onCancel }: CaseFormProps) {
  const [title, setTitle] = useState(initial?.title ?? "");
  const [startDate, setStartDate] = useState(formatDate(initial?.startDate ?? todayIso()));
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(FIELD_IDS);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    try {
      await save({ title: title.trim(), startDate: parseDateInput(startDate) });
    } catch (err) {
      errors.setError(err);
      setBusy(false);
    }
  }

  return (
    <form
      className="form subform"
      onSubmit={submit}
      noValidate
      aria-busy={busy}
      aria-labelledby="case-form-heading"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <h3 id="case-form-heading">{heading}</h3>
      <div className="form-grid">
        <TextField id="case-title" label={t("cases.caseTitle")} value={title} onChange={setTitle} error={errors.fieldError("title")} autoFocus />
        <DateField id="case-startDate" label={t("cases.startDate")} value={startDate} onChange={setStartDate} error={errors.fieldError("startDate")} />
      </div>
      <FormActions saveId="case-save" busy={busy} error={errors.formError} onCancel={onCancel} />
    </form>
  );
}
