import type { CaseDetail } from "../../ipc/bindings/CaseDetail";
import type { CycleView } from "../../ipc/bindings/CycleView";
import type { RecordView } from "../../ipc/bindings/RecordView";
import type { StepAction } from "../../ipc/bindings/StepAction";
import type { StepKey } from "../../ipc/bindings/StepKey";
import type { Template } from "../../ipc/bindings/Template";
import { t } from "../../i18n";
import { formatDate } from "../../lib/dates";
import { requirementText, stateText, stepLabel } from "./labels";
import { addText, KIND_ORDER, recordStep, STEP_KINDS } from "./kinds/registry";
import { payloadOf, type RecordKind } from "./records";
import { RecordItem } from "./RecordItem";
import { FactorTable } from "./FactorTable";
import { StepActions } from "./StepActions";
import { RecordFormFor } from "./RecordFormFor";
import { useFocusAfterRender } from "../../lib/useFocusAfterRender";

/** Which form is open: a new record of a kind, or an existing record. At most one. */
export type OpenForm = { kind: RecordKind; recordId: string | null; meeting?: boolean } | null;

interface StepPanelProps {
  detail: CaseDetail;
  cycle: CycleView;
  stepKey: StepKey;
  template: Template;
  form: OpenForm;
  highlight: string | null;
  onForm: (form: OpenForm) => void;
  onSaved: (detail: CaseDetail, message: string) => void;
  onStepAction: (detail: CaseDetail, action: StepAction) => void;
}

/** One step of a cycle: what the template asks, what was recorded, and what can be done. */
export function StepPanel(p: StepPanelProps) {
  const { cycle, stepKey, template } = p;
  const step = cycle.steps.find((s) => s.key === stepKey);
  const stepTemplate = template.steps.find((s) => s.key === stepKey);
  if (!step || !stepTemplate) return null;
  const label = stepLabel(template, stepKey);
  const number = cycle.steps.indexOf(step) + 1;
  const finished = cycle.finishedOn !== null;
  // An evaluation that decided on an OT/SWV meeting asks for its record, also once finished.
  const followUp = p.detail.followUp;
  const meetingWanted =
    stepKey === "evalueren" && cycle.id === p.detail.cycles.at(-1)?.id && followUp?.kind === "meeting_record" && !followUp.done;
  const records = cycle.records
    .filter((r) => recordStep(payloadOf(r)) === stepKey)
    .sort((a, b) => KIND_ORDER.indexOf(payloadOf(a).kind) - KIND_ORDER.indexOf(payloadOf(b).kind) || a.date.localeCompare(b.date));

  // Keyboard users land back where they started: the add button, or the record's own button.
  const focusAfterRender = useFocusAfterRender();
  const closeForm = (kind: RecordKind, record: RecordView | null) => {
    p.onForm(null);
    const target = record ? `record-${finished ? "revise" : "edit"}-${record.id}` : `add-${kind}`;
    focusAfterRender(() => document.getElementById(target));
  };

  const formFor = (kind: RecordKind, record: RecordView | null) => (
    <RecordFormFor
      kind={kind}
      template={template}
      caseId={p.detail.case.id}
      cycle={cycle}
      step={stepKey}
      record={record}
      decisions={p.detail.decisions}
      meeting={p.form?.meeting}
      onSaved={(d) => {
        closeForm(kind, record);
        p.onSaved(d, t("stepplan.savedDone"));
      }}
      onCancel={() => closeForm(kind, record)}
    />
  );

  return (
    <section id="step-panel" className="card step-panel" aria-labelledby="step-heading">
      <div className="section-head">
        <h2 id="step-heading">
          {t("stepplan.stepN", { n: number })}: {label}
        </h2>
        <span className={`badge badge-${step.state}`}>{stateText(step.state)}</span>
      </div>
      <p className="step-explanation">{stepTemplate.explanation}</p>
      {stepTemplate.prompts.length > 0 ? (
        <div className="step-prompts">
          <h3>{t("stepplan.prompts")}</h3>
          <ul>
            {stepTemplate.prompts.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="step-required">
        <h3>{t("stepplan.requiredTitle")}</h3>
        {stepTemplate.required.length === 0 ? (
          <p className="muted">{t("stepplan.requiredNone")}</p>
        ) : (
          <ul>
            {stepTemplate.required.map((r) => (
              <li key={r}>{requirementText(r)}</li>
            ))}
          </ul>
        )}
      </div>
      {step.state === "skipped" ? (
        <p className="step-skip-reason" id="step-skip-reason">
          {t("stepplan.skippedBecause", { date: formatDate(step.settledOn), reason: step.skipReason ?? "" })}
        </p>
      ) : null}
      {step.state === "done" && step.settledOn && !step.completionReason ? (
        <p className="muted">{t("stepplan.settledOn", { date: formatDate(step.settledOn) })}</p>
      ) : null}
      {step.state === "done" && step.completionReason ? (
        <p className="step-skip-reason" id="step-completion-reason">
          {t("stepplan.completedWithout", { date: formatDate(step.settledOn), reason: step.completionReason })}
        </p>
      ) : null}
      {meetingWanted ? (
        <div className="next-cycle next-cycle-suggested" id="follow-up-meeting">
          <p>{t("stepplan.followUp.meeting")}</p>
          {p.form === null ? (
            <button id="add-meeting" type="button" className="button button-primary" onClick={() => p.onForm({ kind: "conversation", recordId: null, meeting: true })}>
              {t("stepplan.followUp.meetingAction")}
            </button>
          ) : null}
        </div>
      ) : null}
      {!finished ? <StepActions key={`${cycle.id}-${stepKey}`} cycle={cycle} step={step} label={label} onDone={p.onStepAction} /> : null}

      {stepKey === "begrijpen" ? <FactorTable cycle={cycle} template={template} /> : null}

      <h3>{t("stepplan.records")}</h3>
      {records.length === 0 ? <p className="empty-state">{t("stepplan.noRecords")}</p> : null}
      {records.length > 0 ? (
        <ul className="record-list">
          {records.map((r) => (
            <RecordItem
              key={r.id}
              record={r}
              cycle={cycle}
              template={template}
              highlighted={p.highlight === r.id}
              editor={p.form?.recordId === r.id ? formFor(payloadOf(r).kind, r) : null}
              onEdit={() => p.onForm({ kind: payloadOf(r).kind, recordId: r.id })}
              onDeleted={(d) => p.onSaved(d, t("stepplan.removedDone"))}
            />
          ))}
        </ul>
      ) : null}

      {(!finished || (meetingWanted && p.form?.meeting)) && p.form !== null && p.form.recordId === null ? formFor(p.form.kind, null) : null}
      {!finished && p.form === null ? (
        <div className="button-row add-buttons">
          {STEP_KINDS[stepKey].map((kind) => (
            <button key={kind} id={`add-${kind}`} type="button" className="button button-secondary" onClick={() => p.onForm({ kind, recordId: null })}>
              {addText(kind)}
            </button>
          ))}
        </div>
      ) : null}
    </section>
  );
}
