// What the casus page showed (tab, cycle, step, open form), per casus, for this app session.
// The page unmounts when the vault locks; after unlocking, the user is back at the same step
// with the same form open, and the form restores its draft from the vault. Ids only.
import type { StepKey } from "../../ipc/bindings/StepKey";
import type { OpenForm } from "./StepPanel";

export interface CaseView {
  tab: "steps" | "timeline";
  cycleId: string | null;
  step: StepKey | null;
  form: OpenForm;
}

const views = new Map<string, CaseView>();

export function rememberedView(caseId: string): CaseView {
  return views.get(caseId) ?? { tab: "steps", cycleId: null, step: null, form: null };
}

export function rememberView(caseId: string, view: CaseView): void {
  views.set(caseId, view);
}

/** For tests: forget every casus view. */
export function forgetViews(): void {
  views.clear();
}
