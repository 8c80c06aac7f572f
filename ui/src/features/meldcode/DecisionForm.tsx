import { useState, type FormEvent } from "react";
import { call } from "../../ipc/client";
import type { MeldcodeDecision } from "../../ipc/bindings/MeldcodeDecision";
import type { MeldcodePage } from "../../ipc/bindings/MeldcodePage";
import { t } from "../../i18n";
import { DateField, SelectField, TextAreaField, TextField } from "../../components/Field";
import { FormAlert } from "../../components/ErrorText";
import { formatDate, parseDateInput, todayIso } from "../../lib/dates";
import { useFormErrors } from "../../lib/useFormErrors";
import { isLocked, optionalText, type FormProps } from "./submit";

/**
 * The decision of step 5: hulp organiseren, melden bij Veilig Thuis, or both (labels from the
 * core), with its date and who decided. Ibis records it; it sends nothing.
 */
export function DecisionForm({ page, onDone, onLocked }: FormProps & { page: MeldcodePage }) {
  const prefix = "meldcode-decision";
  const ids = {
    decision: `${prefix}-choice`,
    decidedOn: `${prefix}-on`,
    decidedBy: `${prefix}-by`,
    notes: `${prefix}-notes`,
  };
  const current = page.open?.decision ?? null;
  const [decision, setDecision] = useState<MeldcodeDecision>(current?.decision ?? "organise_help");
  const [on, setOn] = useState(() => formatDate(todayIso()));
  const [by, setBy] = useState("");
  const [notes, setNotes] = useState("");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    try {
      onDone(
        await call("meldcode_decide", {
          pupilId: page.pupilId,
          decision: { decision, decidedOn: parseDateInput(on), decidedBy: by, notes: optionalText(notes) },
        }),
      );
    } catch (err) {
      if (isLocked(err)) onLocked();
      else errors.setError(err);
    }
    setBusy(false);
  }

  return (
    <form className="meldcode-form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-heading`} data-testid="meldcode-decision-form">
      <h4 id={`${prefix}-heading`}>{t("meldcode.decisionTitle")}</h4>
      <SelectField<MeldcodeDecision>
        id={ids.decision}
        label={t("meldcode.decision")}
        value={decision}
        onChange={setDecision}
        options={page.decisionChoices.map((choice) => ({ value: choice.decision, label: choice.label }))}
        error={errors.fieldError("decision")}
      />
      <DateField id={ids.decidedOn} label={t("meldcode.decidedOn")} value={on} onChange={setOn} error={errors.fieldError("decidedOn")} />
      <TextField id={ids.decidedBy} label={t("meldcode.decidedBy")} value={by} onChange={setBy} error={errors.fieldError("decidedBy")} />
      <TextAreaField id={ids.notes} label={t("meldcode.decisionNotes")} value={notes} onChange={setNotes} optional error={errors.fieldError("notes")} />
      <FormAlert text={errors.formError} />
      <button type="submit" className="button button-primary" id={`${prefix}-save`} disabled={busy}>
        {t("meldcode.decide")}
      </button>
    </form>
  );
}
