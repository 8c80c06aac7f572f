import { useRef, useState } from "react";
import { call, toIpcError } from "../../ipc/client";
import type { CaseDetail } from "../../ipc/bindings/CaseDetail";
import { errorText, t } from "../../i18n";
import { FormAlert } from "../../components/ErrorText";
import { Link } from "../../components/Link";
import { formatDate } from "../../lib/dates";
import { CaseForm } from "./CaseForm";
import { CloseCaseForm } from "./CloseCaseForm";
import { statusText, templateText } from "./labels";
import { useFocusAfterRender } from "../../lib/useFocusAfterRender";

interface CaseDataCardProps {
  detail: CaseDetail;
  onDetail: (detail: CaseDetail, message: string) => void;
}

/** "Gegevens" of a casus: pupil, dates, status, template; edit, close and reopen. */
export function CaseDataCard({ detail, onDetail }: CaseDataCardProps) {
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const c = detail.case;

  async function reopen() {
    if (busy) return;
    setBusy(true);
    setActionError(null);
    try {
      const d = await call("case_update", { id: c.id, title: c.title, startDate: c.startDate, status: "open" });
      onDetail(d, t("cases.reopenedDone"));
    } catch (e) {
      setActionError(errorText(toIpcError(e).code));
    } finally {
      setBusy(false);
    }
  }

  const focusAfterRender = useFocusAfterRender();
  const stopEditing = () => {
    setEditing(false);
    focusAfterRender(() => editRef.current);
  };
  const stopClosing = () => {
    setClosing(false);
    focusAfterRender(() => document.getElementById("case-toggle-status"));
  };

  return (
    <section className="card" aria-labelledby="case-data-heading">
      <div className="section-head">
        <h2 id="case-data-heading">{t("pupils.dataTitle")}</h2>
        {!editing && !closing ? (
          <div className="button-row button-row-tight">
            <button ref={editRef} id="case-edit" type="button" className="button button-secondary" onClick={() => setEditing(true)}>
              {t("common.edit")}
            </button>
            <button
              id="case-toggle-status"
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => (c.status === "open" ? setClosing(true) : void reopen())}
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
            {detail.pupil.fullName}
          </Link>
        </dd>
        <dt>{t("cases.startDate")}</dt>
        <dd>{formatDate(c.startDate)}</dd>
        <dt>{t("cases.status")}</dt>
        <dd>
          <span className={`status status-${c.status}`}>{statusText(c.status)}</span>
        </dd>
        {c.closedOn || c.closedAt ? (
          <>
            <dt>{t("cases.closedOn")}</dt>
            <dd id="case-closed-on">{formatDate(c.closedOn ?? c.closedAt)}</dd>
          </>
        ) : null}
        {c.closeReason ? (
          <>
            <dt>{t("cases.closeReason")}</dt>
            <dd id="case-close-reason">{c.closeReason}</dd>
          </>
        ) : null}
        <dt>{t("cases.template")}</dt>
        <dd>{templateText(c.templateId)}</dd>
      </dl>
      {closing ? (
        <CloseCaseForm
          caseId={c.id}
          suggestedDate={detail.followUp?.kind === "close_case" ? detail.followUp.date : undefined}
          onClosed={(d) => {
            setClosing(false);
            onDetail(d, t("cases.closedDone"));
          }}
          onCancel={stopClosing}
        />
      ) : null}
      {editing ? (
        <CaseForm
          heading={t("cases.editTitle")}
          initial={{ title: c.title, startDate: c.startDate }}
          save={async ({ title, startDate }) => {
            const d = await call("case_update", { id: c.id, title, startDate, status: c.status });
            onDetail(d, t("cases.savedDone"));
            stopEditing();
          }}
          onCancel={stopEditing}
        />
      ) : null}
    </section>
  );
}
