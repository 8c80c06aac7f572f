import { useState } from "react";
import { call } from "../../ipc/client";
import type { PupilTlvs } from "../../ipc/bindings/PupilTlvs";
import { errorText, t } from "../../i18n";
import { PageHeading } from "../../components/PageHeading";
import { FormAlert, StatusMessage } from "../../components/ErrorText";
import { Link } from "../../components/Link";
import { useLoad } from "../../lib/useLoad";
import { TlvCard } from "./TlvCard";
import { AttachmentList } from "../attachments/AttachmentList";
import { RequestForm } from "./RequestForm";
import "./tlv.css";

/**
 * The TLV page of a pupil (`#/leerlingen/<id>/tlv`): every TLV newest first with its
 * ondersteuningsvraag, the core's warnings, the dossier checklist (found or "ontbreekt"), the
 * decision and bezwaar, and the termijnen with rule and source; the forms to start or edit an
 * aanvraag, record the decision and a bezwaar. The core validates and computes everything (the
 * einddatum, the termijnen, what is missing); the page shows what it answers.
 */
export function TlvPage({ pupilId }: { pupilId: string }) {
  const loaded = useLoad(() => call("tlv_list", { id: pupilId }), pupilId);
  const [notice, setNotice] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const page = loaded.data;
  const changed = (next: PupilTlvs, message: string) => {
    loaded.setData(next);
    setNotice(message);
  };
  return (
    <div>
      <PageHeading>{t("tlv.title")}</PageHeading>
      <p>
        <Link to={{ name: "pupil", id: pupilId }}>{t("tlv.backToPupil")}</Link>
      </p>
      <p className="muted">{t("tlv.intro")}</p>
      <StatusMessage text={notice} />
      {loaded.error ? <FormAlert text={errorText(loaded.error.code)} /> : null}
      {!page && loaded.loading ? <p role="status">{t("common.loading")}</p> : null}
      {page && page.tlvs.length === 0 ? <p className="empty-state">{t("tlv.none")}</p> : null}
      {page?.canStart && !starting ? (
        <p>
          <button type="button" className="button button-primary" id="tlv-start" onClick={() => setStarting(true)}>
            {t("tlv.start")}
          </button>
        </p>
      ) : null}
      {page?.canStart && starting ? (
        <RequestForm
          pupilId={pupilId}
          existing={null}
          suggestRenewal={page.suggestRenewal}
          onSaved={(next) => {
            setStarting(false);
            changed(next, t("tlv.saved"));
          }}
          onCancel={() => setStarting(false)}
        />
      ) : null}
      {page?.tlvs.map((view) => (
        <TlvCard key={view.id} view={view} onChanged={changed} />
      ))}
      {page && page.tlvs.length > 0 ? (
        // The attachments count in the checklist and follow the generated pages in the dossier.
        <AttachmentList pupilId={pupilId} onChanged={loaded.reload} />
      ) : null}
    </div>
  );
}
