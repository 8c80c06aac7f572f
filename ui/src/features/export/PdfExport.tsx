import { useEffect, useRef, useState } from "react";
import { call, toIpcError } from "../../ipc/client";
import type { ExportedFile } from "../../ipc/bindings/ExportedFile";
import type { ExportResponse } from "../../ipc/bindings/ExportResponse";
import { errorText, t } from "../../i18n";
import { FormAlert } from "../../components/ErrorText";

type Phase = { kind: "idle" } | { kind: "busy" } | { kind: "done"; file: ExportedFile };

export interface PdfExportProps {
  /** Prefix of the element ids: `<idPrefix>-pdf`, `-open`, `-status`, `-heading`. */
  idPrefix: string;
  title: string;
  /** What the PDF is and that it is not encrypted. */
  intro: string;
  buttonLabel: string;
  busyText: string;
  /** Runs the export command: the backend shows the native save dialog, renders and writes. */
  run: () => Promise<ExportResponse>;
}

/**
 * One PDF export as a card: the export button, progress, the saved file's name and pages, and
 * "Openen", which opens exactly that file in the system viewer.
 */
export function PdfExport({ idPrefix, title, intro, buttonLabel, busyText, run }: PdfExportProps) {
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
      const res = await run();
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
    <section className="card" aria-labelledby={`${idPrefix}-heading`} aria-busy={busy}>
      <h2 id={`${idPrefix}-heading`}>{title}</h2>
      <p className="muted">{intro}</p>
      <div className="button-row">
        <button id={`${idPrefix}-pdf`} type="button" className="button" disabled={busy} onClick={() => void exportPdf()}>
          {buttonLabel}
        </button>
        {phase.kind === "done" ? (
          <button ref={openRef} id={`${idPrefix}-open`} type="button" className="button button-secondary" onClick={() => void openFile()}>
            {t("export.open")}
          </button>
        ) : null}
      </div>
      <div id={`${idPrefix}-status`} role="status" aria-live="polite" className={busy || phase.kind === "done" ? "status-message" : "status-message-empty"}>
        {busy ? <span className="progress">{busyText}</span> : null}
        {phase.kind === "done"
          ? phase.file.pages === 1
            ? t("export.doneOnePage", { fileName: phase.file.fileName })
            : t("export.done", { fileName: phase.file.fileName, pages: phase.file.pages })
          : null}
      </div>
      <FormAlert text={error} />
    </section>
  );
}
