import { useState, type FormEvent } from "react";
import { call } from "../../ipc/client";
import type { ClockBasis } from "../../ipc/bindings/ClockBasis";
import type { OppDeadline } from "../../ipc/bindings/OppDeadline";
import type { OppView } from "../../ipc/bindings/OppView";
import type { PupilOpp } from "../../ipc/bindings/PupilOpp";
import { t } from "../../i18n";
import { DateField, SelectField, TextField } from "../../components/Field";
import { FormAlert } from "../../components/ErrorText";
import { ConfirmInline } from "../../components/ConfirmInline";
import { formatDate, parseDateInput, todayIso } from "../../lib/dates";
import { useFormErrors } from "../../lib/useFormErrors";
import { useFocusAfterRender } from "../../lib/useFocusAfterRender";
import { basisOptions, basisText, deadlineText } from "./labels";

/** The OPP's open deadlines, each with its rule and legal source; overdue ones say so in words. */
export function Deadlines({ deadlines }: { deadlines: OppDeadline[] }) {
  if (deadlines.length === 0) return <p className="muted">{t("opp.noDeadlines")}</p>;
  return (
    <ul className="opp-deadlines">
      {deadlines.map((d) => (
        <li key={d.kind} className={d.overdue ? "opp-deadline opp-deadline-overdue" : "opp-deadline"} data-testid="opp-deadline">
          <strong>
            {d.overdue ? (
              <>
                <span aria-hidden="true">⚠ </span>
                {t("opp.overdue")}{" "}
              </>
            ) : null}
            {deadlineText(d.kind)}: {t("opp.dueOn", { date: formatDate(d.dueDate) })}
          </strong>
          <span className="opp-deadline-rule">{d.rule}</span>
          <span className="muted">{t("opp.sourceLabel", { source: d.source })}</span>
        </li>
      ))}
    </ul>
  );
}

/** ROD begin and end date: the two fields schools register. */
export function RodDates({ opp }: { opp: OppView }) {
  return (
    <>
      <dt>{t("opp.rodBegin")}</dt>
      <dd data-testid="opp-rod-begin">{opp.rodBegin ? formatDate(opp.rodBegin) : t("opp.rodBeginNone")}</dd>
      <dt>{t("opp.rodEnd")}</dt>
      <dd data-testid="opp-rod-end">{opp.rodEnd ? formatDate(opp.rodEnd) : t("common.empty")}</dd>
    </>
  );
}

type Editing = "none" | "clock" | "end";

/** The clock of a running OPP: its start (editable), ROD dates, deadlines, and ending it. */
export function ClockPanel({ opp, onChange }: { opp: OppView; onChange: (page: PupilOpp) => void }) {
  const [editing, setEditing] = useState<Editing>("none");
  const focusAfterRender = useFocusAfterRender();
  const close = (focusId: string) => {
    setEditing("none");
    focusAfterRender(() => document.getElementById(focusId));
  };
  return (
    <section className="card" aria-labelledby="opp-clock-heading" data-testid="opp-clock">
      <h2 id="opp-clock-heading">{t("opp.clockTitle")}</h2>
      <dl className="details">
        <dt>{t("opp.clockStart")}</dt>
        <dd data-testid="opp-clock-start-text">
          {formatDate(opp.clockStart)} ({basisText(opp.clockBasis)})
        </dd>
        <RodDates opp={opp} />
      </dl>
      <h3 className="opp-subheading">{t("opp.deadlinesTitle")}</h3>
      <Deadlines deadlines={opp.deadlines} />
      {editing === "clock" ? (
        <ClockForm opp={opp} onDone={(page) => { onChange(page); close("opp-clock-edit"); }} onCancel={() => close("opp-clock-edit")} />
      ) : null}
      {editing === "end" ? (
        <EndForm opp={opp} onDone={onChange} onCancel={() => close("opp-end-open")} />
      ) : null}
      {editing === "none" ? (
        <div className="button-row">
          <button id="opp-clock-edit" type="button" className="button button-secondary" onClick={() => setEditing("clock")}>
            {t("opp.clockEdit")}
          </button>
          <button id="opp-end-open" type="button" className="button button-secondary" onClick={() => setEditing("end")}>
            {t("opp.endOpen")}
          </button>
        </div>
      ) : null}
    </section>
  );
}

