import type { EducationType } from "../../ipc/bindings/EducationType";
import type { EducationTypeInfo } from "../../ipc/bindings/EducationTypeInfo";
import type { EducationTypeList } from "../../ipc/bindings/EducationTypeList";
import type { SchoolStage } from "../../ipc/bindings/SchoolStage";
import { call } from "../../ipc/client";
import { t } from "../../i18n";
import { useLoad, type Loaded } from "../../lib/useLoad";

/**
 * Words per school stage. The stage itself always comes from the core (`stage` on pupil
 * records, `education_types` for the form); the UI never derives it from the onderwijstype.
 */
export type WordingKey = "teacher" | "teachers" | "grade" | "coordinator" | "classContact";

export function wording(stage: SchoolStage, key: WordingKey): string {
  return t(`wording.${stage}.${key}`);
}

/** "Groep" / "Mentor": a wording word as a field label. */
export function wordingLabel(stage: SchoolStage, key: WordingKey): string {
  const word = wording(stage, key);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "groep 5" / "leerjaar 2". */
export function gradeText(stage: SchoolStage, grade: number): string {
  return t("education.gradeN", { grade: wording(stage, "grade"), number: grade });
}

export function educationLong(e: EducationType): string {
  return t(`education.${e}`);
}

/** "po, groep 5" */
export function educationSummary(e: EducationType, stage: SchoolStage, grade: number): string {
  return `${t(`education.short.${e}`)}, ${gradeText(stage, grade)}`;
}

/** Every onderwijstype with its stage, grade range and mentor, as the core defines them. */
export function useEducationTypes(): Loaded<EducationTypeList> {
  return useLoad(() => call("education_types", null), "education-types");
}

export function educationOptions(types: EducationTypeInfo[]): Array<{ value: EducationType; label: string }> {
  return types.map((info) => ({ value: info.educationType, label: educationLong(info.educationType) }));
}
