import { t } from "../../i18n";
import { SCALE, scaleText } from "./labels";

interface SmileyScaleProps {
  /** Name of the radio group and prefix of its ids. */
  id: string;
  legend: string;
  value: number | null;
  onChange: (value: number | null) => void;
  error?: string | undefined;
  large?: boolean;
}

/**
 * The 1–5 smiley scale as a radio group: each smiley has its text label ("Blij"), arrow keys
 * move between them, and "Geen smiley" takes a choice back.
 */
export function SmileyScale({ id, legend, value, onChange, error, large = false }: SmileyScaleProps) {
  // "Geen smiley" first: it is the checked one while nothing is chosen, so the arrow keys
  // walk from it through the faces, saddest first.
  const options: Array<{ value: number | null; emoji: string | null; label: string }> = [
    { value: null, emoji: null, label: t("hearing.scaleNone") },
    ...SCALE.map((s) => ({ value: s.value, emoji: s.emoji, label: scaleText(s.value) })),
  ];
  return (
    <fieldset
      className={["smileys", large ? "smileys-large" : "", error ? "field-invalid" : ""].join(" ").trim()}
      aria-describedby={error ? `${id}-error` : undefined}
      data-testid="smiley-scale"
    >
      <legend>{legend}</legend>
      <div className="smiley-options">
        {options.map((option) => {
          const optionId = `${id}-${option.value ?? "none"}`;
          return (
            <label key={optionId} htmlFor={optionId} className="smiley">
              <input
                id={optionId}
                type="radio"
                name={id}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              {option.emoji ? (
                <span className="smiley-face" aria-hidden="true">
                  {option.emoji}
                </span>
              ) : null}
              <span className="smiley-text">{option.label}</span>
            </label>
          );
        })}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
