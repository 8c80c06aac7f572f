import { useEffect, useRef, useState, type FormEvent } from "react";
import type { Concern } from "../../ipc/bindings/Concern";
import { t } from "../../i18n";
import { ErrorText } from "../../components/ErrorText";

/** Where the answer "veiligheid" leads: the pupil's meldcode route, never the ladder. */
export function meldcodeHash(pupilId: string): string {
  return `#/leerlingen/${encodeURIComponent(pupilId)}/meldcode?vanuit=geschil`;
}

const ANSWERS: readonly Concern[] = ["safety", "disagreement"];

/**
 * The question before a geschil is opened (DOMAIN.md §10, §11): "Gaat het om zorg over de
 * veiligheid van de leerling, of om een meningsverschil?". Safety follows the meldcode route
 * (the core refuses to open a geschil for it); a disagreement goes on to the opening form.
 */
export function SafetyQuestion({ pupilId, onDisagreement, onCancel }: { pupilId: string; onDisagreement: () => void; onCancel: () => void }) {
  const [answer, setAnswer] = useState<Concern | null>(null);
  const [missing, setMissing] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (answer === null) {
      setMissing(true);
      first.current?.focus();
      return;
    }
    if (answer === "safety") {
      window.location.hash = meldcodeHash(pupilId);
      return;
    }
    onDisagreement();
  }
  return (
    <form className="escalation-form" onSubmit={submit} noValidate aria-labelledby="escalation-question-heading" data-testid="escalation-question">
      <h2 id="escalation-question-heading">{t("escalation.start")}</h2>
      <fieldset aria-describedby={missing ? "escalation-concern-error" : undefined}>
        <legend>{t("escalation.question")}</legend>
        {ANSWERS.map((value, index) => (
          <div className="field field-radio" key={value}>
            <input
              id={`escalation-concern-${value}`}
              ref={index === 0 ? first : undefined}
              type="radio"
              name="escalation-concern"
              value={value}
              checked={answer === value}
              aria-invalid={missing ? true : undefined}
              onChange={() => {
                setAnswer(value);
                setMissing(false);
              }}
            />
            <label htmlFor={`escalation-concern-${value}`}>{t(`escalation.concerns.${value}`)}</label>
          </div>
        ))}
        <ErrorText id="escalation-concern-error" text={missing ? t("escalation.questionRequired") : undefined} />
      </fieldset>
      <p className="muted">{t("escalation.questionHint")}</p>
      <div className="button-row">
        <button type="submit" className="button button-primary">
          {t("escalation.next")}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
