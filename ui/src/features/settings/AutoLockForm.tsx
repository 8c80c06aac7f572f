import { useEffect, useState, type FormEvent } from "react";
import { call, toIpcError } from "../../ipc/client";
import { errorText, t } from "../../i18n";
import { TextField } from "../../components/Field";
import { FormAlert, StatusMessage } from "../../components/ErrorText";
import { useFormErrors } from "../../lib/useFormErrors";

const FIELD_IDS = { autoLockMinutes: "settings-autoLockMinutes" };

export function AutoLockForm({ onSaved }: { onSaved: (minutes: number) => void }) {
  const [minutes, setMinutes] = useState("");
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const errors = useFormErrors(FIELD_IDS);

  useEffect(() => {
    let current = true;
    call("settings_get", null).then(
      (s) => current && setMinutes(String(s.autoLockMinutes)),
      (e: unknown) => current && setLoadError(errorText(toIpcError(e).code)),
    );
    return () => {
      current = false;
    };
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setDone(null);
    const text = minutes.trim();
    const n = Number(text);
    if (text === "" || !Number.isInteger(n)) {
      errors.setLocal(text === "" ? "required" : "out_of_range", "autoLockMinutes");
      return;
    }
    setBusy(true);
    errors.clear();
    try {
      const s = await call("settings_update", { autoLockMinutes: n });
      setMinutes(String(s.autoLockMinutes));
      setDone(t("settings.autoLockSaved"));
      onSaved(s.autoLockMinutes);
    } catch (err) {
      errors.setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="autolock-heading">
      <h2 id="autolock-heading">{t("settings.autoLockTitle")}</h2>
      <FormAlert text={loadError} />
      <form onSubmit={submit} noValidate aria-busy={busy}>
        <TextField
          id="settings-autoLockMinutes"
          label={t("settings.autoLockMinutes")}
          hint={t("settings.autoLockHint")}
          type="number"
          inputMode="numeric"
          min={1}
          max={15}
          value={minutes}
          onChange={(v) => {
            setMinutes(v);
            setDone(null);
          }}
          error={errors.fieldError("autoLockMinutes")}
          inputClassName="input-short"
        />
        <FormAlert text={errors.formError} />
        <div className="button-row">
          <button id="settings-save" type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("common.saving") : t("common.save")}
          </button>
        </div>
        <StatusMessage id="settings-saved" text={done} />
      </form>
    </section>
  );
}
