import { useEffect, useRef, useState, type FormEvent } from "react";
import { call, toIpcError } from "../../ipc/client";
import type { EnrolmentOutcome } from "../../ipc/bindings/EnrolmentOutcome";
import type { EnrolmentView } from "../../ipc/bindings/EnrolmentView";
import type { PupilEnrolments } from "../../ipc/bindings/PupilEnrolments";
import { errorText, t } from "../../i18n";
import { PageHeading } from "../../components/PageHeading";
import { DateField, SelectField, TextAreaField, TextField } from "../../components/Field";
import { FormAlert, StatusMessage } from "../../components/ErrorText";
import { Link } from "../../components/Link";
import { ConfirmInline } from "../../components/ConfirmInline";
import { FormActions } from "../../components/FormActions";
import { formatDate, parseDateInput } from "../../lib/dates";
import { useFormErrors } from "../../lib/useFormErrors";
import { useLoad } from "../../lib/useLoad";

/**
 * The Aanmelding page of a pupil: every written aanmelding with its deadlines in words (rule and
 * source as the core sends them), and the forms to record one, correct or delete it, extend its
 * termijn and decide.
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
      {page ? <EnrolmentForm pupilId={pupilId} editing={null} onSaved={(next) => changed(next, t("enrolment.saved"))} /> : null}
    </div>
  );
}

function EnrolmentCard({ view, onChanged }: { view: EnrolmentView; onChanged: (page: PupilEnrolments, message: string) => void }) {
  const e = view.enrolment;
  const d = view.deadlines;
  const headingId = `enrolment-${view.id}-heading`;
  const editId = `enrolment-${view.id}-edit`;
  const deleteId = `enrolment-${view.id}-delete`;
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // After a cancelled confirm, focus returns to "Verwijderen" once it is back on screen.
  const refocusDelete = useRef(false);
  useEffect(() => {
    if (!confirming && refocusDelete.current) {
      refocusDelete.current = false;
      document.getElementById(deleteId)?.focus();
    }
  }, [confirming, deleteId]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const received = formatDate(e.receivedOn);
  async function remove() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onChanged(await call("enrolment_delete", { id: view.id }), t("enrolment.deleted"));
    } catch (err) {
      setError(errorText(toIpcError(err).code));
      setBusy(false);
    }
  }
  return (
    <section className="card" aria-labelledby={headingId} data-testid="enrolment-card">
      <h2 id={headingId}>{t("enrolment.cardTitle", { date: received })}</h2>
      <FormAlert text={error} />
      {confirming ? (
        <ConfirmInline
          message={t("enrolment.deleteConfirm")}
          confirmLabel={t("enrolment.delete")}
          busy={busy}
          onConfirm={() => void remove()}
          onCancel={() => {
            refocusDelete.current = true;
            setConfirming(false);
          }}
        />
      ) : (
        <div className="button-row">
          <button
            type="button"
            id={editId}
            className="button button-small"
            aria-expanded={editing}
            aria-label={t("enrolment.editLabel", { date: received })}
            onClick={() => setEditing(!editing)}
          >
            {t("common.edit")}
          </button>
          <button type="button" id={deleteId} className="button button-small button-danger" aria-label={t("enrolment.deleteLabel", { date: received })} onClick={() => setConfirming(true)}>
            {t("enrolment.delete")}
          </button>
        </div>
      )}
      {editing ? (
        <EnrolmentForm
          pupilId={view.pupilId}
          editing={view}
          onSaved={(next) => {
            setEditing(false);
            onChanged(next, t("enrolment.edited"));
          }}
          onCancel={() => {
            setEditing(false);
            document.getElementById(editId)?.focus();
          }}
        />
      ) : null}
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

/**
 * Records a new aanmelding, or corrects one (`editing`): its date of receipt, question and
 * research. The core recomputes the deadlines from the corrected date.
 */
function EnrolmentForm({
  pupilId,
  editing,
  onSaved,
  onCancel,
}: {
  pupilId: string;
  editing: EnrolmentView | null;
  onSaved: (page: PupilEnrolments) => void;
  onCancel?: () => void;
}) {
  const prefix = editing ? `enrolment-edit-${editing.id}` : "enrolment-new";
  const ids = { receivedOn: `${prefix}-received`, supportQuestion: `${prefix}-question`, research: `${prefix}-research` };
  const [receivedOn, setReceivedOn] = useState(editing ? formatDate(editing.enrolment.receivedOn) : "");
  const [question, setQuestion] = useState(editing?.enrolment.supportQuestion ?? "");
  const [research, setResearch] = useState(editing?.enrolment.research ?? "");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    try {
      const saved = await call("enrolment_save", {
        id: editing?.id ?? null,
        pupilId,
        details: { receivedOn: parseDateInput(receivedOn), supportQuestion: question, research: research === "" ? null : research },
      });
      if (!editing) {
        setReceivedOn("");
        setQuestion("");
        setResearch("");
      }
      onSaved(saved.page);
    } catch (err) {
      errors.setError(err);
    }
    setBusy(false);
  }
  const headingId = `${prefix}-heading`;
  const Heading = editing ? "h3" : "h2";
  return (
    <form className={editing ? undefined : "card"} onSubmit={submit} noValidate aria-labelledby={headingId} data-testid={editing ? "enrolment-edit-form" : "enrolment-new-form"}>
      <Heading id={headingId}>{editing ? t("enrolment.editTitle") : t("enrolment.newTitle")}</Heading>
      <DateField id={ids.receivedOn} label={t("enrolment.receivedOn")} value={receivedOn} onChange={setReceivedOn} error={errors.fieldError("receivedOn")} />
      <TextAreaField id={ids.supportQuestion} label={t("enrolment.supportQuestion")} value={question} onChange={setQuestion} error={errors.fieldError("supportQuestion")} />
      <TextAreaField id={ids.research} label={t("enrolment.research")} value={research} onChange={setResearch} optional error={errors.fieldError("research")} />
      <FormActions saveId={`${prefix}-submit`} busy={busy} error={errors.formError} label={t("enrolment.save")} onCancel={onCancel} />
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
