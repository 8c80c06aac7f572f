import { useState, type FormEvent } from "react";
import { call } from "../../ipc/client";
import type { EnrolmentOutcome } from "../../ipc/bindings/EnrolmentOutcome";
import type { EnrolmentView } from "../../ipc/bindings/EnrolmentView";
import type { PupilEnrolments } from "../../ipc/bindings/PupilEnrolments";
import { errorText, t } from "../../i18n";
import { PageHeading } from "../../components/PageHeading";
import { DateField, SelectField, TextAreaField, TextField } from "../../components/Field";
import { FormAlert, StatusMessage } from "../../components/ErrorText";
import { Link } from "../../components/Link";
import { formatDate, parseDateInput } from "../../lib/dates";
import { useFormErrors } from "../../lib/useFormErrors";
import { useLoad } from "../../lib/useLoad";

/**
 * The Aanmelding page of a pupil: every written aanmelding with its deadlines in words (rule and
 * source as the core sends them), and the forms to record one, extend its termijn and decide.
 * The core refuses what the law forbids (a second extension, refusing without another school);
 * the page shows that refusal in Dutch.
 */
export function EnrolmentPage({ pupilId }: { pupilId: string }) {
  const loaded = useLoad(() => call("enrolment_list", { id: pupilId }), pupilId);
  const [notice, setNotice] = useState<string | null>(null);
  const page = loaded.data;
  const changed = (next: PupilEnrolments, message: string) => {
    loaded.setData(next);
    setNotice(message);
  };
  return (
    <div>
      <PageHeading>{t("enrolment.title")}</PageHeading>
      <p>
        <Link to={{ name: "pupil", id: pupilId }}>{t("enrolment.backToPupil")}</Link>
      </p>
      <p className="muted">{t("enrolment.intro")}</p>
      <StatusMessage text={notice} />
      {loaded.error ? <FormAlert text={errorText(loaded.error.code)} /> : null}
      {page && page.enrolments.length === 0 ? <p className="empty-state">{t("enrolment.none")}</p> : null}
      {page?.enrolments.map((view) => (
        <EnrolmentCard key={view.id} view={view} onChanged={changed} />
      ))}
      {page ? <NewEnrolmentForm pupilId={pupilId} onSaved={(next) => changed(next, t("enrolment.saved"))} /> : null}
    </div>
  );
}

function EnrolmentCard({ view, onChanged }: { view: EnrolmentView; onChanged: (page: PupilEnrolments, message: string) => void }) {
  const e = view.enrolment;
  const d = view.deadlines;
  const headingId = `enrolment-${view.id}-heading`;
  return (
    <section className="card" aria-labelledby={headingId} data-testid="enrolment-card">
      <h2 id={headingId}>{t("enrolment.cardTitle", { date: formatDate(e.receivedOn) })}</h2>
      <dl className="details">
        <dt>{t("enrolment.supportQuestion")}</dt>
        <dd>{e.supportQuestion}</dd>
        {e.research ? (
          <>
            <dt>{t("enrolment.research")}</dt>
            <dd>{e.research}</dd>
          </>
        ) : null}
        <dt>{t("enrolment.status")}</dt>
        <dd data-testid="enrolment-status">{t(`enrolment.statuses.${view.status}`)}</dd>
      </dl>
      {view.status === "open" ? (
        <div data-testid="enrolment-deadline">
          <p>
            <strong>{d.overdue ? t("enrolment.decisionOverdue", { date: formatDate(d.decisionDue) }) : t("enrolment.decisionDue", { date: formatDate(d.decisionDue) })}</strong>
          </p>
          <p className="today-rule">
            {t("enrolment.rule")} {d.decisionRule}
          </p>
          <p className="muted">
            {t("enrolment.source")} {d.decisionSource}
          </p>
        </div>
      ) : null}
      {e.extension ? (
        <p data-testid="enrolment-extension">
          {t("enrolment.extended", { on: formatDate(e.extension.extendedOn), date: formatDate(e.extension.newDecisionDate), reason: e.extension.reason })}
        </p>
      ) : null}
      {d.temporarilyPlaced ? (
        <div role="note" data-testid="enrolment-placed">
          <p>
            <strong>{t("enrolment.placed", { date: formatDate(d.temporaryPlacementFrom) })}</strong>
          </p>
          <p>
            {t("enrolment.rule")} {d.placementRule}
          </p>
          <p className="muted">
            {t("enrolment.source")} {d.placementSource}
          </p>
        </div>
      ) : null}
      {e.decision ? (
        <p data-testid="enrolment-decision">
          {e.decision.outcome === "afgewezen"
            ? t("enrolment.refusedWith", { date: formatDate(e.decision.decidedOn), school: e.decision.otherSchool ?? "" })
            : t("enrolment.admittedOn", { date: formatDate(e.decision.decidedOn) })}
        </p>
      ) : null}
      {view.status === "open" ? (
        <>
          <ExtendForm view={view} onDone={(next) => onChanged(next, t("enrolment.extendedNotice"))} />
          <DecideForm view={view} onDone={(next) => onChanged(next, t("enrolment.decidedNotice"))} />
        </>
      ) : null}
    </section>
  );
}

const NEW_IDS = { receivedOn: "enrolment-new-received", supportQuestion: "enrolment-new-question", research: "enrolment-new-research" };

