import type { EducationType } from "../../ipc/bindings/EducationType";
import { t } from "../../i18n";

export const EDUCATION_TYPES: readonly EducationType[] = ["po", "sbo", "so", "vo", "vso", "pro"];

/** vo, vso and pro count in "leerjaar" (1–6) and have an aanspreekpunt; po/sbo/so in "groep" (1–8). */
export function isSecondary(e: EducationType): boolean {
  return e === "vo" || e === "vso" || e === "pro";
}

export function maxGrade(e: EducationType): number {
  return isSecondary(e) ? 6 : 8;
}

export function gradeLabel(e: EducationType): string {
  return isSecondary(e) ? t("education.leerjaar") : t("education.groep");
}

export function gradeText(e: EducationType, grade: number): string {
  return isSecondary(e) ? t("education.leerjaarN", { grade }) : t("education.groepN", { grade });
}

export function educationLong(e: EducationType): string {
  return t(`education.${e}`);
}

/** "po, groep 5" */
export function educationSummary(e: EducationType, grade: number): string {
  return `${t(`education.short.${e}`)}, ${gradeText(e, grade)}`;
}

export function educationOptions(): Array<{ value: EducationType; label: string }> {
  return EDUCATION_TYPES.map((e) => ({ value: e, label: educationLong(e) }));
}
