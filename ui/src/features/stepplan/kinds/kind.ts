// What one record kind gives the stappenplan screens. Each kind's module (`kinds/<kind>.tsx`)
// exports one `KindModule`; the registry (`kinds/registry.ts`) holds them all, keyed by the
// generated `RecordData` union, so `tsc` fails when the core grows a kind the UI lacks.
import type { ReactNode } from "react";
import type { CycleView } from "../../../ipc/bindings/CycleView";
import type { RecordData } from "../../../ipc/bindings/RecordData";
import type { StepKey } from "../../../ipc/bindings/StepKey";
import type { SchoolStage } from "../../../ipc/bindings/SchoolStage";
import type { Template } from "../../../ipc/bindings/Template";
import type { TKey } from "../../../i18n";
import type { RecordFormProps } from "../RecordFormShell";
import type { RecordKind } from "../records";

export type { RecordKind };

/** The payload of kind `K`. */
export type PayloadOf<K extends RecordKind> = Extract<RecordData, { kind: K }>;

/** Props of a kind's form: the step panel's, plus the template (levels, domains, decisions). */
export type KindFormProps = RecordFormProps & { template: Template };

/** Props of a kind's read-only details. */
export interface KindDetailsProps<K extends RecordKind> {
  payload: PayloadOf<K>;
  template: Template;
  /** The record's cycle (evaluations and interventions name its goals). */
  cycle: CycleView;
}

/** Everything the screens need to know about one record kind. */
export interface KindModule<K extends RecordKind> {
  /** The steps whose panel offers "add" for this kind (conversations: every step). */
  steps: readonly StepKey[];
  /** The step a record belongs to (mirrors `RecordData::step` in the core). */
  step: (payload: PayloadOf<K>) => StepKey;
  /** The form, for a new record (`record` null) or an existing one. */
  Form: (props: KindFormProps) => ReactNode;
  /** The record's fields, read-only. */
  Details: (props: KindDetailsProps<K>) => ReactNode;
  /** A short title (list items, timeline). */
  title: (payload: PayloadOf<K>, template: Template, stage: SchoolStage) => string;
  /** What the record says, shortened for the timeline. */
  timelineSubject: (payload: PayloadOf<K>, template: Template, stage: SchoolStage) => string;
  /** Its name ("Uitvoering") and its add button ("Uitvoering vastleggen"). */
  labels: { kind: TKey; add: TKey };
}

/** Timeline subjects are cut at 120 characters. */
export function short(text: string): string {
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
