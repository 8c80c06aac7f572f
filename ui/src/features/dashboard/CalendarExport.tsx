import { useState } from "react";
import { call, toIpcError } from "../../ipc/client";
import type { CalendarFile } from "../../ipc/bindings/CalendarFile";
import { errorText, t } from "../../i18n";
import { FormAlert } from "../../components/ErrorText";

/**
 * "Termijnen in je agenda": the coming deadlines as an .ics file for the user's own agenda, with
 * the pupils' initials only. The backend asks where to save it; Ibis sends nothing.
 */
export function CalendarExport() {
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<CalendarFile | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const res = await call("export_calendar", null);
      setSaved(res.saved);
    } catch (e) {
      setError(errorText(toIpcError(e).code));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="today-ics-heading" aria-busy={busy}>
      <h2 id="today-ics-heading">{t("dashboard.icsTitle")}</h2>
      <p className="muted">{t("dashboard.icsIntro")}</p>
      <div className="button-row">
        <button id="today-ics" type="button" className="button" disabled={busy} onClick={() => void run()}>
          {t("dashboard.icsButton")}
        </button>
      </div>
      <div id="today-ics-status" role="status" aria-live="polite" className={saved ? "status-message" : "status-message-empty"}>
        {saved
          ? saved.events === 1
            ? t("dashboard.icsDoneOne", { fileName: saved.fileName })
            : t("dashboard.icsDone", { fileName: saved.fileName, events: saved.events })
          : null}
      </div>
      <FormAlert text={error} />
    </section>
  );
}
