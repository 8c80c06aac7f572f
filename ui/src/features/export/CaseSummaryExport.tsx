import { call } from "../../ipc/client";
import { t } from "../../i18n";
import { PdfExport } from "./PdfExport";

/** "Exporteer als PDF" for one casus: the casusoverzicht. */
export function CaseSummaryExport({ caseId }: { caseId: string }) {
  return (
    <PdfExport
      idPrefix="case-export"
      title={t("export.title")}
      intro={t("export.unencrypted")}
      buttonLabel={t("export.casePdf")}
      busyText={t("export.busy")}
      run={() => call("export_case_summary", { caseId })}
    />
  );
}
