import { useState, type FormEvent } from "react";
import { call, toIpcError } from "../../ipc/client";
import type { AbsenceKind } from "../../ipc/bindings/AbsenceKind";
import type { AbsencePage as Page } from "../../ipc/bindings/AbsencePage";
import type { AbsenceView } from "../../ipc/bindings/AbsenceView";
import { errorText, t } from "../../i18n";
import { DateField, SelectField, TextField } from "../../components/Field";
import { FormActions } from "../../components/FormActions";
import { FormAlert, StatusMessage } from "../../components/ErrorText";
import { Link } from "../../components/Link";
import { HomeStays } from "./HomeStays";
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
          <AbsenceForm pupilId={pupilId} editing={null} onSaved={(next) => update(next, t("absence.saved"))} />
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

/** Registers verzuim, or corrects a registration (`editing`); the core checks the hours. */
function AbsenceForm({
  pupilId,
  editing,
  onSaved,
  onCancel,
}: {
  pupilId: string;
  editing: AbsenceView | null;
  onSaved: (next: Page) => void;
  onCancel?: () => void;
}) {
  const prefix = editing ? `absence-${editing.id}` : "absence";
  const ids = { date: `${prefix}-date`, hours: `${prefix}-hours`, kind: `${prefix}-kind`, reason: `${prefix}-reason` };
  const [date, setDate] = useState(editing ? formatDate(editing.date) : "");
  const [hours, setHours] = useState(editing?.hours ?? "");
  const [kind, setKind] = useState<AbsenceKind | "">(editing?.kind ?? "");
  const [reason, setReason] = useState(editing?.reason ?? "");
  const errors = useFormErrors(ids);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    try {
      const next = await call("absence_save", {
        id: editing?.id ?? null,
        pupilId,
        absence: { date: parseDateInput(date), hours, ...(kind === "" ? {} : { kind }), reason },
      });
      if (!editing) {
        setDate("");
        setHours("");
        setKind("");
        setReason("");
      }
      onSaved(next);
    } catch (e) {
      errors.setError(e);
    }
  };
  const headingId = `${prefix}-form-heading`;
  const fields = (
    <form onSubmit={submit} noValidate aria-labelledby={editing ? headingId : undefined}>
      <FormAlert text={errors.formError} />
      <DateField id={ids.date} label={t("absence.date")} value={date} onChange={setDate} error={errors.fieldError("date")} />
      <TextField id={ids.hours} label={t("absence.hours")} value={hours} onChange={setHours} error={errors.fieldError("hours")} />
      <SelectField<AbsenceKind | "">
        id={ids.kind}
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
      <TextField id={ids.reason} label={t("absence.reason")} value={reason} onChange={setReason} optional error={errors.fieldError("reason")} />
      <FormActions saveId={`${prefix}-submit`} busy={false} error={null} label={t("absence.submit")} onCancel={onCancel} />
    </form>
  );
  if (editing) {
    return (
      <div className="absence-edit">
        <h3 id={headingId}>{t("absence.editTitle", { date: formatDate(editing.date) })}</h3>
        {fields}
      </div>
    );
  }
  return (
    <section className="card" aria-labelledby="absence-form-heading">
      <h2 id="absence-form-heading">{t("absence.formTitle")}</h2>
      {fields}
    </section>
  );
}

function AbsenceList({ page, onChange }: { page: Page; onChange: (next: Page, message: string) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = page.absences.find((row) => row.id === editingId) ?? null;
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
                    <button
                      type="button"
                      id={`absence-edit-${row.id}`}
                      className="button button-small"
                      aria-expanded={editingId === row.id}
                      onClick={() => setEditingId(editingId === row.id ? null : row.id)}
                      aria-label={t("absence.editLabel", { date: formatDate(row.date) })}
                    >
                      {t("common.edit")}
                    </button>{" "}
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
      {editing ? (
        <AbsenceForm
          key={editing.id}
          pupilId={page.pupilId}
          editing={editing}
          onSaved={(next) => {
            setEditingId(null);
            onChange(next, t("absence.edited"));
          }}
          onCancel={() => {
            setEditingId(null);
            document.getElementById(`absence-edit-${editing.id}`)?.focus();
          }}
        />
      ) : null}
    </section>
  );
}
