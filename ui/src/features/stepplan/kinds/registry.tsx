// The one list of record kinds on the UI side. Keyed by the generated `RecordData` union, so a
// kind the core adds fails `tsc` here until its module (`kinds/<kind>.tsx`) is listed. The
// order is the order records are shown in within a step, and the order of the add buttons.
import type { CycleView } from "../../../ipc/bindings/CycleView";
import type { SchoolStage } from "../../../ipc/bindings/SchoolStage";
import type { StepKey } from "../../../ipc/bindings/StepKey";
import type { Template } from "../../../ipc/bindings/Template";
import { t } from "../../../i18n";
import type { KindModule, PayloadOf, RecordKind } from "./kind";
import { conversation } from "./conversation";
import { evaluation } from "./evaluation";
import { execution } from "./execution";
import { factor } from "./factor";
import { goal } from "./goal";
import { intervention } from "./intervention";
import { need } from "./need";
import { planShare } from "./plan_share";
import { signal } from "./signal";

export const KINDS: { [K in RecordKind]: KindModule<K> } = {
  signal,
  need,
  factor,
  goal,
  intervention,
  execution,
  plan_share: planShare,
  evaluation,
  conversation,
};

/** Every kind, in display order. */
export const KIND_ORDER = Object.keys(KINDS) as readonly RecordKind[];

/** The module of `kind`, typed for it. */
export function kindModule<K extends RecordKind>(kind: K): KindModule<K> {
  return KINDS[kind];
}

const kindsOf = (step: StepKey): readonly RecordKind[] => KIND_ORDER.filter((kind) => KINDS[kind].steps.includes(step));

/** Which records a step collects, from each kind's `steps`. */
export const STEP_KINDS: Record<StepKey, readonly RecordKind[]> = {
  signaleren: kindsOf("signaleren"),
  begrijpen: kindsOf("begrijpen"),
  plannen: kindsOf("plannen"),
  realiseren: kindsOf("realiseren"),
  vastleggen: kindsOf("vastleggen"),
  evalueren: kindsOf("evalueren"),
};

/** The step a record belongs to. */
export function recordStep<K extends RecordKind>(payload: PayloadOf<K>): StepKey {
  return kindModule<K>(payload.kind).step(payload);
}

/** A short title for a record (list items, timeline). */
export function recordTitle<K extends RecordKind>(payload: PayloadOf<K>, template: Template, stage: SchoolStage): string {
  return kindModule<K>(payload.kind).title(payload, template, stage);
}

/** What a record says, shortened for the timeline. */
export function timelineSubject<K extends RecordKind>(payload: PayloadOf<K>, template: Template, stage: SchoolStage): string {
  return kindModule<K>(payload.kind).timelineSubject(payload, template, stage);
}

/** The fields of one record, read-only. */
export function RecordDetails<K extends RecordKind>(props: { payload: PayloadOf<K>; template: Template; cycle: CycleView }) {
  const { Details } = kindModule<K>(props.payload.kind);
  return <Details {...props} />;
}

export const kindText = (kind: RecordKind): string => t(KINDS[kind].labels.kind);
export const addText = (kind: RecordKind): string => t(KINDS[kind].labels.add);
