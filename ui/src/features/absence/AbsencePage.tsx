import { useState, type FormEvent } from "react";
import { call, toIpcError } from "../../ipc/client";
import type { AbsenceKind } from "../../ipc/bindings/AbsenceKind";
import type { AbsencePage as Page } from "../../ipc/bindings/AbsencePage";
import type { ExemptionStatus } from "../../ipc/bindings/ExemptionStatus";
import type { HomeStayView } from "../../ipc/bindings/HomeStayView";
import { errorText, t } from "../../i18n";
import { DateField, SelectField, TextAreaField, TextField } from "../../components/Field";
import { FormAlert, StatusMessage } from "../../components/ErrorText";
import { Link } from "../../components/Link";
import { PageHeading } from "../../components/PageHeading";
import { formatDate, parseDateInput } from "../../lib/dates";
import { useFormErrors } from "../../lib/useFormErrors";
import { useLoad } from "../../lib/useLoad";

/**
 * "Verzuim en thuiszitten" of one pupil: register absences, the rolling total of ongeoorloofde
 * hours in 4 lesweken and a report to DUO that is due (as the core computes it), record that the
 * report was made, and the periods at home with their deviation plan.
 */
export function AbsencePage({ pupilId }: { pupilId: string }) {
  const loaded = useLoad(() => call("absence_list", { id: pupilId }), pupilId);
  const [status, setStatus] = useState<string | null>(null);
  const page = loaded.data;
  const update = (next: Page, message: string) => {
    loaded.setData(next);
    setStatus(message);
  };
  return (
    <div>
      <PageHeading>{t("absence.title")}</PageHeading>
      <p>
        <Link to={{ name: "pupil", id: pupilId }}>{t("absence.toPupil")}</Link>
      </p>
      {loaded.error ? <FormAlert text={errorText(loaded.error.code)} /> : null}
      {!page && loaded.loading ? <p role="status">{t("common.loading")}</p> : null}
      <StatusMessage text={status} />
      {page ? (
        <>
          <Summary page={page} onChange={update} />
          <AbsenceForm pupilId={pupilId} onSaved={(next) => update(next, t("absence.saved"))} />
          <AbsenceList page={page} onChange={update} />
          <HomeStays page={page} onChange={update} />
        </>
      ) : null}
    </div>
  );
}

