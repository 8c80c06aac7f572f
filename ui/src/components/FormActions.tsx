import { t } from "../i18n";
import { FormAlert } from "./ErrorText";

interface FormActionsProps {
  /** Id of the save button (tests and e2e use it). */
  saveId: string;
  busy: boolean;
  /** A form-wide error (not tied to one field). */
  error: string | null | undefined;
  onCancel: () => void;
}

/** The form's closing row: a form-wide error, "Opslaan" (submit) and "Annuleren". */
export function FormActions({ saveId, busy, error, onCancel }: FormActionsProps) {
  return (
    <>
      <FormAlert text={error} />
      <div className="button-row">
        <button id={saveId} type="submit" className="button button-primary" disabled={busy}>
          {busy ? t("common.saving") : t("common.save")}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </>
  );
}
