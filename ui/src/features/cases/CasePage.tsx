import { useState } from "react";
import { call } from "../../ipc/client";
import type { CaseDetail } from "../../ipc/bindings/CaseDetail";
import { errorText, t } from "../../i18n";
import { PageHeading } from "../../components/PageHeading";
import { FormAlert, StatusMessage } from "../../components/ErrorText";
import { Link } from "../../components/Link";
import { useLoad } from "../../lib/useLoad";
import { useCaseTemplate } from "../stepplan/TemplateContext";
import { CaseWorkspace } from "../stepplan/CaseWorkspace";
import { CaseDataCard } from "./CaseDataCard";
import { CaseSummaryExport } from "../export/CaseSummaryExport";
import "./cases.css";

/** The casus page: its data and status, the stappenplan per cycle, and the timeline. */
export function CasePage({ id }: { id: string }) {
  const loaded = useLoad(() => call("case_get", { id }), id);
  const [notice, setNotice] = useState<string | null>(null);
  const detail = loaded.data;
  // The casus keeps the template it was made with, also when another one became active.
  const { template, error: templateError } = useCaseTemplate(id, detail ? detail.case : null);

  const apply = (d: CaseDetail, message: string) => {
    loaded.setData(d);
    setNotice(message);
  };

  const c = detail?.case;
  return (
    <div>
      {detail ? (
        <p className="back-link">
          <Link to={{ name: "pupil", id: detail.pupil.id }}>{t("common.back")}</Link>
        </p>
      ) : null}
      <div className="case-header">
        <PageHeading>{c ? c.title : t("cases.pageTitleLoading")}</PageHeading>
        {/* Slot for casus-wide actions (e.g. export), top right of the header. */}
        <div className="case-actions" id="case-actions" />
      </div>
      {loaded.error ? <FormAlert text={errorText(loaded.error.code)} /> : null}
      {templateError ? <FormAlert text={errorText(templateError.code)} /> : null}
      {(!c && loaded.loading) || (c && !template && !templateError) ? <p role="status">{t("common.loading")}</p> : null}
      <StatusMessage id="case-notice" text={notice} />
      {detail ? <CaseDataCard detail={detail} onDetail={apply} /> : null}
      {detail ? <CaseSummaryExport caseId={id} /> : null}
      {detail && template ? <CaseWorkspace detail={detail} template={template} onDetail={apply} /> : null}
    </div>
  );
}
