import { useState, type FormEvent } from "react";
import { call } from "../../ipc/client";
import type { MeldcodePage } from "../../ipc/bindings/MeldcodePage";
import { t } from "../../i18n";
import { TextField } from "../../components/Field";
import { FormAlert } from "../../components/ErrorText";
import { useFormErrors } from "../../lib/useFormErrors";

/**
 * Asks the passphrase again before the meldcode is shown. The core checks it against the
 * vault's key slot; a wrong one is refused (and audited) and its message shown at the field.
 * Enter submits (it is a form); the field has focus when the dialog appears.
 */
export function PassphraseDialog({ pupilId, onOpened }: { pupilId: string; onOpened: (page: MeldcodePage) => void }) {
  const ids = { passphrase: "meldcode-passphrase" };
  const [passphrase, setPassphrase] = useState("");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    try {
      const page = await call("meldcode_open", { pupilId, passphrase });
      setPassphrase("");
      onOpened(page);
    } catch (err) {
      setPassphrase("");
      // A wrong passphrase belongs to the field (the core names no field for it).
      const code = (err as { code?: string }).code;
      if (code === "wrong_passphrase") errors.setLocal("wrong_passphrase", "passphrase");
      else errors.setError(err);
      setBusy(false);
    }
  }

  return (
    <form className="card meldcode-unlock" onSubmit={submit} noValidate aria-labelledby="meldcode-unlock-heading" data-testid="meldcode-unlock">
      <h2 id="meldcode-unlock-heading">{t("meldcode.unlockTitle")}</h2>
      <p>{t("meldcode.unlockText")}</p>
      <TextField
        id={ids.passphrase}
        label={t("meldcode.passphrase")}
        type="password"
        value={passphrase}
        onChange={setPassphrase}
        autoComplete="current-password"
        autoFocus
        error={errors.fieldError("passphrase")}
      />
      <FormAlert text={errors.formError} />
      <button type="submit" className="button button-primary" id="meldcode-unlock-submit" disabled={busy}>
        {t("meldcode.unlock")}
      </button>
    </form>
  );
}
