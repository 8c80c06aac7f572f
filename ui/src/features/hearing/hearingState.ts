// The hoorgesprek form's state (what is typed) and how it becomes a `hearing_save` request.
// The words of the pupil go out exactly as typed: no trimming, no filtering of rows.
import type { AgeBand } from "../../ipc/bindings/AgeBand";
import type { PupilHearing } from "../../ipc/bindings/PupilHearing";
import type { HearingMethod } from "../../ipc/bindings/HearingMethod";
import type { HearingMoment } from "../../ipc/bindings/HearingMoment";
import type { HearingSetting } from "../../ipc/bindings/HearingSetting";
import type { PupilHearingView } from "../../ipc/bindings/PupilHearingView";
import type { Template } from "../../ipc/bindings/Template";
import { formatDate, parseDateInput } from "../../lib/dates";
import { optional, wishFieldIds, wishRow, wishWire, type WishRow } from "./rows";

export interface AnswerRow {
  /** The question as asked (from the question set, or as stored). */
  question: string;
  words: string;
  scale: number | null;
  /** The question offers the smiley scale. */
  hasScale: boolean;
}

export interface HearingState {
  heldOn: string;
  moment: HearingMoment;
  spokeWith: string;
  setting: HearingSetting;
  method: HearingMethod;
  methodNote: string;
  ageBand: AgeBand;
  answers: AnswerRow[];
  wishes: WishRow[];
  childGoals: string[];
  feedbackOn: string;
  feedbackHow: string;
  /** "" for no casus. */
  caseId: string;
}

/** The questions of `band`'s set, keeping what was typed for a question of the same text. */
export function answersFor(template: Template, band: AgeBand, keep: readonly AnswerRow[] = []): AnswerRow[] {
  const set = template.hearing.questionSets.find((s) => s.band === band);
  return (set?.questions ?? []).map((q) => {
    const kept = keep.find((a) => a.question === q.text);
    return { question: q.text, words: kept?.words ?? "", scale: kept?.scale ?? null, hasScale: q.scale };
  });
}

export function newHearing(template: Template, band: AgeBand): HearingState {
  return {
    heldOn: "",
    moment: "opstellen",
    spokeWith: "",
    setting: "alone",
    method: "gesprek",
    methodNote: "",
    ageBand: band,
    answers: answersFor(template, band),
    wishes: [],
    childGoals: [],
    feedbackOn: "",
    feedbackHow: "",
    caseId: "",
  };
}

export function hearingState(template: Template, view: PupilHearingView): HearingState {
  const h = view.hearing;
  const scaled = new Set(
    template.hearing.questionSets.flatMap((s) => s.questions.filter((q) => q.scale).map((q) => q.text)),
  );
  return {
    heldOn: formatDate(h.heldOn),
    moment: h.moment,
    spokeWith: h.spokeWith,
    setting: h.setting,
    method: h.method,
    methodNote: h.methodNote ?? "",
    ageBand: h.ageBand,
    answers: h.answers.map((a) => ({ ...a, hasScale: a.scale !== null || scaled.has(a.question) })),
    wishes: h.wishes.map(wishRow),
    childGoals: [...h.childGoals],
    feedbackOn: formatDate(h.feedbackOn),
    feedbackHow: h.feedbackHow ?? "",
    caseId: view.caseId ?? "",
  };
}

export function hearingWire(s: HearingState): PupilHearing {
  return {
    heldOn: parseDateInput(s.heldOn),
    moment: s.moment,
    spokeWith: s.spokeWith,
    setting: s.setting,
    method: s.method,
    methodNote: optional(s.methodNote),
    ageBand: s.ageBand,
    answers: s.answers.map((a) => ({ question: a.question, words: a.words, scale: a.scale })),
    wishes: s.wishes.map(wishWire),
    childGoals: s.childGoals,
    feedbackOn: optional(parseDateInput(s.feedbackOn)),
    feedbackHow: optional(s.feedbackHow),
  };
}

/** Request field → element id, for the rows there are now. */
export function hearingFieldIds(s: HearingState): Record<string, string> {
  const ids: Record<string, string> = {
    heldOn: "hearing-heldOn",
    moment: "hearing-moment",
    spokeWith: "hearing-spokeWith",
    setting: "hearing-setting",
    method: "hearing-method",
    methodNote: "hearing-methodNote",
    ageBand: "hearing-ageBand",
    answers: "hearing-ageBand",
    wishes: "hearing-wish-add",
    childGoals: "hearing-goal-add",
    feedbackOn: "hearing-feedbackOn",
    feedbackHow: "hearing-feedbackHow",
    caseId: "hearing-caseId",
    ...wishFieldIds("hearing-wish", s.wishes.length),
  };
  s.answers.forEach((_, i) => {
    ids[`answers[${i}].question`] = `hearing-answer-${i}`;
    ids[`answers[${i}].words`] = `hearing-answer-${i}`;
    ids[`answers[${i}].scale`] = `hearing-answer-${i}-scale-1`;
  });
  s.childGoals.forEach((_, i) => {
    ids[`childGoals[${i}]`] = `hearing-goal-${i}`;
  });
  return ids;
}
