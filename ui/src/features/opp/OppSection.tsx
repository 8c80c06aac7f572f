import { useState, type FormEvent } from "react";
import { call } from "../../ipc/client";
import type { CaseSummary } from "../../ipc/bindings/CaseSummary";
import type { ClockBasis } from "../../ipc/bindings/ClockBasis";
import type { PupilOpp } from "../../ipc/bindings/PupilOpp";
import { errorText, t } from "../../i18n";
import { DateField, SelectField } from "../../components/Field";
import { FormAlert, StatusMessage } from "../../components/ErrorText";
import { Link } from "../../components/Link";
import { formatDate, parseDateInput } from "../../lib/dates";
import { useFormErrors } from "../../lib/useFormErrors";
import { useFocusAfterRender } from "../../lib/useFocusAfterRender";
import { useLoad } from "../../lib/useLoad";
import { Deadlines, RodDates } from "./ClockPanel";
import { OppStatusLine } from "./OppStatusLine";
import { basisOptions } from "./labels";
import "./opp.css";

/**
 * "Ontwikkelingsperspectief (OPP)" on the pupil page: the start form when there is no OPP
 * (pre-set from the casus that decided on extra support), else its status, deadlines, ROD
 * dates and the way to the OPP page.
 */
export function OppSection({ pupilId, cases }: { pupilId: string; cases: CaseSummary[] }) {
  const loaded = useLoad(() => call("opp_get", { id: pupilId }), pupilId);
  const [started, setStarted] = useState(false);
  const focusAfterRender = useFocusAfterRender();
  const page = loaded.data;
  const opp = page?.opp ?? null;
  return (
    <section className="card opp-section" aria-labelledby="opp-heading" data-testid="opp-section">
      <h2 id="opp-heading">{t("opp.sectionTitle")}</h2>
      {loaded.error ? <FormAlert text={errorText(loaded.error.code)} /> : null}
      <StatusMessage text={started ? t("opp.started") : null} />
      {page && opp ? (
        <>
          <OppStatusLine opp={opp} />
          <dl className="details">
            <RodDates opp={opp} />
          </dl>
          <h3 className="opp-subheading">{t("opp.deadlinesTitle")}</h3>
          <Deadlines deadlines={opp.deadlines} />
          <p>
            <Link id="opp-open" to={{ name: "opp", id: pupilId }} className="button button-primary">
              {t("opp.open")}
            </Link>
          </p>
        </>
      ) : null}
      {page && !opp && page.ended.length > 0 ? (
        <p>
          <Link id="opp-ended-open" to={{ name: "opp", id: pupilId }}>
            {t("opp.endedTitle")}
          </Link>
        </p>
      ) : null}
      {page && !opp ? (
        <StartOppForm
          page={page}
          cases={cases}
          onStarted={(next) => {
            loaded.setData(next);
            setStarted(true);
            focusAfterRender(() => document.getElementById("opp-open"));
          }}
        />
      ) : null}
    </section>
  );
}

const START_IDS = { clockStart: "opp-start-clockStart", clockBasis: "opp-start-basis", caseId: "opp-start-case" };

/**
 * The start of an OPP: clock start, basis and casus, pre-set from the casus that decided on extra
 * support. `cases` are the pupil's casussen when known (the pupil page); without them the
 * suggested casus is offered by itself.
 */
export function StartOppForm({ page, cases, onStarted }: { page: PupilOpp; cases: CaseSummary[]; onStarted: (page: PupilOpp) => void }) {
  const suggested = page.suggestedStart;
  const [clockStart, setClockStart] = useState(formatDate(suggested?.clockStart));
  const [basis, setBasis] = useState<ClockBasis>(suggested?.clockBasis ?? "inschrijving");
  const [caseId, setCaseId] = useState(suggested?.caseId ?? "");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(START_IDS);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    try {
      onStarted(
        await call("opp_start", {
          pupilId: page.pupilId,
          caseId: caseId === "" ? null : caseId,
          clockStart: parseDateInput(clockStart),
          clockBasis: basis,
        }),
      );
    } catch (err) {
      errors.setError(err);
      setBusy(false);
    }
  }

  const caseOptions = [
    { value: "", label: t("opp.noCase") },
    ...cases.map((c) => ({ value: c.id, label: `${c.title} (${formatDate(c.startDate)})` })),
  ];
  const suggestedCase = suggested?.caseId;
  if (suggestedCase && !cases.some((c) => c.id === suggestedCase)) {
    caseOptions.push({ value: suggestedCase, label: t("opp.suggestedCase") });
  }
  return (
    <form className="opp-start" onSubmit={submit} noValidate aria-labelledby="opp-start-heading" data-testid="opp-start-form">
      <h3 id="opp-start-heading">{t("opp.startTitle")}</h3>
      <p>{page.ended.length > 0 ? t("opp.noRunningOpp") : t("opp.noOpp")}</p>
      <p className="field-hint" id="opp-start-intro">{t("opp.startIntro")}</p>
      {suggested ? <p className="muted" data-testid="opp-start-suggested">{t("opp.startSuggested", { date: formatDate(suggested.clockStart) })}</p> : null}
      <div className="form-grid">
        <DateField id={START_IDS.clockStart} label={t("opp.clockStart")} value={clockStart} onChange={setClockStart} error={errors.fieldError("clockStart")} />
        <SelectField id={START_IDS.clockBasis} label={t("opp.clockBasis")} value={basis} onChange={setBasis} options={basisOptions()} error={errors.fieldError("clockBasis")} />
      </div>
      <SelectField id={START_IDS.caseId} label={t("opp.case")} value={caseId} onChange={setCaseId} options={caseOptions} error={errors.fieldError("caseId")} />
      <FormAlert text={errors.formError} />
      <button id="opp-start" data-testid="opp-start" type="submit" className="button button-primary" disabled={busy}>
        {t("opp.start")}
      </button>
    </form>
  );
}
