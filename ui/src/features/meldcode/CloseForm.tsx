import { useState, type FormEvent } from "react";
import { call } from "../../ipc/client";
import { t } from "../../i18n";
import { DateField, TextAreaField } from "../../components/Field";
import { FormAlert } from "../../components/ErrorText";
import { formatDate, parseDateInput, todayIso } from "../../lib/dates";
import { useFormErrors } from "../../lib/useFormErrors";
import { isLocked, optionalText, type FormProps } from "./submit";

/** Closes the open route on a date, with an optional note; it stays readable. */
export function CloseForm({ pupilId, onDone, onLocked }: FormProps & { pupilId: string }) {
  const ids = { closedOn: "meldcode-close-on", closingNote: "meldcode-close-note" };
  const [on, setOn] = useState(() => formatDate(todayIso()));
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    try {
      onDone(await call("meldcode_close", { pupilId, closedOn: parseDateInput(on), closingNote: optionalText(note) }));
    } catch (err) {
      if (isLocked(err)) onLocked();
      else errors.setError(err);
    }
    setBusy(false);
  }

  return (
    <form className="meldcode-form" onSubmit={submit} noValidate aria-labelledby="meldcode-close-heading" data-testid="meldcode-close-form">
      <h3 id="meldcode-close-heading">{t("meldcode.closeTitle")}</h3>
      <DateField id={ids.closedOn} label={t("meldcode.closedOn")} value={on} onChange={setOn} error={errors.fieldError("closedOn")} />
      <TextAreaField id={ids.closingNote} label={t("meldcode.closingNote")} value={note} onChange={setNote} optional error={errors.fieldError("closingNote")} />
      <FormAlert text={errors.formError} />
      <button type="submit" className="button" id="meldcode-close-save" disabled={busy}>
        {t("meldcode.close")}
      </button>
    </form>
  );
}
