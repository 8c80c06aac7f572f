import { useEffect, useRef, useState } from "react";
import { call, toIpcError } from "../../ipc/client";
import type { ExportedFile } from "../../ipc/bindings/ExportedFile";
import { errorText, t } from "../../i18n";
import { FormAlert } from "../../components/ErrorText";

type Phase = { kind: "idle" } | { kind: "busy" } | { kind: "done"; file: ExportedFile };

/**
 * "Exporteer als PDF" for one casus. The backend shows the native save dialog, renders and
 * writes the file; "Openen" opens exactly that file in the system viewer.
 */
export function CaseSummaryExport({ caseId }: { caseId: string }) {
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [error, setError] = useState<string | null>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const done = phase.kind === "done";

  // Once the file is written, "Openen" is the natural next step: move focus there.
  useEffect(() => {
    if (done) openRef.current?.focus();
  }, [done]);

  async function exportPdf() {
    if (phase.kind === "busy") return;
    setPhase({ kind: "busy" });
    setError(null);
    try {
      const res = await call("export_case_summary", { caseId });
      if (res.saved) {
        setPhase({ kind: "done", file: res.saved });
      } else {
        setPhase({ kind: "idle" });
      }
    } catch (e) {
      setPhase({ kind: "idle" });
      setError(errorText(toIpcError(e).code));
    }
  }

  async function openFile() {
    setError(null);
    try {
      await call("export_open_last", null);
    } catch {
      setError(t("export.openFailed"));
    }
  }

  const busy = phase.kind === "busy";
  return (
    <section className="card" aria-labelledby="export-heading" aria-busy={busy}>
      <h2 id="export-heading">{t("export.title")}</h2>
      <p className="muted">{t("export.unencrypted")}</p>
      <div className="button-row">
        <button id="case-export-pdf" type="button" className="button" disabled={busy} onClick={() => void exportPdf()}>
          {t("export.casePdf")}
        </button>
        {phase.kind === "done" ? (
          <button ref={openRef} id="case-export-open" type="button" className="button button-secondary" onClick={() => void openFile()}>
            {t("export.open")}
          </button>
        ) : null}
      </div>
      <div id="case-export-status" role="status" aria-live="polite" className={busy || phase.kind === "done" ? "status-message" : "status-message-empty"}>
        {busy ? <span className="progress">{t("export.busy")}</span> : null}
        {phase.kind === "done" ? t("export.done", { fileName: phase.file.fileName, pages: phase.file.pages }) : null}
      </div>
      <FormAlert text={error} />
    </section>
  );
}
