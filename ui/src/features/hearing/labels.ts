// Dutch words for the hoorrecht values. The values and which question set fits a pupil come
// from the core; this file only names them. Each is a `Record` so tsc fails when the core
// grows a value nl.json does not name yet.
import type { AgeBand } from "../../ipc/bindings/AgeBand";
import type { HearingMethod } from "../../ipc/bindings/HearingMethod";
import type { HearingMoment } from "../../ipc/bindings/HearingMoment";
import type { HearingSetting } from "../../ipc/bindings/HearingSetting";
import type { SchoolResponse } from "../../ipc/bindings/SchoolResponse";
import type { SchoolStage } from "../../ipc/bindings/SchoolStage";
import type { Template } from "../../ipc/bindings/Template";
import { t } from "../../i18n";
import { wording } from "../pupils/education";

const MOMENTS: Record<HearingMoment, true> = { opstellen: true, bijstellen: true, evaluatie: true, algemeen: true };
const SETTINGS: Record<HearingSetting, true> = { alone: true, with_parent: true, with_class_contact: true };
const METHODS: Record<HearingMethod, true> = { gesprek: true, tekening: true, schaalvraag: true, vragenlijst: true, anders: true };
const RESPONSES: Record<SchoolResponse, true> = { overnemen: true, deels: true, niet: true };

export const momentOptions = (): Array<{ value: HearingMoment; label: string }> =>
  (Object.keys(MOMENTS) as HearingMoment[]).map((value) => ({ value, label: momentText(value) }));

export const momentText = (moment: HearingMoment): string => t(`hearing.moments.${moment}`);

/** "Met de mentor erbij" in vo: the words follow the pupil's stage. */
export const settingOptions = (stage: SchoolStage): Array<{ value: HearingSetting; label: string }> =>
  (Object.keys(SETTINGS) as HearingSetting[]).map((value) => ({
    value,
    label: t(`hearing.settings.${value}`, { classContact: wording(stage, "classContact") }),
  }));

export const methodOptions = (): Array<{ value: HearingMethod; label: string }> =>
  (Object.keys(METHODS) as HearingMethod[]).map((value) => ({ value, label: t(`hearing.methods.${value}`) }));

export const responseOptions = (): Array<{ value: SchoolResponse; label: string }> =>
  (Object.keys(RESPONSES) as SchoolResponse[]).map((value) => ({ value, label: t(`hearing.responses.${value}`) }));

/** The question set's own label from the template ("Groep 5–8"); the band key if it has none. */
export function bandText(template: Template | null, band: AgeBand): string {
  return template?.hearing.questionSets.find((set) => set.band === band)?.label ?? band;
}

/** The five smileys, saddest first; the emoji is decoration, the text is the label. */
export const SCALE: ReadonlyArray<{ value: 1 | 2 | 3 | 4 | 5; emoji: string }> = [
  { value: 1, emoji: "😢" },
  { value: 2, emoji: "🙁" },
  { value: 3, emoji: "😐" },
  { value: 4, emoji: "🙂" },
  { value: 5, emoji: "😄" },
];

export const scaleText = (value: 1 | 2 | 3 | 4 | 5): string => t(`hearing.scale.${value}`);