interface StepFormProps {
  opp: OppView;
  onDone: (page: PupilOpp) => void;
  onCancel: () => void;
}

const CLOCK_IDS = { clockStart: "opp-clock-start", clockBasis: "opp-clock-basis" };

function ClockForm({ opp, onDone, onCancel }: StepFormProps) {
  const [start, setStart] = useState(formatDate(opp.clockStart));
  const [basis, setBasis] = useState<ClockBasis>(opp.clockBasis);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(CLOCK_IDS);
  async function save() {
    setBusy(true);
    errors.clear();
    try {
      onDone(await call("opp_set_clock", { oppId: opp.id, clockStart: parseDateInput(start), clockBasis: basis }));
    } catch (err) {
      errors.setError(err);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setConfirming(true);
  };
  return (
    <form className="opp-step-form" onSubmit={submit} noValidate aria-label={t("opp.clockEdit")}>
      <div className="form-grid">
        <DateField id={CLOCK_IDS.clockStart} label={t("opp.clockStart")} value={start} onChange={setStart} error={errors.fieldError("clockStart")} autoFocus />
        <SelectField id={CLOCK_IDS.clockBasis} label={t("opp.clockBasis")} value={basis} onChange={setBasis} options={basisOptions()} error={errors.fieldError("clockBasis")} />
      </div>
      <FormAlert text={errors.formError} />
      {confirming ? (
        <ConfirmInline message={t("opp.clockConfirm")} confirmLabel={t("opp.clockSave")} onConfirm={() => void save()} onCancel={() => setConfirming(false)} busy={busy} />
      ) : (
        <div className="button-row">
          <button id="opp-clock-save" type="submit" className="button button-primary">{t("opp.clockSave")}</button>
          <button type="button" className="button button-secondary" onClick={onCancel}>{t("common.cancel")}</button>
        </div>
      )}
    </form>
  );
}

const END_IDS = { endedOn: "opp-end-date", reason: "opp-end-reason" };

function EndForm({ opp, onDone, onCancel }: StepFormProps) {
  const [endedOn, setEndedOn] = useState(formatDate(todayIso()));
  const [reason, setReason] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(END_IDS);
  async function save() {
    setBusy(true);
    errors.clear();
    try {
      onDone(await call("opp_end", { oppId: opp.id, endedOn: parseDateInput(endedOn), reason }));
    } catch (err) {
      errors.setError(err);
      setConfirming(false);
      setBusy(false);
    }
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setConfirming(true);
  };
  return (
    <form className="opp-step-form" onSubmit={submit} noValidate aria-label={t("opp.endOpen")}>
      <p className="field-hint">{t("opp.endIntro")}</p>
      <DateField id={END_IDS.endedOn} label={t("opp.endedOn")} value={endedOn} onChange={setEndedOn} error={errors.fieldError("endedOn")} autoFocus />
      <TextField id={END_IDS.reason} label={t("opp.endReason")} value={reason} onChange={setReason} error={errors.fieldError("reason")} />
      <FormAlert text={errors.formError} />
      {confirming ? (
        <ConfirmInline message={t("opp.endConfirm")} confirmLabel={t("opp.endSave")} onConfirm={() => void save()} onCancel={() => setConfirming(false)} busy={busy} />
      ) : (
        <div className="button-row">
          <button id="opp-end-save" type="submit" className="button button-danger">{t("opp.endSave")}</button>
          <button type="button" className="button button-secondary" onClick={onCancel}>{t("common.cancel")}</button>
        </div>
      )}
    </form>
  );
}
