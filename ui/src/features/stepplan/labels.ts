// Dutch names for the stappenplan's closed vocabularies. Step, domain, level, outcome and
// decision labels are NOT here: they come from the template.
import type { Choice } from "../../ipc/bindings/Choice";
import type { ConversationKind } from "../../ipc/bindings/ConversationKind";
import type { FactorKind } from "../../ipc/bindings/FactorKind";
import type { SchoolStage } from "../../ipc/bindings/SchoolStage";
import type { Requirement } from "../../ipc/bindings/Requirement";
import type { SignalSource } from "../../ipc/bindings/SignalSource";
import type { StepKey } from "../../ipc/bindings/StepKey";
import type { StepState } from "../../ipc/bindings/StepState";
import type { Template } from "../../ipc/bindings/Template";
import { t, type TKey } from "../../i18n";

export const STEP_KEYS: readonly StepKey[] = ["signaleren", "begrijpen", "plannen", "realiseren", "vastleggen", "evalueren"];

const REQUIREMENT_TEXT: Record<Requirement, TKey> = {
  signal: "stepplan.requirements.signal",
  "signal.parents_informed": "stepplan.requirements.signalParentsInformed",
  "signal.pupil_informed": "stepplan.requirements.signalPupilInformed",
  "signal.data": "stepplan.requirements.signalData",
  need: "stepplan.requirements.need",
  "factor.helping": "stepplan.requirements.factorHelping",
  "factor.hindering": "stepplan.requirements.factorHindering",
  goal: "stepplan.requirements.goal",
  "goal.evaluation_date": "stepplan.requirements.goalEvaluationDate",
  "plan.made_with": "stepplan.requirements.planMadeWith",
  intervention: "stepplan.requirements.intervention",
  execution: "stepplan.requirements.execution",
  plan_shared: "stepplan.requirements.planShared",
  "evaluation.decision": "stepplan.requirements.evaluationDecision",
  "evaluation.all_goals": "stepplan.requirements.evaluationAllGoals",
};

/** The Dutch explanation of a requirement key (as sent in a `step_incomplete` error's field). */
export function requirementText(key: string | null): string | null {
  if (key === null || !(key in REQUIREMENT_TEXT)) return null;
  return t(REQUIREMENT_TEXT[key as Requirement]);
}

export function stepLabel(template: Template, key: StepKey): string {
  return template.steps.find((s) => s.key === key)?.label ?? key;
}

export function choiceLabel(choices: readonly Choice[], key: string | null | undefined): string {
  if (!key) return "";
  return choices.find((c) => c.key === key)?.label ?? key;
}

export const stateText = (s: StepState): string => t(`stepplan.states.${s}`);
/** Who signalled, in the words of the pupil's school (leerkracht / docent, IB'er / ondersteuningscoördinator). */
export function sourceText(s: SignalSource, stage: SchoolStage): string {
  switch (s) {
    case "teacher":
      return t(`wording.${stage}.teacher`);
    case "coordinator":
      return t(`wording.${stage}.coordinator`);
    case "parent":
    case "pupil":
    case "other":
      return t(`stepplan.sources.${s}`);
  }
}
/** "Gesprek met de leerkracht" / "Gesprek met de mentor", "Gesprek met ouders", … */
export function conversationKindText(k: ConversationKind, stage: SchoolStage): string {
  switch (k) {
    case "teacher":
      return t("stepplan.conversationWithClassContact", { who: t(`wording.${stage}.classContact`) });
    case "parents":
    case "pupil":
    case "meeting":
      return t(`stepplan.conversationKinds.${k}`);
  }
}
export const factorKindText = (k: FactorKind): string => t(`stepplan.factorKinds.${k}`);
