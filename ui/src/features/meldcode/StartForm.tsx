import { useState, type FormEvent } from "react";
import { call } from "../../ipc/client";
import type { MeldcodePage } from "../../ipc/bindings/MeldcodePage";
import { t } from "../../i18n";
import { DateField, TextField } from "../../components/Field";
import { FormAlert } from "../../components/ErrorText";
import { formatDate, parseDateInput, todayIso } from "../../lib/dates";
import { useFormErrors } from "../../lib/useFormErrors";
import { isLocked, type FormProps } from "./submit";

type Answer = "safety" | "dispute";

/**
 * Opens a route: the question "veiligheid of geschil?" is answered first. Only "veiligheid"
 * opens the meldcode; "meningsverschil" explains that a dispute belongs on the escalatieladder
 * (never a Veilig Thuis report) and offers nothing to save.
 */
export function StartForm({ page, onDone, onLocked }: FormProps & { page: MeldcodePage }) {
  const ids = { answeredOn: "meldcode-start-on", answeredBy: "meldcode-start-by" };
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [on, setOn] = useState(() => formatDate(todayIso()));
  const [by, setBy] = useState("");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || answer !== "safety") return;
    setBusy(true);
    errors.clear();
    try {
      onDone(
        await call("meldcode_start", {
          pupilId: page.pupilId,
          answer: "safety",
          answeredOn: parseDateInput(on),
          answeredBy: by,
        }),
      );
    } catch (err) {
      if (isLocked(err)) onLocked();
      else errors.setError(err);
      setBusy(false);
    }
  }

  return (
    <form className="card meldcode-form" onSubmit={submit} noValidate aria-labelledby="meldcode-start-heading" data-testid="meldcode-start">
      <h2 id="meldcode-start-heading">{t("meldcode.startTitle")}</h2>
      <fieldset>
        <legend>{page.question}</legend>
        {(["safety", "dispute"] as const).map((value) => (
          <div className="field field-radio" key={value}>
            <input
              type="radio"
              id={`meldcode-answer-${value}`}
              name="meldcode-answer"
              value={value}
              checked={answer === value}
              onChange={() => setAnswer(value)}
            />
            <label htmlFor={`meldcode-answer-${value}`}>{t(`meldcode.answers.${value}`)}</label>
          </div>
        ))}
      </fieldset>
      {answer === "dispute" ? (
        <p className="meldcode-dispute" role="note">
          {t("meldcode.disputeText")}
        </p>
      ) : null}
      {answer === "safety" ? (
        <>
          <DateField id={ids.answeredOn} label={t("meldcode.answeredOn")} value={on} onChange={setOn} error={errors.fieldError("answeredOn")} />
          <TextField id={ids.answeredBy} label={t("meldcode.answeredBy")} value={by} onChange={setBy} error={errors.fieldError("answeredBy")} />
          <FormAlert text={errors.formError} />
          <button type="submit" className="button button-primary" id="meldcode-start-submit" disabled={busy}>
            {t("meldcode.start")}
          </button>
        </>
      ) : null}
    </form>
  );
}
