import type { Template } from "../../ipc/bindings/Template";
import type { RecordKind } from "./records";
import type { RecordFormProps } from "./RecordFormShell";
import { SignalForm } from "./forms/SignalForm";
import { ConversationForm } from "./forms/ConversationForm";
import { NeedForm } from "./forms/NeedForm";
import { FactorForm } from "./forms/FactorForm";
import { GoalForm } from "./forms/GoalForm";
import { InterventionForm } from "./forms/InterventionForm";
import { ExecutionForm } from "./forms/ExecutionForm";
import { PlanShareForm } from "./forms/PlanShareForm";
import { EvaluationForm } from "./forms/EvaluationForm";

/** The form for one record kind (new when `record` is null). */
export function RecordFormFor({ kind, template, ...props }: RecordFormProps & { kind: RecordKind; template: Template }) {
  switch (kind) {
    case "signal":
      return <SignalForm {...props} />;
    case "conversation":
      return <ConversationForm {...props} />;
    case "need":
      return <NeedForm {...props} />;
    case "factor":
      return <FactorForm {...props} template={template} />;
    case "goal":
      return <GoalForm {...props} />;
    case "intervention":
      return <InterventionForm {...props} template={template} />;
    case "execution":
      return <ExecutionForm {...props} />;
    case "plan_share":
      return <PlanShareForm {...props} />;
    case "evaluation":
      return <EvaluationForm {...props} template={template} />;
  }
}
