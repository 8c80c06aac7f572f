import { t } from "../i18n";
import { FormAlert } from "./ErrorText";

interface FormActionsProps {
  /** Id of the save button (tests and e2e use it). */
  saveId: string;
  busy: boolean;
  /** A form-wide error (not tied to one field). */
  error: string | null | undefined;
  /** The submit button's text; "Opslaan" when not given. */
  label?: string;
  /** Without it there is no "Annuleren" (a form that is always open). */
  onCancel?: (() => void) | undefined;
}

/** The form's closing row: a form-wide error, "Opslaan" (submit) and "Annuleren". */
export function FormActions({ saveId, busy, error, label, onCancel }: FormActionsProps) {
  return (
    <>
      <FormAlert text={error} />
      <div className="button-row">
        <button id={saveId} type="submit" className="button button-primary" disabled={busy}>
          {busy ? t("common.saving") : (label ?? t("common.save"))}
        </button>
        {onCancel ? (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t("common.cancel")}
          </button>
        ) : null}
      </div>
    </>
  );
}
