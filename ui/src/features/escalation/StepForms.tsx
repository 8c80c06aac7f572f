import { useEffect, useState, type FormEvent } from "react";
import { call } from "../../ipc/client";
import type { DisputeOutcome } from "../../ipc/bindings/DisputeOutcome";
import type { EscalationPage } from "../../ipc/bindings/EscalationPage";
import type { EscalationView } from "../../ipc/bindings/EscalationView";
import { t } from "../../i18n";
import { CheckboxField, DateField, SelectField, TextAreaField, TextField } from "../../components/Field";
import { FormAlert } from "../../components/ErrorText";
import { formatDate, parseDateInput, todayIso } from "../../lib/dates";
import { useFormErrors } from "../../lib/useFormErrors";
import { optionalText } from "./labels";

interface FormProps {
  view: EscalationView;
  onDone: (page: EscalationPage) => void;
  onCancel: () => void;
}

/** A dated record at a step of the ladder: who, what, the outcome and the next step agreed. */
export function RecordForm({ view, onDone, onCancel }: FormProps) {
  const prefix = `escalation-${view.id}-record`;
  const ids = { step: `${prefix}-step`, on: `${prefix}-on`, who: `${prefix}-who`, what: `${prefix}-what`, outcome: `${prefix}-outcome`, nextStep: `${prefix}-nextStep` };
  const [step, setStep] = useState(view.currentStep ?? view.ladder[0]?.key ?? "");
  const [on, setOn] = useState(() => formatDate(todayIso()));
  const [who, setWho] = useState("");
  const [what, setWhat] = useState("");
  const [outcome, setOutcome] = useState("");
  const [nextStep, setNextStep] = useState("");
  const [completes, setCompletes] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);
  useEffect(() => document.getElementById(ids.step)?.focus(), [ids.step]);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    try {
      onDone(
        await call("escalation_record_step", {
          id: view.id,
          record: { step, on: parseDateInput(on), who, what, outcome: optionalText(outcome), nextStep: optionalText(nextStep), completesStep: completes },
        }),
      );
    } catch (err) {
      errors.setError(err);
      setBusy(false);
    }
  }
  const headingId = `${prefix}-heading`;
  return (
    <form className="escalation-form" onSubmit={submit} noValidate aria-labelledby={headingId} data-testid="escalation-record-form">
      <h3 id={headingId}>{t("escalation.recordTitle")}</h3>
      <SelectField<string> id={ids.step} label={t("escalation.step")} value={step} onChange={setStep} options={view.ladder.map((s) => ({ value: s.key, label: s.label }))} error={errors.fieldError("step")} />
      <DateField id={ids.on} label={t("escalation.recordOn")} value={on} onChange={setOn} error={errors.fieldError("on")} />
      <TextField id={ids.who} label={t("escalation.who")} value={who} onChange={setWho} hint={t("escalation.whoHint")} error={errors.fieldError("who")} />
      <TextAreaField id={ids.what} label={t("escalation.what")} value={what} onChange={setWhat} rows={3} error={errors.fieldError("what")} />
      <TextAreaField id={ids.outcome} label={t("escalation.outcome")} value={outcome} onChange={setOutcome} rows={2} optional error={errors.fieldError("outcome")} />
      <TextAreaField id={ids.nextStep} label={t("escalation.nextStep")} value={nextStep} onChange={setNextStep} rows={2} optional error={errors.fieldError("nextStep")} />
      <CheckboxField id={`${prefix}-completes`} label={t("escalation.completesStep")} checked={completes} onChange={setCompletes} />
      <FormAlert text={errors.formError} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t("escalation.recordSave")}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

/** Skipping a step that is neither done nor skipped; the reason is required. */
export function SkipForm({ view, onDone, onCancel }: FormProps) {
  const prefix = `escalation-${view.id}-skip`;
  const ids = { step: `${prefix}-step`, on: `${prefix}-on`, reason: `${prefix}-reason` };
  const open = view.ladder.filter((s) => s.state === "open");
  const [step, setStep] = useState(view.currentStep ?? open[0]?.key ?? "");
  const [on, setOn] = useState(() => formatDate(todayIso()));
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);
  useEffect(() => document.getElementById(ids.step)?.focus(), [ids.step]);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    try {
      onDone(await call("escalation_skip_step", { id: view.id, skip: { step, on: parseDateInput(on), reason } }));
    } catch (err) {
      errors.setError(err);
      setBusy(false);
    }
  }
  const headingId = `${prefix}-heading`;
  return (
    <form className="escalation-form" onSubmit={submit} noValidate aria-labelledby={headingId} data-testid="escalation-skip-form">
      <h3 id={headingId}>{t("escalation.skipTitle")}</h3>
      <SelectField<string> id={ids.step} label={t("escalation.step")} value={step} onChange={setStep} options={open.map((s) => ({ value: s.key, label: s.label }))} error={errors.fieldError("step")} />
      <DateField id={ids.on} label={t("escalation.skipOn")} value={on} onChange={setOn} error={errors.fieldError("on")} />
      <TextAreaField id={ids.reason} label={t("escalation.reason")} value={reason} onChange={setReason} rows={2} error={errors.fieldError("reason")} />
      <FormAlert text={errors.formError} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t("escalation.skipSave")}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

/** Closing with the outcome, its date and a note; the geschil is read-only afterwards. */
export function CloseForm({ view, page, onDone, onCancel }: FormProps & { page: EscalationPage }) {
  const prefix = `escalation-${view.id}-close`;
  const ids = { outcome: `${prefix}-outcome`, on: `${prefix}-on`, note: `${prefix}-note` };
  const [outcome, setOutcome] = useState<DisputeOutcome>(page.outcomes[0]?.outcome ?? "resolved_at_school");
  const [on, setOn] = useState(() => formatDate(todayIso()));
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);
  useEffect(() => document.getElementById(ids.outcome)?.focus(), [ids.outcome]);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    try {
      onDone(await call("escalation_close", { id: view.id, closing: { outcome, on: parseDateInput(on), note: optionalText(note) } }));
    } catch (err) {
      errors.setError(err);
      setBusy(false);
    }
  }
  const headingId = `${prefix}-heading`;
  return (
    <form className="escalation-form" onSubmit={submit} noValidate aria-labelledby={headingId} data-testid="escalation-close-form">
      <h3 id={headingId}>{t("escalation.closeTitle")}</h3>
      <SelectField<DisputeOutcome> id={ids.outcome} label={t("escalation.closeOutcome")} value={outcome} onChange={setOutcome} options={page.outcomes.map((o) => ({ value: o.outcome, label: o.label }))} error={errors.fieldError("outcome")} />
      <DateField id={ids.on} label={t("escalation.closeOn")} value={on} onChange={setOn} error={errors.fieldError("on")} />
      <TextAreaField id={ids.note} label={t("escalation.closeNote")} value={note} onChange={setNote} rows={2} optional error={errors.fieldError("note")} />
      <FormAlert text={errors.formError} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t("escalation.closeSave")}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
