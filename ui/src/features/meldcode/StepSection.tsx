import { useState, type FormEvent } from "react";
import { call } from "../../ipc/client";
import type { MeldcodePage } from "../../ipc/bindings/MeldcodePage";
import type { MeldcodeRouteView } from "../../ipc/bindings/MeldcodeRouteView";
import type { MeldcodeStepView } from "../../ipc/bindings/MeldcodeStepView";
import { t } from "../../i18n";
import { DateField, TextAreaField, TextField } from "../../components/Field";
import { FormAlert } from "../../components/ErrorText";
import { formatDate, parseDateInput, todayIso } from "../../lib/dates";
import { useFormErrors } from "../../lib/useFormErrors";
import { isLocked, optionalText, type FormProps } from "./submit";
import { DecisionForm } from "./DecisionForm";

interface StepSectionProps {
  page: MeldcodePage;
  route: MeldcodeRouteView;
  step: MeldcodeStepView;
  onChanged: (page: MeldcodePage, message: string) => void;
  onLocked: () => void;
}

/**
 * One of the five steps: its label and explanation (from the core), the dated entries, whether
 * it is done; while the route is open, a form to add an entry and one to mark it done (step 5:
 * the decision first).
 */
export function StepSection({ page, route, step, onChanged, onLocked }: StepSectionProps) {
  const [adding, setAdding] = useState(false);
  const number = step.info.number;
  const headingId = `meldcode-${route.id}-step-${number}`;
  const isDecision = step.info.step === "decision";
  return (
    <section className="meldcode-step" aria-labelledby={headingId} data-testid="meldcode-step">
      <h3 id={headingId}>{t("meldcode.stepTitle", { number, label: step.info.label })}</h3>
      <p className="muted">{step.info.explanation}</p>
      <p className={step.doneOn ? "meldcode-done" : "muted"} data-testid="meldcode-step-state">
        {step.doneOn ? t("meldcode.doneOn", { date: formatDate(step.doneOn) }) : t("meldcode.notDone")}
      </p>
      {step.entries.length === 0 ? (
        <p className="muted">{t("meldcode.noEntries")}</p>
      ) : (
        <ul className="meldcode-entries">
          {step.entries.map((entry, index) => (
            <li key={index} data-testid="meldcode-entry">
              <strong>{formatDate(entry.on)}</strong> — {entry.what} <span className="muted">({t("meldcode.entryBy", { by: entry.by })})</span>
              {entry.notes ? <p className="meldcode-notes">{entry.notes}</p> : null}
            </li>
          ))}
        </ul>
      )}
      {isDecision && route.decision ? (
        <p data-testid="meldcode-decision">
          {t("meldcode.decisionShown", {
            date: formatDate(route.decision.decidedOn),
            by: route.decision.decidedBy,
            decision: route.decisionLabel ?? "",
          })}
        </p>
      ) : null}
      {isDecision && route.decision?.notes ? <p className="meldcode-notes">{route.decision.notes}</p> : null}
      {route.editable && adding ? (
        <EntryForm
          pupilId={page.pupilId}
          step={step}
          idPrefix={headingId}
          onDone={(next) => {
            setAdding(false);
            onChanged(next, t("meldcode.entrySaved"));
          }}
          onCancel={() => setAdding(false)}
          onLocked={onLocked}
        />
      ) : null}
      {route.editable && !adding ? (
        <p>
          <button type="button" className="button" id={`${headingId}-add`} onClick={() => setAdding(true)}>
            {t("meldcode.addEntry")}
          </button>
        </p>
      ) : null}
      {route.editable && isDecision ? (
        <DecisionForm page={page} onDone={(next) => onChanged(next, t("meldcode.decided"))} onLocked={onLocked} />
      ) : null}
      {route.editable && !step.doneOn ? (
        <DoneForm
          pupilId={page.pupilId}
          step={step}
          idPrefix={headingId}
          onDone={(next) => onChanged(next, t("meldcode.markedDone"))}
          onLocked={onLocked}
        />
      ) : null}
    </section>
  );
}

interface StepFormProps extends FormProps {
  pupilId: string;
  step: MeldcodeStepView;
  idPrefix: string;
}

/** A dated entry: when, who, what, notes. */
function EntryForm({ pupilId, step, idPrefix, onDone, onCancel, onLocked }: StepFormProps & { onCancel: () => void }) {
  const prefix = `${idPrefix}-entry`;
  const ids = { on: `${prefix}-on`, by: `${prefix}-by`, what: `${prefix}-what`, notes: `${prefix}-notes` };
  const [on, setOn] = useState(() => formatDate(todayIso()));
  const [by, setBy] = useState("");
  const [what, setWhat] = useState("");
  const [notes, setNotes] = useState("");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    try {
      onDone(
        await call("meldcode_add_entry", {
          pupilId,
          step: step.info.step,
          entry: { on: parseDateInput(on), by, what, notes: optionalText(notes) },
        }),
      );
    } catch (err) {
      if (isLocked(err)) onLocked();
      else errors.setError(err);
      setBusy(false);
    }
  }

  const headingId = `${prefix}-heading`;
  return (
    <form className="meldcode-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h4 id={headingId}>{t("meldcode.entryTitle", { number: step.info.number })}</h4>
      <DateField id={ids.on} label={t("meldcode.entryOn")} value={on} onChange={setOn} autoFocus error={errors.fieldError("on")} />
      <TextField id={ids.by} label={t("meldcode.entryByLabel")} value={by} onChange={setBy} error={errors.fieldError("by")} />
      <TextField id={ids.what} label={t("meldcode.entryWhat")} value={what} onChange={setWhat} error={errors.fieldError("what")} />
      <TextAreaField id={ids.notes} label={t("meldcode.entryNotes")} value={notes} onChange={setNotes} optional error={errors.fieldError("notes")} />
      <FormAlert text={errors.formError} />
      <button type="submit" className="button button-primary" id={`${prefix}-save`} disabled={busy}>
        {t("meldcode.saveEntry")}
      </button>{" "}
      <button type="button" className="button" onClick={onCancel}>
        {t("meldcode.cancel")}
      </button>
    </form>
  );
}

/** Marks the step done on a date (step 5: the core asks for the decision first). */
function DoneForm({ pupilId, step, idPrefix, onDone, onLocked }: StepFormProps) {
  const prefix = `${idPrefix}-done`;
  const ids = { doneOn: `${prefix}-on`, decision: `${prefix}-on` };
  const [on, setOn] = useState(() => formatDate(todayIso()));
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    try {
      onDone(await call("meldcode_complete_step", { pupilId, step: step.info.step, doneOn: parseDateInput(on) }));
      setOn("");
    } catch (err) {
      if (isLocked(err)) onLocked();
      else errors.setError(err);
    }
    setBusy(false);
  }

  const headingId = `${prefix}-heading`;
  const error = errors.fieldError("doneOn") ?? (errors.fieldError("decision") ? t("meldcode.decisionFirst") : undefined);
  return (
    <form className="meldcode-form meldcode-done-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h4 id={headingId}>{t("meldcode.markDoneTitle", { number: step.info.number })}</h4>
      <DateField id={ids.doneOn} label={t("meldcode.markDoneOn")} value={on} onChange={setOn} error={error} />
      <FormAlert text={errors.formError} />
      <button type="submit" className="button" id={`${prefix}-save`} disabled={busy}>
        {t("meldcode.markDone")}
      </button>
    </form>
  );
}
