import { useEffect, useState } from "react";
import { call, toIpcError } from "../../ipc/client";
import type { CaseDetail } from "../../ipc/bindings/CaseDetail";
import type { StepAction } from "../../ipc/bindings/StepAction";
import type { Template } from "../../ipc/bindings/Template";
import { errorText, t } from "../../i18n";
import { DateField, SelectField } from "../../components/Field";
import { FormAlert } from "../../components/ErrorText";
import { formatDate, parseDateInput } from "../../lib/dates";
import { CloseCaseForm } from "../cases/CloseCaseForm";
import { choiceLabel } from "./labels";
import { stepLabel } from "./labels";
import { Stepper } from "./Stepper";
import { StepPanel, type OpenForm } from "./StepPanel";
import { Timeline, type TimelineTarget } from "./Timeline";
import { rememberedView, rememberView, type CaseView } from "./viewMemory";
import { StageProvider } from "./StageContext";
import "./stepplan.css";

interface CaseWorkspaceProps {
  detail: CaseDetail;
  template: Template;
  onDetail: (detail: CaseDetail, message: string) => void;
}

/** The stappenplan of a casus (cycles, stepper, the selected step) and its timeline, as tabs. */
export function CaseWorkspace({ detail, template, onDetail }: CaseWorkspaceProps) {
  const caseId = detail.case.id;
  const [view, setView] = useState<CaseView>(() => rememberedView(caseId));
  const [highlight, setHighlight] = useState<string | null>(null);
  const [cycleError, setCycleError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** New evaluation dates per carried goal (previous cycle's goal id), asked before a new cycle. */
  const [newDates, setNewDates] = useState<Record<string, string> | null>(null);
  const [closing, setClosing] = useState(false);

  useEffect(() => rememberView(caseId, view), [caseId, view]);

  const last = detail.cycles.at(-1);
  const cycle = detail.cycles.find((c) => c.id === view.cycleId) ?? last;
  const selected = view.step ?? cycle?.currentStep ?? "evalueren";
  const update = (patch: Partial<CaseView>) => setView((v) => ({ ...v, ...patch }));

  useEffect(() => {
    if (!highlight) return;
    const el = document.getElementById(`record-${highlight}`);
    el?.scrollIntoView?.({ block: "center" });
    el?.focus();
  }, [highlight, view.tab]);

  if (!cycle || !last) return null;

  const onStepAction = (d: CaseDetail, action: StepAction) => {
    const now = d.cycles.find((c) => c.id === cycle.id);
    const label = stepLabel(template, selected);
    if ((action === "complete" || action === "skip") && now?.currentStep) update({ step: now.currentStep });
    onDetail(d, t(`stepplan.done.${action}`, { step: label }));
  };

  async function newCycle() {
    if (busy) return;
    setBusy(true);
    setCycleError(null);
    try {
      const evaluationDates = Object.entries(newDates ?? {})
        .filter(([, date]) => date.trim() !== "")
        .map(([goalId, date]) => ({ goalId, evaluationDate: parseDateInput(date) }));
      const d = await call("cycle_new", { caseId, evaluationDates });
      setNewDates(null);
      const started = d.cycles.at(-1);
      setView({ tab: "steps", cycleId: started?.id ?? null, step: started?.currentStep ?? null, form: null });
      onDetail(d, t("stepplan.cycleNewDone", { n: started?.number ?? "", prev: (started?.number ?? 1) - 1 }));
    } catch (e) {
      const err = toIpcError(e);
      if (err.code !== "locked") setCycleError(errorText(err.code));
    } finally {
      setBusy(false);
    }
  }

  const openTarget = (target: TimelineTarget) => {
    const c = detail.cycles.find((x) => x.id === target.cycleId);
    setView({ tab: "steps", cycleId: target.cycleId, step: target.step ?? c?.currentStep ?? null, form: null });
    setHighlight(target.recordId);
  };

  const tab = (id: "steps" | "timeline", label: string) => (
    <button
      id={`tab-${id}`}
      type="button"
      role="tab"
      aria-selected={view.tab === id}
      aria-controls={`panel-${id}`}
      tabIndex={view.tab === id ? 0 : -1}
      className={view.tab === id ? "tab tab-active" : "tab"}
      onClick={() => update({ tab: id })}
      onKeyDown={(e) => {
        if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
        const other = id === "steps" ? "timeline" : "steps";
        update({ tab: other });
        document.getElementById(`tab-${other}`)?.focus();
      }}
    >
      {label}
    </button>
  );

  const followUp = detail.followUp;
  const suggestsNewCycle = followUp?.kind === "new_cycle";
  const lastGoals = last.records.flatMap((r) => (r.data.kind === "goal" ? [{ id: r.id, description: r.data.description }] : []));
  const askDates = () => {
    if (lastGoals.length === 0) void newCycle();
    else setNewDates(Object.fromEntries(lastGoals.map((g) => [g.id, ""])));
  };

  return (
    <StageProvider value={detail.pupil.stage}>
      <div className="workspace">
        <div className="tabs" role="tablist" aria-label={t("stepplan.tabsLabel")}>
          {tab("steps", t("stepplan.tabSteps"))}
          {tab("timeline", t("stepplan.tabTimeline"))}
        </div>
        {view.tab === "timeline" ? (
          <div id="panel-timeline" role="tabpanel" aria-labelledby="tab-timeline">
            <Timeline detail={detail} template={template} onOpen={openTarget} />
          </div>
        ) : (
          <div id="panel-steps" role="tabpanel" aria-labelledby="tab-steps">
            <div className="cycle-bar">
              {detail.cycles.length > 1 ? (
                <SelectField
                  id="cycle-select"
                  label={t("stepplan.cycleSelect")}
                  value={cycle.id}
                  onChange={(id) => {
                    const c = detail.cycles.find((x) => x.id === id);
                    update({ cycleId: id, step: c?.currentStep ?? null, form: null });
                  }}
                  options={detail.cycles.map((c) => ({ value: c.id, label: t("stepplan.cycle", { n: c.number }) }))}
                />
              ) : null}
              <p className="cycle-info" id="cycle-info">
                {cycle.finishedOn
                  ? t("stepplan.cycleFinished", { n: cycle.number, date: formatDate(cycle.finishedOn) })
                  : t("stepplan.cycleStarted", { n: cycle.number, date: formatDate(cycle.startedOn) })}
                {!cycle.finishedOn && cycle.currentStep === null ? ` ${t("stepplan.noCurrent", { step: stepLabel(template, "evalueren") })}` : null}
              </p>
            </div>
            {cycle.id === last.id && followUp?.kind === "close_case" && detail.case.status === "open" ? (
              <div className="next-cycle next-cycle-suggested" id="follow-up-close">
                <p>{t("stepplan.followUp.close")}</p>
                {closing ? (
                  <CloseCaseForm
                    caseId={caseId}
                    suggestedDate={followUp.date}
                    onClosed={(d) => {
                      setClosing(false);
                      onDetail(d, t("stepplan.followUp.closeDone"));
                    }}
                    onCancel={() => setClosing(false)}
                  />
                ) : (
                  <button id="follow-up-close-open" type="button" className="button button-primary" onClick={() => setClosing(true)}>
                    {t("cases.close")}
                  </button>
                )}
              </div>
            ) : null}
            {cycle.id === last.id && followUp?.kind === "opp_needed" ? (
              <div className="next-cycle next-cycle-suggested" id="follow-up-opp" role="note">
                <p>{t("stepplan.followUp.opp", { date: formatDate(followUp.date) })}</p>
              </div>
            ) : null}
            {last.finishedOn && cycle.id === last.id && detail.case.status === "open" ? (
              <div className={suggestsNewCycle ? "next-cycle next-cycle-suggested" : "next-cycle"}>
                <p>
                  {suggestsNewCycle && followUp ? `${t("stepplan.followUp.newCycle", { decision: choiceLabel(template.decisions, followUp.decision) })} ` : null}
                  {t("stepplan.cycleNewIntro")}
                </p>
                {newDates === null ? (
                  <button id="cycle-new" type="button" className={suggestsNewCycle ? "button button-primary" : "button button-secondary"} disabled={busy} onClick={askDates}>
                    {t("stepplan.cycleNew")}
                  </button>
                ) : (
                  <form
                    id="cycle-new-form"
                    className="form subform"
                    noValidate
                    aria-labelledby="cycle-new-heading"
                    onSubmit={(e) => {
                      e.preventDefault();
                      void newCycle();
                    }}
                    onKeyDown={(e) => {
                      if (e.key === "Escape") {
                        e.preventDefault();
                        setNewDates(null);
                      }
                    }}
                  >
                    <h3 id="cycle-new-heading">{t("stepplan.cycleNewDatesTitle")}</h3>
                    <p className="muted">{t("stepplan.cycleNewDatesIntro")}</p>
                    {lastGoals.map((g, index) => (
                      <DateField
                        key={g.id}
                        id={`cycle-new-date-${index}`}
                        label={t("stepplan.cycleNewGoalDate", { goal: g.description })}
                        value={newDates[g.id] ?? ""}
                        onChange={(v) => setNewDates({ ...newDates, [g.id]: v })}
                        optional
                        autoFocus={index === 0}
                      />
                    ))}
                    <div className="button-row">
                      <button id="cycle-new-confirm" type="submit" className="button button-primary" disabled={busy}>
                        {t("stepplan.cycleNewConfirm")}
                      </button>
                      <button type="button" className="button button-secondary" onClick={() => setNewDates(null)}>
                        {t("common.cancel")}
                      </button>
                    </div>
                  </form>
                )}
                <FormAlert text={cycleError} />
              </div>
            ) : null}
            <Stepper cycle={cycle} template={template} selected={selected} onSelect={(step) => update({ step, form: null })} />
            <StepPanel
              detail={detail}
              cycle={cycle}
              stepKey={selected}
              template={template}
              form={view.form}
              highlight={highlight}
              onForm={(form: OpenForm) => update({ form })}
              onSaved={onDetail}
              onStepAction={onStepAction}
            />
          </div>
        )}
      </div>
    </StageProvider>
  );
}
