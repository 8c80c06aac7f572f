import { useRef, useState } from "react";
import { call, toIpcError } from "../../ipc/client";
import type { CaseDetail } from "../../ipc/bindings/CaseDetail";
import type { CaseStatus } from "../../ipc/bindings/CaseStatus";
import { errorText, t } from "../../i18n";
import { PageHeading } from "../../components/PageHeading";
import { FormAlert, StatusMessage } from "../../components/ErrorText";
import { Link } from "../../components/Link";
import { useLoad } from "../../lib/useLoad";
import { formatDate } from "../../lib/dates";
import { CaseForm } from "./CaseForm";
import { CaseSummaryExport } from "../export/CaseSummaryExport";
import { statusText, templateText, timelineText } from "./labels";
import "./cases.css";

/** The casus page: its data, status changes and the timeline. */
export function CasePage({ id }: { id: string }) {
  const loaded = useLoad(() => call("case_get", { id }), id);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const detail = loaded.data;

  const apply = (d: CaseDetail, message: string) => {
    loaded.setData(d);
    setNotice(message);
  };

  async function setStatus(status: CaseStatus) {
    if (!detail || busy) return;
    const c = detail.case;
    setBusy(true);
    setActionError(null);
    try {
      const d = await call("case_update", { id, title: c.title, startDate: c.startDate, status });
      apply(d, status === "closed" ? t("cases.closedDone") : t("cases.reopenedDone"));
    } catch (e) {
      setActionError(errorText(toIpcError(e).code));
    } finally {
      setBusy(false);
    }
  }

  const stopEditing = () => {
    setEditing(false);
    window.setTimeout(() => editRef.current?.focus(), 0);
  };

  const c = detail?.case;
  const timeline = detail ? [...detail.timeline].sort((a, b) => a.date.localeCompare(b.date)) : [];
  return (
    <div>
      {detail ? (
        <p className="back-link">
          <Link to={{ name: "pupil", id: detail.pupil.id }}>{t("common.back")}</Link>
        </p>
      ) : null}
      <PageHeading>{c ? c.title : t("cases.pageTitleLoading")}</PageHeading>
      {loaded.error ? <FormAlert text={errorText(loaded.error.code)} /> : null}
      {!c && loaded.loading ? <p role="status">{t("common.loading")}</p> : null}
      <StatusMessage text={notice} />
      {c && detail ? (
        <>
          <section className="card" aria-labelledby="case-data-heading">
            <div className="section-head">
              <h2 id="case-data-heading">{t("pupils.dataTitle")}</h2>
              {!editing ? (
                <div className="button-row button-row-tight">
                  <button ref={editRef} id="case-edit" type="button" className="button button-secondary" onClick={() => setEditing(true)}>
                    {t("common.edit")}
                  </button>
                  <button
                    id="case-toggle-status"
                    type="button"
                    className="button button-secondary"
                    disabled={busy}
                    onClick={() => void setStatus(c.status === "open" ? "closed" : "open")}
                  >
                    {c.status === "open" ? t("cases.close") : t("cases.reopen")}
                  </button>
                </div>
              ) : null}
            </div>
            <FormAlert text={actionError} />
            <dl className="details">
              <dt>{t("cases.pupil")}</dt>
              <dd>
                <Link to={{ name: "pupil", id: detail.pupil.id }}>
                  {detail.pupil.firstName} {detail.pupil.lastName}
                </Link>
              </dd>
              <dt>{t("cases.startDate")}</dt>
              <dd>{formatDate(c.startDate)}</dd>
              <dt>{t("cases.status")}</dt>
              <dd>
                <span className={`status status-${c.status}`}>{statusText(c.status)}</span>
              </dd>
              {c.closedAt ? (
                <>
                  <dt>{t("cases.closedAt")}</dt>
                  <dd>{formatDate(c.closedAt)}</dd>
                </>
              ) : null}
              <dt>{t("cases.template")}</dt>
              <dd>{templateText(c.templateId)}</dd>
            </dl>
            {editing ? (
              <CaseForm
                heading={t("cases.editTitle")}
                initial={{ title: c.title, startDate: c.startDate }}
                save={async ({ title, startDate }) => {
                  const d = await call("case_update", { id, title, startDate, status: c.status });
                  apply(d, t("cases.savedDone"));
                  stopEditing();
                }}
                onCancel={stopEditing}
              />
            ) : null}
          </section>
          <CaseSummaryExport caseId={id} />
          <section className="card" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{t("cases.timeline")}</h2>
            {timeline.length === 0 ? (
              <p className="empty-state">{t("cases.timelineEmpty")}</p>
            ) : (
              <ol className="timeline">
                {timeline.map((entry, i) => (
                  <li key={`${entry.recordId}-${entry.kind}-${i}`} className={`timeline-item timeline-${entry.kind}`} data-testid="timeline-entry">
                    <span className="timeline-date">{formatDate(entry.date)}</span>
                    <span className="timeline-text">{timelineText(entry.kind)}</span>
                  </li>
                ))}
              </ol>
            )}
            <p className="muted">{t("cases.timelineNote")}</p>
          </section>
        </>
      ) : null}
    </div>
  );
}
