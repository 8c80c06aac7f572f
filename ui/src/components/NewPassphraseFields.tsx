import { TextField } from "./Field";
import { StrengthHint } from "./StrengthHint";

interface NewPassphraseFieldsProps {
  /** Ids: `<idPrefix>`, `<idPrefix>-repeat` and `<idPrefix>-strength`. */
  idPrefix: string;
  label: string;
  repeatLabel: string;
  value: string;
  repeat: string;
  onChange: (value: string) => void;
  onRepeatChange: (value: string) => void;
  error?: string | undefined;
  repeatError?: string | undefined;
}

/** A new passphrase typed twice, with the live strength hint under the first field. */
export function NewPassphraseFields(p: NewPassphraseFieldsProps) {
  const strengthId = `${p.idPrefix}-strength`;
  return (
    <>
      <TextField
        id={p.idPrefix}
        label={p.label}
        type="password"
        value={p.value}
        onChange={p.onChange}
        autoComplete="new-password"
        describedBy={strengthId}
        error={p.error}
      />
      <StrengthHint id={strengthId} passphrase={p.value} />
      <TextField
        id={`${p.idPrefix}-repeat`}
        label={p.repeatLabel}
        type="password"
        value={p.repeat}
        onChange={p.onRepeatChange}
        autoComplete="new-password"
        error={p.repeatError}
      />
    </>
  );
}
