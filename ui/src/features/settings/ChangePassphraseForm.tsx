import { useState, type FormEvent } from "react";
import { call } from "../../ipc/client";
import { t } from "../../i18n";
import { TextField } from "../../components/Field";
import { FormAlert, StatusMessage } from "../../components/ErrorText";
import { NewPassphraseFields } from "../../components/NewPassphraseFields";
import { useFormErrors } from "../../lib/useFormErrors";

const FIELD_IDS = {
  currentPassphrase: "change-current-passphrase",
  newPassphrase: "change-new-passphrase",
  newPassphraseRepeat: "change-new-passphrase-repeat",
  // Backends may name the passphrase rules' field `passphrase`.
  passphrase: "change-new-passphrase",
};

/** "Wachtwoord wijzigen": current, new and repeat. */
export function ChangePassphraseForm() {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const errors = useFormErrors(FIELD_IDS);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setDone(null);
    errors.clear();
    try {
      await call("vault_change_passphrase", { currentPassphrase: current, newPassphrase: next, newPassphraseRepeat: repeat });
      setCurrent("");
      setNext("");
      setRepeat("");
      setDone(t("settings.changeDone"));
    } catch (err) {
      // A wrong current passphrase belongs under that field.
      const e2 = err as { code?: unknown; field?: unknown };
      if (e2 && e2.code === "wrong_passphrase" && !e2.field) errors.setLocal("wrong_passphrase", "currentPassphrase");
      else errors.setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="change-heading">
      <h2 id="change-heading">{t("settings.changeTitle")}</h2>
      <form onSubmit={submit} noValidate aria-busy={busy}>
        <TextField
          id="change-current-passphrase"
          label={t("settings.currentPassphrase")}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
          error={errors.fieldError("currentPassphrase")}
        />
        <NewPassphraseFields
          idPrefix="change-new-passphrase"
          label={t("settings.newPassphrase")}
          repeatLabel={t("settings.newPassphraseRepeat")}
          value={next}
          repeat={repeat}
          onChange={setNext}
          onRepeatChange={setRepeat}
          error={errors.fieldError("newPassphrase") ?? errors.fieldError("passphrase")}
          repeatError={errors.fieldError("newPassphraseRepeat")}
        />
        <FormAlert text={errors.formError} />
        <div className="button-row">
          <button id="change-submit" type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("vault.securing") : t("settings.changeSubmit")}
          </button>
        </div>
        <StatusMessage id="change-done" text={done} />
      </form>
    </section>
  );
}
