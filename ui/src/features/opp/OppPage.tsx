import { useState } from "react";
import { OppExports } from "../export/OppExports";
import { call, toIpcError } from "../../ipc/client";
import type { OppVersionView } from "../../ipc/bindings/OppVersionView";
import type { OppView } from "../../ipc/bindings/OppView";
import type { PupilOpp } from "../../ipc/bindings/PupilOpp";
import { errorText, t } from "../../i18n";
import { PageHeading } from "../../components/PageHeading";
import { FormAlert, StatusMessage } from "../../components/ErrorText";
import { ConfirmInline } from "../../components/ConfirmInline";
import { Link } from "../../components/Link";
import { formatDate } from "../../lib/dates";
import { useFocusAfterRender } from "../../lib/useFocusAfterRender";
import { useLoad } from "../../lib/useLoad";
import { ConsentForm, ConsultationForm } from "./AgreementForms";
import { ClockPanel, RodDates } from "./ClockPanel";
import { DiffView } from "./DiffView";
import { DraftForm } from "./DraftForm";
import { EstablishPanel } from "./EstablishPanel";
import { OppStatusLine } from "./OppStatusLine";
import { StartOppForm } from "./OppSection";
import { VersionText } from "./VersionText";
import { consentText, reasonText, versionStatusText } from "./labels";
import "./opp.css";

const VERSION_HEADING = "opp-version-heading";

/** How the page follows a change: a quiet message, another version shown, where focus goes. */
interface Change {
  message?: string;
  select?: string | undefined;
  focus?: string;
}

/** The OPP page of a pupil: versions, the selected version (form or text), agreements, clock. */
export function OppPage({ pupilId }: { pupilId: string }) {
  const loaded = useLoad(() => call("opp_get", { id: pupilId }), pupilId);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const focusAfterRender = useFocusAfterRender();
  const page = loaded.data;
  const opp = page?.opp ?? null;
  const selected = opp ? (opp.versions.find((v) => v.id === selectedId) ?? opp.versions[opp.versions.length - 1]) : undefined;

  const update = (next: PupilOpp, how: Change = {}) => {
    loaded.setData(next);
    setNotice(how.message ?? null);
    if (how.select) setSelectedId(how.select);
    if (how.focus) focus(how.focus);
  };
  const focus = (id: string) => focusAfterRender(() => document.getElementById(id));

  return (
    <div className="opp-page">
      <p className="back-link">
        <Link to={{ name: "pupil", id: pupilId }}>{t("opp.backToPupil")}</Link>
      </p>
      <PageHeading>{page ? t("opp.pageTitle", { name: page.firstName }) : t("opp.sectionTitle")}</PageHeading>
      {loaded.error ? <FormAlert text={errorText(loaded.error.code)} /> : null}
      {!page && loaded.loading ? <p role="status">{t("common.loading")}</p> : null}
      <StatusMessage text={notice} />
      {page && !opp ? (
        <>
          <p data-testid="opp-none">{t("opp.noOppPage")}</p>
          <section className="card" aria-label={t("opp.startTitle")}>
            <StartOppForm page={page} cases={[]} onStarted={(next) => update(next, { message: t("opp.started"), focus: VERSION_HEADING })} />
          </section>
        </>
      ) : null}
      {page && opp && selected ? (
        <>
          <OppStatusLine opp={opp} />
          <ClockPanel opp={opp} onChange={(next) => update(next, { message: next.opp ? t("opp.clockSaved") : t("opp.ended") })} />
          <VersionList opp={opp} selected={selected} onSelect={(id) => update(page, { select: id, focus: VERSION_HEADING })} />
          <DiffView key={opp.versions.length} opp={opp} />
          <VersionPanel key={selected.id} page={page} opp={opp} version={selected} onChange={update} />
        </>
      ) : null}
      {page && page.ended.length > 0 ? <EndedList ended={page.ended} /> : null}
    </div>
  );
}