function NewEnrolmentForm({ pupilId, onSaved }: { pupilId: string; onSaved: (page: PupilEnrolments) => void }) {
  const [receivedOn, setReceivedOn] = useState("");
  const [question, setQuestion] = useState("");
  const [research, setResearch] = useState("");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(NEW_IDS);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    try {
      const saved = await call("enrolment_save", {
        id: null,
        pupilId,
        details: { receivedOn: parseDateInput(receivedOn), supportQuestion: question, research: research === "" ? null : research },
      });
      setReceivedOn("");
      setQuestion("");
      setResearch("");
      onSaved(saved.page);
    } catch (err) {
      errors.setError(err);
    }
    setBusy(false);
  }
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="enrolment-new-heading" data-testid="enrolment-new-form">
      <h2 id="enrolment-new-heading">{t("enrolment.newTitle")}</h2>
      <DateField id={NEW_IDS.receivedOn} label={t("enrolment.receivedOn")} value={receivedOn} onChange={setReceivedOn} error={errors.fieldError("receivedOn")} />
      <TextAreaField id={NEW_IDS.supportQuestion} label={t("enrolment.supportQuestion")} value={question} onChange={setQuestion} error={errors.fieldError("supportQuestion")} />
      <TextAreaField id={NEW_IDS.research} label={t("enrolment.research")} value={research} onChange={setResearch} optional error={errors.fieldError("research")} />
      <FormAlert text={errors.formError} />
      <button type="submit" className="button button-primary" disabled={busy}>
        {t("enrolment.save")}
      </button>
    </form>
  );
}

function ExtendForm({ view, onDone }: { view: EnrolmentView; onDone: (page: PupilEnrolments) => void }) {
  const ids = { extendedOn: `extend-${view.id}-on`, reason: `extend-${view.id}-reason`, newDecisionDate: `extend-${view.id}-date` };
  const [on, setOn] = useState("");
  const [reason, setReason] = useState("");
  const [date, setDate] = useState("");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    try {
      onDone(await call("enrolment_extend", { id: view.id, extension: { extendedOn: parseDateInput(on), reason, newDecisionDate: parseDateInput(date) } }));
    } catch (err) {
      errors.setError(err);
    }
    setBusy(false);
  }
  const headingId = `extend-${view.id}-heading`;
  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId} data-testid="enrolment-extend-form">
      <h3 id={headingId}>{t("enrolment.extendTitle")}</h3>
      <p className="field-hint">{t("enrolment.extendHint", { date: formatDate(view.deadlines.latestExtensionDate) })}</p>
      <DateField id={ids.extendedOn} label={t("enrolment.extendedOn")} value={on} onChange={setOn} error={errors.fieldError("extendedOn")} />
      <TextAreaField id={ids.reason} label={t("enrolment.reason")} value={reason} onChange={setReason} error={errors.fieldError("reason")} />
      <DateField id={ids.newDecisionDate} label={t("enrolment.newDecisionDate")} value={date} onChange={setDate} error={errors.fieldError("newDecisionDate")} />
      <FormAlert text={errors.formError} />
      <button type="submit" className="button button-secondary" disabled={busy}>
        {t("enrolment.extend")}
      </button>
    </form>
  );
}

function DecideForm({ view, onDone }: { view: EnrolmentView; onDone: (page: PupilEnrolments) => void }) {
  const ids = { decidedOn: `decide-${view.id}-on`, otherSchool: `decide-${view.id}-school`, note: `decide-${view.id}-note` };
  const [outcome, setOutcome] = useState<EnrolmentOutcome>("toegelaten");
  const [on, setOn] = useState("");
  const [school, setSchool] = useState("");
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    try {
      onDone(
        await call("enrolment_decide", {
          id: view.id,
          decision: { outcome, decidedOn: parseDateInput(on), otherSchool: school === "" ? null : school, note: note === "" ? null : note },
        }),
      );
    } catch (err) {
      errors.setError(err);
    }
    setBusy(false);
  }
  const headingId = `decide-${view.id}-heading`;
  const outcomes: ReadonlyArray<{ value: EnrolmentOutcome; label: string }> = [
    { value: "toegelaten", label: t("enrolment.statuses.toegelaten") },
    { value: "afgewezen", label: t("enrolment.statuses.afgewezen") },
  ];
  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId} data-testid="enrolment-decide-form">
      <h3 id={headingId}>{t("enrolment.decideTitle")}</h3>
      <SelectField id={`decide-${view.id}-outcome`} label={t("enrolment.outcome")} value={outcome} onChange={setOutcome} options={outcomes} />
      <DateField id={ids.decidedOn} label={t("enrolment.decidedOn")} value={on} onChange={setOn} error={errors.fieldError("decidedOn")} />
      <TextField id={ids.otherSchool} label={t("enrolment.otherSchool")} value={school} onChange={setSchool} optional error={errors.fieldError("otherSchool")} />
      <TextAreaField id={ids.note} label={t("enrolment.note")} value={note} onChange={setNote} optional error={errors.fieldError("note")} />
      <FormAlert text={errors.formError} />
      <button type="submit" className="button button-secondary" disabled={busy}>
        {t("enrolment.decide")}
      </button>
    </form>
  );
}
