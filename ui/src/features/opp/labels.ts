// Dutch words for the OPP values. The values, the rules and the template's choices come from
// the core; this file only names them. Each is a `Record` so tsc fails when the core grows a
// value nl.json does not name yet.
import type { ClockBasis } from "../../ipc/bindings/ClockBasis";
import type { ConsentMethod } from "../../ipc/bindings/ConsentMethod";
import type { ConsentStatus } from "../../ipc/bindings/ConsentStatus";
import type { DeviationKind } from "../../ipc/bindings/DeviationKind";
import type { FactorKind } from "../../ipc/bindings/FactorKind";
import type { OppDeadlineKind } from "../../ipc/bindings/OppDeadlineKind";
import type { OppReason } from "../../ipc/bindings/OppReason";
import type { VersionStatus } from "../../ipc/bindings/VersionStatus";
import type { Choice } from "../../ipc/bindings/Choice";
import { t } from "../../i18n";

const REASONS: Record<OppReason, true> = { opstellen: true, bijstellen: true, evaluatie: true };
const BASES: Record<ClockBasis, true> = { inschrijving: true, extra_support_decision: true, other: true };
const STATUSES: Record<ConsentStatus, true> = {
  concept: true,
  voorgelegd: true,
  ingestemd: true,
  deels_ingestemd: true,
  niet_ingestemd: true,
};
const METHODS: Record<ConsentMethod, true> = { papier: true, mondeling: true, email: true };
const DEVIATIONS: Record<DeviationKind, true> = { eigen_leerlijn: true, vrijstelling: true, aangepaste_onderwijstijd: true };
const FACTOR_KINDS: Record<FactorKind, true> = { hindering: true, helping: true };

function options<V extends string>(values: Record<V, true>, label: (value: V) => string): Array<{ value: V; label: string }> {
  return (Object.keys(values) as V[]).map((value) => ({ value, label: label(value) }));
}

export const reasonText = (reason: OppReason): string => t(`opp.reasons.${reason}`);
export const reasonOptions = () => options(REASONS, reasonText);
export const basisText = (basis: ClockBasis): string => t(`opp.bases.${basis}`);
export const basisOptions = () => options(BASES, basisText);
export const consentText = (status: ConsentStatus): string => t(`opp.consentStatuses.${status}`);
export const consentOptions = () => options(STATUSES, consentText);
export const methodText = (method: ConsentMethod): string => t(`opp.methods.${method}`);
export const methodOptions = () => options(METHODS, methodText);
export const deviationText = (kind: DeviationKind): string => t(`opp.deviationKinds.${kind}`);
export const deviationOptions = () => options(DEVIATIONS, deviationText);
export const factorKindText = (kind: FactorKind): string => t(`opp.factorKinds.${kind}`);
export const factorKindOptions = () => options(FACTOR_KINDS, factorKindText);
export const versionStatusText = (status: VersionStatus): string => t(`opp.versionStatuses.${status}`);
export const deadlineText = (kind: OppDeadlineKind): string => t(`opp.deadlines.${kind}`);

/** A template key's label, or the key itself when the template no longer has it. */
export function choiceText(choices: Choice[], key: string | null): string {
  if (key === null) return t("common.empty");
  return choices.find((c) => c.key === key)?.label ?? key;
}

export const choiceOptions = (choices: Choice[]) => choices.map((c) => ({ value: c.key, label: c.label }));

/**
 * "Ontwikkelingsgebied van doel 1" for `action.goals[0].area`: what a `missing` entry of the
 * core means, in Dutch. Unknown names are shown as they are.
 */
export function missingText(field: string): string {
  const row = /^([a-zA-Z.]+)\[(\d+)\]\.(\w+)$/.exec(field);
  if (row) {
    const [, list = "", index = "0", name = ""] = row;
    const n = Number(index) + 1;
    if (list === "action.goals" && name === "area") return t("opp.missing.goalArea", { n });
    if (list === "action.goals" && name === "evaluationDate") return t("opp.missing.goalEvaluationDate", { n });
    return field;
  }
  switch (field) {
    case "perspective.exitDestination":
      return t("opp.missing.exitDestination");
    case "perspective.exitNote":
      return t("opp.missing.exitNote");
    case "perspective.reasoning":
      return t("opp.missing.reasoning");
    case "perspective.factors.hindering":
      return t("opp.missing.hindering");
    case "perspective.factors.helping":
      return t("opp.missing.helping");
    case "action.goals":
      return t("opp.missing.goals");
    case "action.support":
      return t("opp.missing.support");
    default:
      return field;
  }
}
