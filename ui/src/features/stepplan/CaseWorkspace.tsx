import { useEffect, useState } from "react";
import { call, toIpcError } from "../../ipc/client";
import type { CaseDetail } from "../../ipc/bindings/CaseDetail";
import type { StepAction } from "../../ipc/bindings/StepAction";
import type { Template } from "../../ipc/bindings/Template";
import { errorText, t } from "../../i18n";
import { SelectField } from "../../components/Field";
import { FormAlert } from "../../components/ErrorText";
import { formatDate } from "../../lib/dates";
import { stepLabel } from "./labels";
import { Stepper } from "./Stepper";
import { StepPanel, type OpenForm } from "./StepPanel";
import { Timeline, type TimelineTarget } from "./Timeline";
import { rememberedView, rememberView, type CaseView } from "./viewMemory";
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
      const d = await call("cycle_new", { caseId });
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

  const lastEvaluation = last.records.filter((r) => r.data.kind === "evaluation").at(-1);
  const decision = lastEvaluation?.data.kind === "evaluation" ? lastEvaluation.data.decision : null;
  const suggestsNewCycle = decision === "nieuwe_cyclus" || decision === "bijstellen";

  return (
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
          {last.finishedOn && cycle.id === last.id ? (
            <div className={suggestsNewCycle ? "next-cycle next-cycle-suggested" : "next-cycle"}>
              <p>{t("stepplan.cycleNewIntro")}</p>
              <button id="cycle-new" type="button" className={suggestsNewCycle ? "button button-primary" : "button button-secondary"} disabled={busy} onClick={() => void newCycle()}>
                {t("stepplan.cycleNew")}
              </button>
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
  );
}
