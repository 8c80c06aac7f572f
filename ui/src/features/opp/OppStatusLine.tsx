import type { OppView } from "../../ipc/bindings/OppView";
import { t } from "../../i18n";
import { formatDate } from "../../lib/dates";
import { consentText, versionStatusText } from "./labels";

/**
 * "Versie 2 · concept · instemming: voorgelegd": where the OPP stands, from its newest version
 * (and the instemming of the newest vastgestelde one).
 */
export function OppStatusLine({ opp }: { opp: OppView }) {
  const last = opp.versions[opp.versions.length - 1];
  const established = [...opp.versions].reverse().find((v) => v.status === "established");
  if (!last) return null;
  return (
    <p className="opp-status" data-testid="opp-status">
      <strong>{t("opp.versionN", { n: last.number })}</strong>
      {" · "}
      {versionStatusText(last.status)}
      {last.establishedOn ? ` ${t("opp.onDate", { date: formatDate(last.establishedOn) })}` : ""}
      {" · "}
      {established
        ? t("opp.consentLine", { status: consentText(established.consent.status) })
        : t("opp.consentNotYet")}
    </p>
  );
}
