import { call } from "../../ipc/client";
import { t } from "../../i18n";
import { PdfExport } from "./PdfExport";

/** "Wat jij hebt verteld": the child's own summary of a saved hoorgesprek, as a PDF. */
export function HearingSummaryExport({ hearingId }: { hearingId: string }) {
  return (
    <PdfExport
      idPrefix="hearing-export"
      title={t("export.hearingTitle")}
      intro={t("export.hearingIntro")}
      buttonLabel={t("export.hearingPdf")}
      busyText={t("export.hearingBusy")}
      run={() => call("export_hearing_summary", { hearingId })}
    />
  );
}
