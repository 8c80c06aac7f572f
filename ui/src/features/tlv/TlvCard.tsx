import { useState } from "react";
import { call, toIpcError } from "../../ipc/client";
import type { PupilTlvs } from "../../ipc/bindings/PupilTlvs";
import type { TlvView } from "../../ipc/bindings/TlvView";
import { errorText, t } from "../../i18n";
import { ConfirmInline } from "../../components/ConfirmInline";
import { FormAlert } from "../../components/ErrorText";
import { Link } from "../../components/Link";
import { formatDate } from "../../lib/dates";
import { Checklist } from "./Checklist";
import { Deadlines } from "./Deadlines";
import { DecisionForm } from "./DecisionForm";
import { ObjectionForm } from "./ObjectionForm";
import { RequestForm } from "./RequestForm";
import { PdfExport } from "../export/PdfExport";

type Changed = (page: PupilTlvs, message: string) => void;

/**
 * One TLV: the ondersteuningsvraag first (the commission reads it first), then soort, dates and
 * renewal; the warnings; the checklist; the termijnen; the decision and bezwaar; and what can be
 * done in its state (edit and delete while undecided, decide once applied, a bezwaar once decided).
 */
export function TlvCard({ view, onChanged }: { view: TlvView; onChanged: Changed }) {
  const [editing, setEditing] = useState(false);
  const request = view.tlv.request;
  const decision = view.tlv.decision;
  const headingId = `tlv-${view.id}-heading`;
  return (
    <section className="card tlv-card" aria-labelledby={headingId} data-testid="tlv-card">
      <h2 id={headingId}>{t("tlv.cardTitle", { kind: t(`tlv.kinds.${request.kind}`) })}</h2>
      <p className="tlv-status" data-testid="tlv-status">
        {t("tlv.status")}: <strong>{view.statusLabel}</strong>
      </p>
      <dl className="details">
        <dt>{t("tlv.supportQuestion")}</dt>
        <dd className="tlv-question">{request.supportQuestion}</dd>
        <dt>{t("tlv.kind")}</dt>
        <dd>{t(`tlv.kinds.${request.kind}`)}</dd>
        {request.clusterNote ? (
          <>
            <dt>{t("tlv.clusterNote")}</dt>
            <dd>{request.clusterNote}</dd>
          </>
        ) : null}
        <dt>{t("tlv.appliedOn")}</dt>
        <dd>{request.appliedOn ? formatDate(request.appliedOn) : t("tlv.notApplied")}</dd>
        <dt>{t("tlv.renewal")}</dt>
        <dd>{request.renewal ? t("common.yes") : t("common.no")}</dd>
        <dt>{t("tlv.expertsTitle")}</dt>
        <dd>
          {request.experts.length === 0 ? (
            t("common.empty")
          ) : (
            <ul className="tlv-experts">
              {request.experts.map((expert, index) => (
                <li key={index}>
                  {t("tlv.expertLine", { name: expert.name, discipline: t(`tlv.disciplines.${expert.discipline}`), date: formatDate(expert.advisedOn) })}
                  {expert.independent ? null : <> — {t("tlv.expertDependent")}</>}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t("tlv.parentsTitle")}</dt>
        <dd>
          {request.parents.on
            ? t("tlv.parentsLine", { stance: t(`tlv.stances.${request.parents.stance}`), date: formatDate(request.parents.on) })
            : t(`tlv.stances.${request.parents.stance}`)}
          {request.parents.note ? <p className="tlv-note">{request.parents.note}</p> : null}
        </dd>
      </dl>
      {view.warnings.length > 0 ? (
        <div className="notice tlv-warnings" role="note" aria-labelledby={`${headingId}-warnings`}>
          <h3 id={`${headingId}-warnings`}>{t("tlv.warningsTitle")}</h3>
          <ul data-testid="tlv-warnings">
            {view.warnings.map((warning) => (
              <li key={`${warning.code}-${warning.text}`}>{warning.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Checklist view={view} onChanged={onChanged} />
      <Deadlines view={view} />
      <PdfExport
        idPrefix={`tlv-${view.id}-export`}
        title={t("export.tlvTitle")}
        intro={t("export.tlvIntro")}
        buttonLabel={t("export.tlvPdf")}
        busyText={t("export.tlvBusy")}
        run={() => call("export_tlv_dossier", { tlvId: view.id })}
      />
      {decision ? (
        <div data-testid="tlv-decision">
          <h3>{t("tlv.decisionTitle")}</h3>
          <p>
            {t("tlv.decisionLine", { outcome: t(`tlv.outcomes.${decision.outcome}`), date: formatDate(decision.decidedOn), number: decision.decisionNumber })}
          </p>
          {decision.category ? <p>{t("tlv.categoryLine", { category: t(`tlv.categories.${decision.category}`) })}</p> : null}
          {decision.note ? <p className="tlv-note">{decision.note}</p> : null}
          {/* A disagreement about the decision follows the escalatieladder (issue 11). */}
          <p data-testid="tlv-open-dispute">
            <Link to={{ name: "escalation", id: view.pupilId, subject: "tlv", link: { kind: "tlv", id: view.id } }}>{t("escalation.start")}</Link>
          </p>
        </div>
      ) : null}
      {view.tlv.objection ? (
        <div data-testid="tlv-objection">
          <h3>{t("tlv.objectionTitle")}</h3>
          <p>{t("tlv.objectionLine", { date: formatDate(view.tlv.objection.filedOn), by: view.tlv.objection.by })}</p>
          {view.tlv.objection.note ? <p className="tlv-note">{view.tlv.objection.note}</p> : null}
          <p>
            {view.tlv.objection.result && view.tlv.objection.decidedOn
              ? t("tlv.objectionResultLine", { result: t(`tlv.objectionResults.${view.tlv.objection.result}`), date: formatDate(view.tlv.objection.decidedOn) })
              : t("tlv.objectionRunning")}
          </p>
        </div>
      ) : null}
      {view.editable && editing ? (
        <RequestForm
          pupilId={view.pupilId}
          existing={view}
          suggestRenewal={false}
          onSaved={(next) => {
            setEditing(false);
            onChanged(next, t("tlv.saved"));
          }}
          onCancel={() => setEditing(false)}
        />
      ) : null}
      {view.editable && !editing ? (
        <div className="button-row tlv-actions">
          <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
            {t("tlv.edit")}
          </button>
          <DeleteTlv view={view} onDone={(next) => onChanged(next, t("tlv.deleted"))} />
        </div>
      ) : null}
      {view.status === "applied" ? <DecisionForm view={view} onDone={(next) => onChanged(next, t("tlv.decided"))} /> : null}
      {decision && !view.tlv.objection?.result ? <ObjectionForm view={view} onDone={(next) => onChanged(next, t("tlv.objectionSaved"))} /> : null}
    </section>
  );
}

function DeleteTlv({ view, onDone }: { view: TlvView; onDone: (page: PupilTlvs) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(await call("tlv_delete", { id: view.id }));
    } catch (e) {
      setError(errorText(toIpcError(e).code));
      setBusy(false);
    }
  };
  return (
    <div className="tlv-delete">
      <FormAlert text={error} />
      {confirming ? (
        <ConfirmInline message={t("tlv.deleteConfirm")} confirmLabel={t("tlv.delete")} busy={busy} onConfirm={() => void remove()} onCancel={() => setConfirming(false)} />
      ) : (
        <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
          {t("tlv.delete")}
        </button>
      )}
    </div>
  );
}