function VersionList({ opp, selected, onSelect }: { opp: OppView; selected: OppVersionView; onSelect: (id: string) => void }) {
  return (
    <section className="card" aria-labelledby="opp-versions-heading" data-testid="opp-versions">
      <h2 id="opp-versions-heading">{t("opp.versionsTitle")}</h2>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">{t("opp.versionsTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("opp.colVersion")}</th>
              <th scope="col">{t("opp.colStatus")}</th>
              <th scope="col">{t("opp.colReason")}</th>
              <th scope="col">{t("opp.colDate")}</th>
            </tr>
          </thead>
          <tbody>
            {[...opp.versions].reverse().map((v) => (
              <tr key={v.id} data-testid="opp-version-row" aria-current={v.id === selected.id ? "true" : undefined}>
                <th scope="row">
                  <button type="button" id={`opp-version-${v.number}`} className="button-link" onClick={() => onSelect(v.id)}>
                    {t("opp.versionN", { n: v.number })}
                  </button>
                  {v.id === selected.id ? <span className="muted"> {t("opp.shown")}</span> : null}
                </th>
                <td>{versionStatusText(v.status)}</td>
                <td>{reasonText(v.reason)}</td>
                <td>{formatDate(v.establishedOn ?? v.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

interface VersionPanelProps {
  page: PupilOpp;
  opp: OppView;
  version: OppVersionView;
  onChange: (page: PupilOpp, how?: Change) => void;
}

function VersionPanel({ page, opp, version, onChange }: VersionPanelProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const isDraft = version.status === "draft";
  const last = opp.versions[opp.versions.length - 1];
  const canMakeNew = !isDraft && last?.id === version.id && opp.endedOn === null;

  async function act(action: () => Promise<PupilOpp>, message: string, selectLast: boolean) {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const next = await action();
      const versions = next.opp?.versions ?? [];
      onChange(next, { message, select: selectLast ? versions[versions.length - 1]?.id : undefined, focus: VERSION_HEADING });
    } catch (err) {
      setError(errorText(toIpcError(err).code));
    } finally {
      setBusy(false);
      setConfirmDelete(false);
    }
  }

  return (
    <section className="card opp-version" aria-labelledby="opp-version-heading" data-testid="opp-version">
      <h2 id="opp-version-heading" tabIndex={-1}>
        {t("opp.versionTitle", { n: version.number, status: versionStatusText(version.status) })}
        {version.establishedOn ? ` ${t("opp.onDate", { date: formatDate(version.establishedOn) })}` : ""}
      </h2>
      <p className="muted">
        {t("opp.versionMeta", { reason: reasonText(version.reason), consent: consentText(version.consent.status) })}
      </p>
      {version.status === "established" && version.consent.status === "niet_ingestemd" ? (
        // The parents did not agree: the escalatieladder is open to them (issue 11).
        <p data-testid="opp-open-dispute">
          <Link to={{ name: "escalation", id: page.pupilId, subject: "opp", link: { kind: "opp_version", id: version.id } }}>{t("escalation.start")}</Link>
        </p>
      ) : null}
      <OppExports key={version.id} versionId={version.id} />
      <FormAlert text={error} />
      {isDraft ? (
        <>
          <p className="opp-concept" data-testid="opp-concept-note">
            <strong>{t("opp.conceptMark")}</strong> {t("opp.conceptNote")}
          </p>
          <DraftForm key={`${version.id}:${version.updatedAt}`} page={page} version={version} onSaved={(next) => onChange(next, { message: t("opp.saved"), focus: "opp-save" })} />
          <EstablishPanel
            key={version.id}
            page={page}
            version={version}
            onDone={(next) => onChange(next, { message: t("opp.established", { n: version.number }), focus: VERSION_HEADING })}
          />
          {confirmDelete ? (
            <ConfirmInline
              message={t("opp.deleteDraftConfirm", { n: version.number })}
              confirmLabel={t("opp.deleteDraft")}
              onConfirm={() => void act(() => call("opp_delete_draft", { id: version.id }), t("opp.draftDeleted"), true)}
              onCancel={() => setConfirmDelete(false)}
              busy={busy}
            />
          ) : (
            <div className="button-row">
              <button id="opp-draft-delete" type="button" className="button button-danger-quiet" onClick={() => setConfirmDelete(true)}>
                {t("opp.deleteDraft")}
              </button>
            </div>
          )}
        </>
      ) : (
        <>
          <EstablishedHearing version={version} />
          <VersionText page={page} version={version} />
          {canMakeNew ? (
            <div className="button-row">
              <button
                id="opp-new-version"
                data-testid="opp-new-version"
                type="button"
                className="button button-primary"
                disabled={busy}
                onClick={() => void act(() => call("opp_new_version", { id: opp.id }), t("opp.newVersionMade"), true)}
              >
                {t("opp.newVersion")}
              </button>
            </div>
          ) : null}
        </>
      )}
      <div className="opp-agreements">
        <ConsultationForm key={`oogo-${version.id}`} page={page} version={version} onSaved={(next) => onChange(next)} />
        <ConsentForm key={`consent-${version.id}`} page={page} version={version} onSaved={(next) => onChange(next)} />
      </div>
    </section>
  );
}

/** Which hoorgesprek a vastgestelde version relies on, or why there was none. */
function EstablishedHearing({ version }: { version: OppVersionView }) {
  if (version.hearing) {
    return <p data-testid="opp-hearing">{t("opp.hearingUsed", { date: formatDate(version.hearing.heldOn), who: version.hearing.spokeWith })}</p>;
  }
  if (version.hearingGapReason) {
    return (
      <p data-testid="opp-hearing">
        {t("opp.hearingGap")} <span className="preserve-lines">{version.hearingGapReason}</span>
      </p>
    );
  }
  return null;
}

function EndedList({ ended }: { ended: OppView[] }) {
  return (
    <section className="card" aria-labelledby="opp-ended-heading" data-testid="opp-ended">
      <h2 id="opp-ended-heading">{t("opp.endedTitle")}</h2>
      {ended.map((opp) => (
        <dl key={opp.id} className="details">
          <RodDates opp={opp} />
          <dt>{t("opp.endReason")}</dt>
          <dd>{opp.endReason ?? t("common.empty")}</dd>
        </dl>
      ))}
    </section>
  );
}
