import { call } from "../../ipc/client";
import { t } from "../../i18n";
import { PdfExport } from "../export/PdfExport";

/**
 * "Waar kunt u terecht?": the parents' one-page sheet of the escalatieladder, exported through
 * the desktop's save dialog with "Openen" after. Without a dispute it is the general sheet;
 * with `disputeId` it is that geschil's sheet (its steps, where it stands, its dates).
 */
export function WhereToGoButton({ pupilId, disputeId }: { pupilId: string; disputeId?: string }) {
  return (
    <div data-testid={disputeId ? "where-to-go-dispute" : "where-to-go"}>
      <PdfExport
        idPrefix={disputeId ? `where-to-go-${disputeId}` : "where-to-go"}
        title={t("export.whereToGoTitle")}
        intro={t(disputeId ? "export.whereToGoDisputeIntro" : "export.whereToGoIntro")}
        buttonLabel={t("export.whereToGoPdf")}
        busyText={t("export.whereToGoBusy")}
        run={() => call("export_where_to_go", disputeId ? { pupilId, disputeId } : { pupilId })}
      />
    </div>
  );
}
