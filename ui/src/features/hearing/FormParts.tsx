import { useState, type ReactNode } from "react";
import { t } from "../../i18n";
import { ConfirmInline } from "../../components/ConfirmInline";
import { FormAlert, StatusMessage } from "../../components/ErrorText";
import { Link } from "../../components/Link";
import { PageHeading } from "../../components/PageHeading";
import { formatDateTime } from "../../lib/dates";
import type { DraftState } from "./useDraftState";

/** "Concept hersteld van …" with "Concept weggooien", and the note when a draft write failed. */
export function DraftNote<S extends object>({ form }: { form: DraftState<S> }) {
  return (
    <>
      {form.restoredAt !== null ? (
        <div className="draft-note" id="draft-restored" role="status">
          <span>
            {t("hearing.draftRestored", {
              time: formatDateTime(form.restoredAt, (date, time) => t("common.dateTime", { date, time })),
            })}
          </span>
          <button id="draft-discard" type="button" className="button button-small button-secondary" onClick={() => void form.discard()}>
            {t("hearing.draftDiscard")}
          </button>
        </div>
      ) : null}
      <StatusMessage text={form.discarded ? t("hearing.draftDiscarded") : null} />
      {form.draftFailed ? <p className="muted">{t("hearing.draftFailed")}</p> : null}
    </>
  );
}

/** Back link to the pupil and the page heading of a hoorrecht form. */
export function FormHead({ pupilId, title, children }: { pupilId: string; title: string; children?: ReactNode }) {
  return (
    <>
      <p className="back-link">
        <Link to={{ name: "pupil", id: pupilId }}>{t("hearing.backToPupil")}</Link>
      </p>
      <PageHeading>{title}</PageHeading>
      {children}
    </>
  );
}

interface FormButtonsProps {
  saveId: string;
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  /** Set for a stored record: offers deleting it after a confirmation. */
  remove?: { label: string; confirm: string; id: string; run: () => Promise<void> } | undefined;
}

/** Opslaan, Annuleren and (for a stored record) Verwijderen with a confirm step. */
export function FormButtons({ saveId, busy, error, onCancel, remove }: FormButtonsProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <FormAlert text={error} />
      {confirming && remove ? (
        <ConfirmInline
          message={remove.confirm}
          confirmLabel={remove.label}
          busy={busy}
          onConfirm={() => void remove.run()}
          onCancel={() => {
            setConfirming(false);
            document.getElementById(remove.id)?.focus();
          }}
        />
      ) : (
        <div className="button-row">
          <button id={saveId} data-testid={saveId} type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("common.saving") : t("common.save")}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t("common.cancel")}
          </button>
          {remove ? (
            <button id={remove.id} data-testid={remove.id} type="button" className="button button-danger" onClick={() => setConfirming(true)}>
              {remove.label}
            </button>
          ) : null}
        </div>
      )}
    </>
  );
}
