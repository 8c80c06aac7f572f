import type { GuardianRelation } from "../../ipc/bindings/GuardianRelation";
import { t } from "../../i18n";

export const RELATIONS: readonly GuardianRelation[] = [
  "mother",
  "father",
  "parent",
  "foster_parent",
  "legal_guardian",
  "other",
];

export function relationText(r: GuardianRelation): string {
  return t(`guardians.relations.${r}`);
}
