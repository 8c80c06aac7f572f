import { useState, type FormEvent } from "react";
import { call } from "../../ipc/client";
import type { AppStatus } from "../../ipc/bindings/AppStatus";
import { t } from "../../i18n";
import { PageHeading } from "../../components/PageHeading";
import { TextField } from "../../components/Field";
import { FormAlert } from "../../components/ErrorText";
import { NewPassphraseFields } from "../../components/NewPassphraseFields";
import { useFormErrors } from "../../lib/useFormErrors";
import "./vault.css";

const FIELD_IDS = {
  recoveryKey: "recover-key",
  newPassphrase: "recover-new-passphrase",
  newPassphraseRepeat: "recover-new-passphrase-repeat",
  // The backend may name the passphrase rule's field `passphrase` too.
  passphrase: "recover-new-passphrase",
};

/** "Wachtwoord vergeten": set a new passphrase with the recovery key. */
export function RecoverForm({ onRecovered, onCancel }: { onRecovered: (s: AppStatus) => void; onCancel: () => void }) {
  const [recoveryKey, setRecoveryKey] = useState("");
  const [newPassphrase, setNewPassphrase] = useState("");
  const [repeat, setRepeat] = useState("");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(FIELD_IDS);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    try {
      const status = await call("vault_recover", {
        recoveryKey: recoveryKey.trim().toUpperCase(),
        newPassphrase,
        newPassphraseRepeat: repeat,
      });
      onRecovered(status);
    } catch (err) {
      errors.setError(err);
      setBusy(false);
    }
  }

  return (
    <div className="narrow">
      <PageHeading>{t("vault.recoverTitle")}</PageHeading>
      <p className="lead">{t("vault.recoverIntro")}</p>
      <form
        onSubmit={submit}
        noValidate
        aria-busy={busy}
        onKeyDown={(e) => {
          if (e.key === "Escape") onCancel();
        }}
      >
        <TextField
          id="recover-key"
          label={t("vault.recoveryKey")}
          hint={t("vault.recoveryKeyHint")}
          value={recoveryKey}
          onChange={setRecoveryKey}
          spellCheck={false}
          inputClassName="input-mono"
          error={errors.fieldError("recoveryKey")}
        />
        <NewPassphraseFields
          idPrefix="recover-new-passphrase"
          label={t("vault.recoverNewPassphrase")}
          repeatLabel={t("vault.recoverNewPassphraseRepeat")}
          value={newPassphrase}
          repeat={repeat}
          onChange={setNewPassphrase}
          onRepeatChange={setRepeat}
          error={errors.fieldError("newPassphrase") ?? errors.fieldError("passphrase")}
          repeatError={errors.fieldError("newPassphraseRepeat")}
        />
        <FormAlert text={errors.formError} />
        <div className="button-row">
          <button id="recover-submit" type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("vault.securing") : t("vault.recoverSubmit")}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t("vault.recoverBack")}
          </button>
        </div>
      </form>
    </div>
  );
}
