import type { KeyboardEvent } from "react";
import type { CycleView } from "../../ipc/bindings/CycleView";
import type { StepKey } from "../../ipc/bindings/StepKey";
import type { Template } from "../../ipc/bindings/Template";
import { t } from "../../i18n";
import { stateText, stepLabel } from "./labels";

interface StepperProps {
  cycle: CycleView;
  template: Template;
  selected: StepKey;
  onSelect: (step: StepKey) => void;
}

/**
 * The six steps of one cycle with their state; the current step (the first one not done or
 * skipped) carries aria-current="step". Arrow keys move between the steps.
 */
export function Stepper({ cycle, template, selected, onSelect }: StepperProps) {
  const move = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const delta = e.key === "ArrowRight" || e.key === "ArrowDown" ? 1 : e.key === "ArrowLeft" || e.key === "ArrowUp" ? -1 : 0;
    if (delta === 0) return;
    const next = cycle.steps[index + delta];
    if (!next) return;
    e.preventDefault();
    document.getElementById(`step-${next.key}`)?.focus();
  };
  return (
    <nav aria-label={t("stepplan.stepsLabel", { n: cycle.number })}>
      <ol className="stepper">
        {cycle.steps.map((s, i) => {
          const current = s.key === cycle.currentStep;
          const classes = ["stepper-step", `stepper-${s.state}`, current ? "stepper-current" : "", s.key === selected ? "stepper-selected" : ""];
          return (
            <li key={s.key} className={classes.join(" ").trim()}>
              <button
                id={`step-${s.key}`}
                type="button"
                className="stepper-button"
                aria-current={current ? "step" : undefined}
                aria-pressed={s.key === selected}
                aria-controls="step-panel"
                onClick={() => onSelect(s.key)}
                onKeyDown={(e) => move(e, i)}
              >
                <span className="stepper-number">{t("stepplan.stepN", { n: i + 1 })}</span>
                <span className="stepper-label" data-testid="step-label">{stepLabel(template, s.key)}</span>
                <span className={`badge badge-${s.state}`} data-testid="step-state">
                  {stateText(s.state)}
                </span>
                {current ? <span className="visually-hidden">, {t("stepplan.current")}</span> : null}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
