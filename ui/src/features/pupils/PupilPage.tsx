import { useState } from "react";
import { call, toIpcError } from "../../ipc/client";
import type { PupilDetail } from "../../ipc/bindings/PupilDetail";
import { errorText, t } from "../../i18n";
import { PageHeading } from "../../components/PageHeading";
import { FormAlert, StatusMessage } from "../../components/ErrorText";
import { Link } from "../../components/Link";
import { href } from "../../app/router";
import { useLoad } from "../../lib/useLoad";
import { formatDate } from "../../lib/dates";
import { educationLong, gradeText, wordingLabel } from "./education";
import { GuardianSection } from "../guardians/GuardianSection";
import { CaseSection } from "../cases/CaseSection";
import { HearingSection } from "../hearing/HearingSection";
import { OppSection } from "../opp/OppSection";
import { AbsenceSection } from "../absence/AbsenceSection";
import { AttachmentSection } from "../attachments/AttachmentSection";
import { WhereToGoButton } from "../where_to_go/WhereToGoButton";
import "./pupils.css";

/** The pupil page: data, guardians, cases, hoorrecht and the OPP. */
export function PupilPage({ id }: { id: string }) {
  const loaded = useLoad(() => call("pupil_get", { id }), id);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const detail = loaded.data;
  const update = (d: PupilDetail) => loaded.setData(d);

  async function toggleArchived() {
    if (!detail || busy) return;
    const archived = detail.pupil.archivedAt === null;
    setBusy(true);
    setActionError(null);
    try {
      update(await call("pupil_set_archived", { id, archived }));
      setNotice(archived ? t("pupils.archivedDone") : t("pupils.unarchivedDone"));
    } catch (e) {
      setActionError(errorText(toIpcError(e).code));
    } finally {
      setBusy(false);
    }
  }

  const p = detail?.pupil;
  return (
    <div>
      <p className="back-link">
        <Link to={{ name: "pupils" }}>{t("pupils.backToList")}</Link>
      </p>
      <PageHeading>{p ? p.fullName : t("pupils.pageTitleLoading")}</PageHeading>
      {loaded.error ? <FormAlert text={errorText(loaded.error.code)} /> : null}
      {!p && loaded.loading ? <p role="status">{t("common.loading")}</p> : null}
      <StatusMessage text={notice} />
      {p && detail ? (
        <>
          {p.archivedAt !== null ? (
            <p className="notice-archived">{t("pupils.archivedNotice")}</p>
          ) : null}
          <section className="card" aria-labelledby="pupil-data-heading">
            <div className="section-head">
              <h2 id="pupil-data-heading">{t("pupils.dataTitle")}</h2>
              <div className="button-row button-row-tight">
                <a className="button button-secondary" href={href({ name: "pupil-edit", id })} id="pupil-edit">
                  {t("common.edit")}
                </a>
                <button type="button" id="pupil-archive" className="button button-secondary" onClick={toggleArchived} disabled={busy}>
                  {p.archivedAt === null ? t("pupils.archive") : t("pupils.unarchive")}
                </button>
              </div>
            </div>
            <FormAlert text={actionError} />
            <dl className="details">
              <dt>{t("pupils.birthDate")}</dt>
              <dd>{formatDate(p.birthDate)}</dd>
              <dt>{t("education.label")}</dt>
              <dd>
                {educationLong(p.educationType)}, {gradeText(p.stage, p.grade)}
              </dd>
              <dt>{t("pupils.school")}</dt>
              <dd>{p.school || t("common.empty")}</dd>
              {p.stage === "secondary" ? (
                <>
                  <dt>{wordingLabel(p.stage, "classContact")}</dt>
                  <dd>{p.contactPerson ?? t("common.empty")}</dd>
                </>
              ) : null}
              <dt>{t("pupils.notes")}</dt>
              <dd className="preserve-lines">{p.notes ?? t("common.empty")}</dd>
            </dl>
          </section>
          <GuardianSection pupilId={id} guardians={detail.guardians} onChange={update} />
          <CaseSection pupilId={id} cases={detail.cases} />
          <HearingSection pupilId={id} />
          <OppSection pupilId={id} cases={detail.cases} />
          <section className="card" aria-labelledby="enrolment-heading" data-testid="enrolment-section">
            <h2 id="enrolment-heading">{t("enrolment.title")}</h2>
            <p className="muted">{t("enrolment.sectionText")}</p>
            <p>
              <Link id="enrolment-open" to={{ name: "enrolment", id }}>
                {t("enrolment.open")}
              </Link>
            </p>
          </section>
          <AbsenceSection pupilId={id} />
          <section className="card" aria-labelledby="tlv-heading" data-testid="tlv-section">
            <h2 id="tlv-heading">{t("tlv.title")}</h2>
            <p className="muted">{t("tlv.sectionText")}</p>
            <p>
              <Link id="tlv-open" to={{ name: "tlv", id }}>
                {t("tlv.open")}
              </Link>
            </p>
          </section>
          <WhereToGoButton pupilId={id} />
          <section className="card" aria-labelledby="escalation-heading" data-testid="escalation-section">
            <h2 id="escalation-heading">{t("escalation.title")}</h2>
            <p className="muted">{t("escalation.sectionText")}</p>
            <p>
              <Link id="escalation-open" to={{ name: "escalation", id, subject: null, link: null }}>
                {t("escalation.open")}
              </Link>
            </p>
          </section>
          <AttachmentSection pupilId={id} />
          {/* Restricted: the card shows no status, count or date of the meldcode route. */}
          <section className="card" aria-labelledby="meldcode-heading" data-testid="meldcode-section">
            <h2 id="meldcode-heading">{t("meldcode.cardTitle")}</h2>
            <p className="muted">{t("meldcode.sectionText")}</p>
            <p>
              <Link id="meldcode-open" to={{ name: "meldcode", id, fromDispute: false }}>
                {t("meldcode.open")}
              </Link>
            </p>
          </section>
        </>
      ) : null}
    </div>
  );
}
