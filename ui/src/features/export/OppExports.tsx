import { call } from "../../ipc/client";
import { t } from "../../i18n";
import { PdfExport } from "./PdfExport";

/**
 * The two printed documents of one OPP version: the plan itself with its signature blocks
 * (a draft prints with CONCEPT on every page) and the ouderblad in plain Dutch.
 */
export function OppExports({ versionId }: { versionId: string }) {
  return (
    <div className="opp-export" data-testid="opp-export">
      <PdfExport
        idPrefix="opp-export"
        title={t("export.oppTitle")}
        intro={t("export.oppIntro")}
        buttonLabel={t("export.oppPdf")}
        busyText={t("export.oppBusy")}
        run={() => call("export_opp", { versionId })}
      />
      <PdfExport
        idPrefix="opp-parent-sheet"
        title={t("export.parentSheetTitle")}
        intro={t("export.parentSheetIntro")}
        buttonLabel={t("export.parentSheetPdf")}
        busyText={t("export.parentSheetBusy")}
        run={() => call("export_opp_parent_sheet", { versionId })}
      />
    </div>
  );
}
