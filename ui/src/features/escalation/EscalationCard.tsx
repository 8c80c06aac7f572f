import { useState, type ReactNode } from "react";
import type { ClockView } from "../../ipc/bindings/ClockView";
import type { EscalationPage } from "../../ipc/bindings/EscalationPage";
import type { EscalationView } from "../../ipc/bindings/EscalationView";
import type { LadderStep } from "../../ipc/bindings/LadderStep";
import { t } from "../../i18n";
import { Link } from "../../components/Link";
import { formatDate } from "../../lib/dates";
import { WhereToGoButton } from "../where_to_go/WhereToGoButton";
import { CloseForm, RecordForm, SkipForm } from "./StepForms";

type Changed = (page: EscalationPage, message: string) => void;

/**
 * One geschil: what it is about, its escalatieladder as an ordered list of the template's steps
 * (done with their dated records, skipped with the reason, "hier staat het nu", still to come),
 * its termijnen with date, rule and source, and — while open — the forms to record a step, skip
 * one or close the geschil. A closed geschil is read-only.
 */
export function EscalationCard({ view, page, onChanged }: { view: EscalationView; page: EscalationPage; onChanged: Changed }) {
  const [form, setForm] = useState<"record" | "skip" | "close" | null>(null);
  const data = view.escalation;
  const headingId = `escalation-${view.id}-heading`;
  const done = (next: EscalationPage, message: string) => {
    setForm(null);
    onChanged(next, message);
  };
  return (
    <section className="card escalation-card" aria-labelledby={headingId} data-testid="escalation-card">
      <h2 id={headingId}>{t("escalation.cardTitle", { subject: view.subjectLabel })}</h2>
      <dl className="details">
        <dt>{t("escalation.status")}</dt>
        <dd data-testid="escalation-status">{view.statusLabel}</dd>
        <dt>{t("escalation.openedOnBy")}</dt>
        <dd>{t("escalation.openedOnByValue", { date: formatDate(data.openedOn), by: data.openedBy })}</dd>
        {view.linkLabel ? (
          <>
            <dt>{t("escalation.link")}</dt>
            <dd>{view.linkLabel}</dd>
          </>
        ) : null}
        <dt>{t("escalation.decisionOn")}</dt>
        <dd>{data.decisionOn ? formatDate(data.decisionOn) : t("escalation.decisionOnMissing")}</dd>
        <dt>{t("escalation.description")}</dt>
        <dd className="preserve-lines">{data.description}</dd>
        {data.closing?.note ? (
          <>
            <dt>{t("escalation.closeNote")}</dt>
            <dd className="preserve-lines">{data.closing.note}</dd>
          </>
        ) : null}
      </dl>
      <h3 id={`${headingId}-ladder`}>{t("escalation.ladderTitle")}</h3>
      <p className="muted">{t("escalation.ladderTemplate", { name: view.templateName })}</p>
      <ol className="escalation-ladder" aria-labelledby={`${headingId}-ladder`} data-testid="escalation-ladder">
        {view.ladder.map((step) => (
          <Step key={step.key} step={step} />
        ))}
      </ol>
      <Clocks view={view} />
      <WhereToGoButton pupilId={view.pupilId} disputeId={view.id} />
      {view.open ? (
        <div className="button-row escalation-actions">
          <button type="button" className="button button-secondary" aria-expanded={form === "record"} onClick={() => setForm(form === "record" ? null : "record")}>
            {t("escalation.recordStep")}
          </button>
          <button type="button" className="button button-secondary" aria-expanded={form === "skip"} onClick={() => setForm(form === "skip" ? null : "skip")}>
            {t("escalation.skipStep")}
          </button>
          <button type="button" className="button button-secondary" aria-expanded={form === "close"} onClick={() => setForm(form === "close" ? null : "close")}>
            {t("escalation.close")}
          </button>
        </div>
      ) : (
        <p className="muted">{t("escalation.readOnly")}</p>
      )}
      {view.open && form === "record" ? <RecordForm view={view} onDone={(next) => done(next, t("escalation.recorded"))} onCancel={() => setForm(null)} /> : null}
      {view.open && form === "skip" ? <SkipForm view={view} onDone={(next) => done(next, t("escalation.skipped"))} onCancel={() => setForm(null)} /> : null}
      {view.open && form === "close" ? <CloseForm view={view} page={page} onDone={(next) => done(next, t("escalation.closed"))} onCancel={() => setForm(null)} /> : null}
    </section>
  );
}

function stateText(step: LadderStep): string {
  if (step.current) return t("escalation.here");
  return t(`escalation.states.${step.state}`);
}

function Step({ step }: { step: LadderStep }) {
  return (
    <li className={`escalation-step escalation-step-${step.state}${step.current ? " escalation-step-current" : ""}`} data-testid="escalation-step" aria-current={step.current ? "step" : undefined}>
      <p className="escalation-step-title">
        <strong>{step.label}</strong> <span className="escalation-step-state">— {stateText(step)}</span>
      </p>
      {step.contact ? <p className="muted">{t("escalation.contact", { name: step.contact })}</p> : null}
      {step.skip ? (
        <p data-testid="escalation-skip">{t("escalation.skippedOn", { date: formatDate(step.skip.on), reason: step.skip.reason })}</p>
      ) : null}
      {step.records.length > 0 ? (
        <ul className="escalation-records">
          {step.records.map((record, index) => (
            <li key={index} data-testid="escalation-record">
              <p>
                <strong>{formatDate(record.on)}</strong> — {record.who}: {record.what}
              </p>
              {record.outcome ? <p>{t("escalation.outcomeValue", { text: record.outcome })}</p> : null}
              {record.nextStep ? <p>{t("escalation.nextStepValue", { text: record.nextStep })}</p> : null}
              {record.completesStep ? <p className="muted">{t("escalation.completesStepDone")}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function Clocks({ view }: { view: EscalationView }) {
  if (view.clocks.length === 0) return null;
  return (
    <div className="escalation-clocks" data-testid="escalation-clocks">
      <h3>{t("escalation.clocksTitle")}</h3>
      <dl className="details">
        {view.clocks.map((clock) => (
          <Clock key={clock.clock} clock={clock} pupilId={view.pupilId} />
        ))}
      </dl>
    </div>
  );
}

function Clock({ clock, pupilId }: { clock: ClockView; pupilId: string }) {
  let state: ReactNode;
  if (clock.date === null) state = clock.missing;
  else if (clock.running) state = t("escalation.running");
  else state = t("escalation.notRunning");
  return (
    <>
      <dt>{clock.label}</dt>
      <dd data-testid={`escalation-clock-${clock.clock}`}>
        {clock.date ? <strong>{formatDate(clock.date)}</strong> : null} <span>({state})</span>
        {clock.shownWithTlv ? (
          <p>
            {t("escalation.shownWithTlv")} <Link to={{ name: "tlv", id: pupilId }}>{t("escalation.toTlv")}</Link>
          </p>
        ) : null}
        <details className="escalation-rule">
          <summary>{t("escalation.ruleAndSource")}</summary>
          <p className="today-rule">
            {t("escalation.rule")} {clock.rule}
          </p>
          <p className="muted">
            {t("escalation.source")} {clock.source}
          </p>
        </details>
      </dd>
    </>
  );
}