function Summary({ page, onChange }: { page: Page; onChange: (next: Page, message: string) => void }) {
  const [reportedOn, setReportedOn] = useState("");
  const errors = useFormErrors({ reportedOn: "absence-reportedOn" });
  const due = page.reportDue;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    try {
      const next = await call("absence_report", { pupilId: page.pupilId, reportedOn: parseDateInput(reportedOn) });
      setReportedOn("");
      onChange(next, t("absence.reported"));
    } catch (e) {
      errors.setError(e);
    }
  };
  return (
    <section className="card" aria-labelledby="absence-summary-heading" data-testid="absence-summary">
      <h2 id="absence-summary-heading">{t("absence.summaryTitle")}</h2>
      <p id="absence-rolling">{t("absence.rolling", { hours: page.rollingHours })}</p>
      {page.holidaysEntered ? null : <p className="muted">{t("absence.noHolidays")}</p>}
      {due ? (
        <div className="absence-due" id="absence-report-due">
          <p>
            <strong>{t("absence.reportDue", { date: formatDate(due.deadline) })}</strong>{" "}
            {due.overdue ? t("absence.overdue") : null}
          </p>
          <p>{t("absence.reachedOn", { hours: due.hours, date: formatDate(due.reachedOn) })}</p>
          <p className="muted">
            {t("dashboard.why")} {due.rule}
          </p>
          <p className="muted">
            {t("dashboard.source")} {due.source}
          </p>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate>
        <FormAlert text={errors.formError} />
        <DateField id="absence-reportedOn" label={t("absence.reportedOn")} value={reportedOn} onChange={setReportedOn} error={errors.fieldError("reportedOn")} />
        <button type="submit" className="button" id="absence-report-submit">
          {t("absence.reportSubmit")}
        </button>
      </form>
      {page.reports.length > 0 ? (
        <ul id="absence-reports">
          {page.reports.map((date, index) => (
            <li key={`${date}-${index}`}>{t("absence.reportedLine", { date: formatDate(date) })}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

const ABSENCE_IDS = { date: "absence-date", hours: "absence-hours", kind: "absence-kind", reason: "absence-reason" };

function AbsenceForm({ pupilId, onSaved }: { pupilId: string; onSaved: (next: Page) => void }) {
  const [date, setDate] = useState("");
  const [hours, setHours] = useState("");
  const [kind, setKind] = useState<AbsenceKind | "">("");
  const [reason, setReason] = useState("");
  const errors = useFormErrors(ABSENCE_IDS);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    try {
      const next = await call("absence_save", {
        id: null,
        pupilId,
        absence: { date: parseDateInput(date), hours, ...(kind === "" ? {} : { kind }), reason },
      });
      setDate("");
      setHours("");
      setKind("");
      setReason("");
      onSaved(next);
    } catch (e) {
      errors.setError(e);
    }
  };
  return (
    <section className="card" aria-labelledby="absence-form-heading">
      <h2 id="absence-form-heading">{t("absence.formTitle")}</h2>
      <form onSubmit={submit} noValidate>
        <FormAlert text={errors.formError} />
        <DateField id={ABSENCE_IDS.date} label={t("absence.date")} value={date} onChange={setDate} error={errors.fieldError("date")} />
        <TextField id={ABSENCE_IDS.hours} label={t("absence.hours")} value={hours} onChange={setHours} error={errors.fieldError("hours")} />
        <SelectField<AbsenceKind | "">
          id={ABSENCE_IDS.kind}
          label={t("absence.kind")}
          value={kind}
          onChange={setKind}
          options={[
            { value: "", label: t("absence.kindChoose") },
            { value: "unauthorised", label: t("absence.kinds.unauthorised") },
            { value: "authorised", label: t("absence.kinds.authorised") },
          ]}
          error={errors.fieldError("kind")}
        />
        <TextField id={ABSENCE_IDS.reason} label={t("absence.reason")} value={reason} onChange={setReason} optional error={errors.fieldError("reason")} />
        <button type="submit" className="button button-primary" id="absence-submit">
          {t("absence.submit")}
        </button>
      </form>
    </section>
  );
}

function AbsenceList({ page, onChange }: { page: Page; onChange: (next: Page, message: string) => void }) {
  const [error, setError] = useState<string | null>(null);
  const remove = async (id: string) => {
    setError(null);
    try {
      onChange(await call("absence_delete", { id }), t("absence.deleted"));
    } catch (e) {
      setError(errorText(toIpcError(e).code));
    }
  };
  return (
    <section className="card" aria-labelledby="absence-list-heading">
      <h2 id="absence-list-heading">{t("absence.listTitle")}</h2>
      <FormAlert text={error} />
      {page.absences.length === 0 ? <p className="empty-state">{t("absence.empty")}</p> : null}
      {page.absences.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table" id="absence-table">
            <caption className="visually-hidden">{t("absence.listTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("absence.date")}</th>
                <th scope="col">{t("absence.hoursShort")}</th>
                <th scope="col">{t("absence.kind")}</th>
                <th scope="col">{t("absence.reason")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("absence.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {page.absences.map((row) => (
                <tr key={row.id} data-testid="absence-row">
                  <td>{formatDate(row.date)}</td>
                  <td>{row.hours}</td>
                  <td>{t(`absence.kinds.${row.kind}`)}</td>
                  <td>{row.reason}</td>
                  <td>
                    <button type="button" className="button button-small" onClick={() => void remove(row.id)} aria-label={t("absence.deleteLabel", { date: formatDate(row.date) })}>
                      {t("absence.delete")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

const STAY_IDS = {
  since: "home-since",
  reason: "home-reason",
  exemption: "home-exemption",
  deviationPlan: "home-deviationPlan",
  deviationEndsOn: "home-deviationEndsOn",
};

function HomeStays({ page, onChange }: { page: Page; onChange: (next: Page, message: string) => void }) {
  const [since, setSince] = useState("");
  const [reason, setReason] = useState("");
  const [exemption, setExemption] = useState<ExemptionStatus>("none");
  const [plan, setPlan] = useState("");
  const [endsOn, setEndsOn] = useState("");
  const errors = useFormErrors(STAY_IDS);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    try {
      const next = await call("home_stay_save", {
        id: null,
        pupilId: page.pupilId,
        stay: {
          since: parseDateInput(since),
          reason,
          exemption,
          ...(plan.trim() === "" ? {} : { deviationPlan: plan }),
          ...(endsOn.trim() === "" ? {} : { deviationEndsOn: parseDateInput(endsOn) }),
        },
      });
      setSince("");
      setReason("");
      setExemption("none");
      setPlan("");
      setEndsOn("");
      onChange(next, t("absence.homeSaved"));
    } catch (e) {
      errors.setError(e);
    }
  };
  return (
    <section className="card" aria-labelledby="home-heading">
      <h2 id="home-heading">{t("absence.homeTitle")}</h2>
      <p className="muted">{t("absence.homeIntro")}</p>
      {page.homeStays.length === 0 ? <p className="empty-state">{t("absence.homeEmpty")}</p> : null}
      <ul className="home-stays">
        {page.homeStays.map((stay) => (
          <HomeStayItem key={stay.id} stay={stay} onChange={onChange} />
        ))}
      </ul>
      <h3>{t("absence.homeNew")}</h3>
      <form onSubmit={submit} noValidate>
        <FormAlert text={errors.formError} />
        <DateField id={STAY_IDS.since} label={t("absence.since")} value={since} onChange={setSince} error={errors.fieldError("since")} />
        <TextField id={STAY_IDS.reason} label={t("absence.homeReason")} value={reason} onChange={setReason} error={errors.fieldError("reason")} />
        <SelectField<ExemptionStatus>
          id={STAY_IDS.exemption}
          label={t("absence.exemption")}
          value={exemption}
          onChange={setExemption}
          options={[
            { value: "none", label: t("absence.exemptions.none") },
            { value: "requested", label: t("absence.exemptions.requested") },
            { value: "granted", label: t("absence.exemptions.granted") },
          ]}
          hint={t("absence.exemptionHint")}
          error={errors.fieldError("exemption")}
        />
        <TextAreaField id={STAY_IDS.deviationPlan} label={t("absence.deviationPlan")} value={plan} onChange={setPlan} optional hint={t("absence.deviationHint")} error={errors.fieldError("deviationPlan")} />
        <DateField id={STAY_IDS.deviationEndsOn} label={t("absence.deviationEndsOn")} value={endsOn} onChange={setEndsOn} optional error={errors.fieldError("deviationEndsOn")} />
        <button type="submit" className="button button-primary" id="home-submit">
          {t("absence.homeSubmit")}
        </button>
      </form>
    </section>
  );
}

function HomeStayItem({ stay, onChange }: { stay: HomeStayView; onChange: (next: Page, message: string) => void }) {
  const [endedOn, setEndedOn] = useState("");
  const errors = useFormErrors({ endedOn: `home-end-${stay.id}` });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    try {
      onChange(await call("home_stay_end", { id: stay.id, endedOn: parseDateInput(endedOn) }), t("absence.homeEnded"));
    } catch (e) {
      errors.setError(e);
    }
  };
  return (
    <li data-testid="home-stay" className={stay.level === "over_three_months" ? "home-stay home-stay-long" : "home-stay"}>
      <p>
        <strong>{t("absence.homeSince", { date: formatDate(stay.since) })}</strong> — {stay.reason} ({t(`absence.exemptions.${stay.exemption}`)})
      </p>
      {stay.level ? <p className="home-stay-level">{t(`absence.levels.${stay.level}`)}</p> : null}
      {stay.deviationPlan ? (
        <p>
          {t("absence.deviationLine", { date: formatDate(stay.deviationEndsOn) })} {stay.deviationPlan}
        </p>
      ) : null}
      {stay.endedOn ? (
        <p>{t("absence.endedLine", { date: formatDate(stay.endedOn) })}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <FormAlert text={errors.formError} />
          <DateField id={`home-end-${stay.id}`} label={t("absence.endedOn")} value={endedOn} onChange={setEndedOn} error={errors.fieldError("endedOn")} />
          <button type="submit" className="button">
            {t("absence.endSubmit")}
          </button>
        </form>
      )}
    </li>
  );
}
