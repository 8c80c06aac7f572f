import { useRef, useState, type FormEvent } from "react";
import { call } from "../../ipc/client";
import type { AppStatus } from "../../ipc/bindings/AppStatus";
import { errorText, t } from "../../i18n";
import { PageHeading } from "../../components/PageHeading";
import { TextField } from "../../components/Field";
import { toIpcError } from "../../ipc/client";
import { RecoverForm } from "./RecoverForm";
import "./vault.css";

/** The lock screen: passphrase, or the way out via the recovery key. */
export function UnlockScreen({ onUnlocked }: { onUnlocked: (status: AppStatus) => void }) {
  const [mode, setMode] = useState<"unlock" | "recover">("unlock");
  const [passphrase, setPassphrase] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  if (mode === "recover") {
    return <RecoverForm onRecovered={onUnlocked} onCancel={() => setMode("unlock")} />;
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const status = await call("vault_unlock", { passphrase });
      setPassphrase("");
      onUnlocked(status);
    } catch (err) {
      const ipc = toIpcError(err);
      setError(errorText(ipc.code));
      setBusy(false);
      inputRef.current?.focus();
      inputRef.current?.select();
    }
  }

  return (
    <div className="narrow">
      <PageHeading focus={false}>{t("vault.unlockTitle")}</PageHeading>
      <p className="lead">{t("vault.unlockIntro")}</p>
      <form onSubmit={submit} noValidate aria-busy={busy}>
        <TextField
          id="unlock-passphrase"
          label={t("vault.passphrase")}
          type="password"
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
          autoFocus
          inputRef={inputRef}
        />
        <div id="unlock-error" role="alert" className={error ? "form-alert" : "form-alert-empty"}>
          {error ?? ""}
        </div>
        <div className="button-row">
          <button id="unlock-submit" type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("vault.unlocking") : t("vault.unlockSubmit")}
          </button>
          <button type="button" className="button button-link" onClick={() => setMode("recover")}>
            {t("vault.forgot")}
          </button>
        </div>
      </form>
    </div>
  );
}
