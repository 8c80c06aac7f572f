import { useState, type FormEvent } from "react";
import { call } from "../../ipc/client";
import { t } from "../../i18n";
import { PageHeading } from "../../components/PageHeading";
import { FormAlert } from "../../components/ErrorText";
import { NewPassphraseFields } from "../../components/NewPassphraseFields";
import { useFormErrors } from "../../lib/useFormErrors";
import { RecoveryKeyView } from "./RecoveryKeyView";
import "./vault.css";

const FIELD_IDS = { passphrase: "new-passphrase", passphraseRepeat: "new-passphrase-repeat" };

/** First run: choose a passphrase, then see the recovery key exactly once. */
export function CreateVault({ onDone }: { onDone: () => void }) {
  const [passphrase, setPassphrase] = useState("");
  const [repeat, setRepeat] = useState("");
  const [busy, setBusy] = useState(false);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const errors = useFormErrors(FIELD_IDS);

  if (recoveryKey !== null) {
    return (
      <RecoveryKeyView
        recoveryKey={recoveryKey}
        onContinue={() => {
          // Drop the key from memory before moving on: it is shown once.
          setRecoveryKey(null);
          onDone();
        }}
      />
    );
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    try {
      const res = await call("vault_create", { passphrase, passphraseRepeat: repeat });
      setPassphrase("");
      setRepeat("");
      setRecoveryKey(res.recoveryKey);
    } catch (err) {
      errors.setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="narrow">
      <PageHeading>{t("vault.createTitle")}</PageHeading>
      <p className="lead">{t("vault.createIntro")}</p>
      <div className="warning" role="note">
        <strong>{t("vault.createWarningTitle")}: </strong>
        {t("vault.createWarning")}
      </div>
      <form onSubmit={submit} noValidate aria-busy={busy}>
        <NewPassphraseFields
          idPrefix="new-passphrase"
          label={t("vault.newPassphrase")}
          repeatLabel={t("vault.newPassphraseRepeat")}
          value={passphrase}
          repeat={repeat}
          onChange={setPassphrase}
          onRepeatChange={setRepeat}
          error={errors.fieldError("passphrase")}
          repeatError={errors.fieldError("passphraseRepeat")}
        />
        <FormAlert text={errors.formError} />
        <div className="button-row">
          <button id="create-vault" type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("vault.securing") : t("vault.createSubmit")}
          </button>
        </div>
        {busy ? (
          <p className="busy-note" role="status">
            {t("vault.securing")}
          </p>
        ) : null}
      </form>
    </div>
  );
}
