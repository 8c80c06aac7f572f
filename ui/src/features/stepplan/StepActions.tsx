import { useEffect, useState } from "react";
import { call, toIpcError } from "../../ipc/client";
import type { CaseDetail } from "../../ipc/bindings/CaseDetail";
import type { CycleView } from "../../ipc/bindings/CycleView";
import type { StepAction } from "../../ipc/bindings/StepAction";
import type { StepView } from "../../ipc/bindings/StepView";
import { errorText, t } from "../../i18n";
import { TextAreaField } from "../../components/Field";
import { FormAlert } from "../../components/ErrorText";
import { useFormErrors } from "../../lib/useFormErrors";
import { requirementText } from "./labels";

interface StepActionsProps {
  cycle: CycleView;
  step: StepView;
  label: string;
  onDone: (detail: CaseDetail, action: StepAction) => void;
}

/**
 * Start, complete, skip (with a reason) or reopen a step of an unfinished cycle. When the core
 * says a requirement is missing, the step can still be completed with a reason ("afgerond
 * zonder …"); skipping stays for a step that was not done.
 */
export function StepActions({ cycle, step, label, onDone }: StepActionsProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [skipping, setSkipping] = useState(false);
  const [reason, setReason] = useState("");
  const skipErrors = useFormErrors({ reason: "skip-reason" });
  /** Set after the core refused completion for a missing requirement. */
  const [incomplete, setIncomplete] = useState(false);
  const [completing, setCompleting] = useState(false);
  const [completeReason, setCompleteReason] = useState("");

  useEffect(() => {
    if (skipping) document.getElementById("skip-reason")?.focus();
  }, [skipping]);
  useEffect(() => {
    if (completing) document.getElementById("complete-reason")?.focus();
  }, [completing]);

  async function act(action: StepAction, withReason: string | null = null) {
    if (busy) return;
    setBusy(true);
    setError(null);
    skipErrors.clear();
    try {
      const detail = await call("step_action", { cycleId: cycle.id, step: step.key, action, reason: action === "skip" ? reason : withReason });
      setSkipping(false);
      setReason("");
      setIncomplete(false);
      setCompleting(false);
      setCompleteReason("");
      onDone(detail, action);
    } catch (e) {
      const err = toIpcError(e);
      if (action === "skip" && err.field === "reason") skipErrors.setError(err);
      else if (err.code === "step_incomplete") {
        setIncomplete(true);
        setError(`${t("stepplan.cannotComplete", { step: label })} ${requirementText(err.field) ?? errorText(err.code)}`);
      } else if (err.code !== "locked") setError(errorText(err.code));
    } finally {
      setBusy(false);
    }
  }

  const settled = step.state === "done" || step.state === "skipped";
  return (
    <div className="step-actions" role="group" aria-label={t("stepplan.actions.label")}>
      <div className="button-row button-row-tight">
        {step.state === "open" ? (
          <button id="step-start" type="button" className="button button-secondary" disabled={busy} onClick={() => void act("start")}>
            {t("stepplan.actions.start")}
          </button>
        ) : null}
        {!settled ? (
          <button id="step-complete" type="button" className="button button-primary" disabled={busy} onClick={() => void act("complete")}>
            {t("stepplan.actions.complete")}
          </button>
        ) : null}
        {!settled && !skipping ? (
          <button id="step-skip" type="button" className="button button-secondary" disabled={busy} onClick={() => setSkipping(true)}>
            {t("stepplan.actions.skip")}
          </button>
        ) : null}
        {settled ? (
          <button id="step-reopen" type="button" className="button button-secondary" disabled={busy} onClick={() => void act("reopen")}>
            {t("stepplan.actions.reopen")}
          </button>
        ) : null}
      </div>
      {error ? (
        <div id="step-error" className="form-alert" role="alert">
          {error}
          {incomplete ? <p className="step-missing-intro">{t("stepplan.missingIntro")}</p> : null}
        </div>
      ) : null}
      {incomplete && !completing && !settled ? (
        <div className="button-row button-row-tight">
          <button id="step-complete-anyway" type="button" className="button button-secondary" disabled={busy} onClick={() => setCompleting(true)}>
            {t("stepplan.completeAnyway")}
          </button>
        </div>
      ) : null}
      {completing ? (
        <form
          className="form subform skip-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void act("complete", completeReason);
          }}
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              e.preventDefault();
              setCompleting(false);
            }
          }}
        >
          <TextAreaField
            id="complete-reason"
            label={t("stepplan.completeReason")}
            hint={t("stepplan.completeReasonHint")}
            value={completeReason}
            onChange={setCompleteReason}
            rows={2}
          />
          <div className="button-row">
            <button id="complete-confirm" type="submit" className="button button-primary" disabled={busy}>
              {t("stepplan.completeConfirm")}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setCompleting(false)}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      ) : null}
      {skipping ? (
        <form
          className="form subform skip-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void act("skip");
          }}
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              e.preventDefault();
              setSkipping(false);
            }
          }}
        >
          <TextAreaField
            id="skip-reason"
            label={t("stepplan.skipReason")}
            hint={t("stepplan.skipReasonHint")}
            value={reason}
            onChange={setReason}
            error={skipErrors.fieldError("reason")}
            rows={2}
          />
          <FormAlert text={skipErrors.formError} />
          <div className="button-row">
            <button id="skip-confirm" type="submit" className="button button-primary" disabled={busy}>
              {t("stepplan.skipConfirm")}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setSkipping(false)}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
