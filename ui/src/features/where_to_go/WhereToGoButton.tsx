import { call } from "../../ipc/client";
import { t } from "../../i18n";
import { PdfExport } from "../export/PdfExport";

/**
 * "Waar kunt u terecht?": the parents' one-page sheet of the escalatieladder, exported through
 * the desktop's save dialog with "Openen" after. Without a dispute it is the general sheet;
 * the dispute's sheet (its steps, where it stands, its dates) comes with a `disputeId` once
 * the request carries one (issue 11).
 */
export function WhereToGoButton({ pupilId }: { pupilId: string }) {
  return (
    <div data-testid="where-to-go">
      <PdfExport
        idPrefix="where-to-go"
        title={t("export.whereToGoTitle")}
        intro={t("export.whereToGoIntro")}
        buttonLabel={t("export.whereToGoPdf")}
        busyText={t("export.whereToGoBusy")}
        run={() => call("export_where_to_go", { pupilId })}
      />
    </div>
  );
}
