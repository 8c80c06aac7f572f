import type { CaseStatus } from "../../ipc/bindings/CaseStatus";
import type { TimelineKind } from "../../ipc/bindings/TimelineKind";
import { t } from "../../i18n";

export function statusText(s: CaseStatus): string {
  return s === "open" ? t("cases.statusOpen") : t("cases.statusClosed");
}

export function timelineText(kind: TimelineKind): string {
  return t(`cases.kinds.${kind}`);
}

export function templateText(templateId: string): string {
  return templateId === "landelijk" ? t("cases.templateLandelijk") : templateId;
}
