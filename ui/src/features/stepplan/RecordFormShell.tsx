import { useEffect, useRef, type ReactNode } from "react";
import type { CaseDetail } from "../../ipc/bindings/CaseDetail";
import type { CycleView } from "../../ipc/bindings/CycleView";
import type { DecisionOption } from "../../ipc/bindings/DecisionOption";
import type { RecordView } from "../../ipc/bindings/RecordView";
import type { StepKey } from "../../ipc/bindings/StepKey";
import { t } from "../../i18n";
import { TextAreaField } from "../../components/Field";
import { FormAlert, StatusMessage } from "../../components/ErrorText";
import { formatDateTime } from "../../lib/dates";
import { addText, kindText } from "./kinds/registry";
import type { RecordKind } from "./records";
import type { RecordForm } from "./useRecordForm";

/** What every record form gets from the step panel. */
export interface RecordFormProps {
  caseId: string;
  cycle: CycleView;
  step: StepKey;
  record: RecordView | null;
  /** Which evaluation decisions the core allows now (for the evaluation form). */
  decisions?: readonly DecisionOption[] | undefined;
  /** A new conversation that records the OT/SWV meeting an evaluation asked for. */
  meeting?: boolean | undefined;
  onSaved: (detail: CaseDetail) => void;
  onCancel: () => void;
}

/** The vault key of a form's draft: one per new record kind (and step), one per record. */
export function draftKey(p: RecordFormProps, kind: RecordKind): string {
  if (p.record) return `case/${p.caseId}/record/${p.record.id}`;
  return kind === "conversation" ? `case/${p.caseId}/conversation/${p.step}/new` : `case/${p.caseId}/${kind}/new`;
}

/** Element ids `rec-<field>` for the given request field names. */
export function recIds(...fields: string[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, `rec-${f}`]));
}

export const isRevision = (p: RecordFormProps): boolean => p.record !== null && p.cycle.finishedOn !== null;

interface ShellProps<S extends object> {
  kind: RecordKind;
  props: RecordFormProps;
  form: RecordForm<S>;
  children: ReactNode;
}

/**
 * Heading, draft note, the fields, the revision note for finished cycles, and the buttons.
 * Escape cancels; leaving a field writes the draft at once.
 */
export function RecordFormShell<S extends object>({ kind, props, form, children }: ShellProps<S>) {
  const headingId = "record-form-heading";
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>("input, select, textarea")?.focus();
  }, []);
  const heading = props.record
    ? t(form.revision ? "stepplan.reviseTitle" : "stepplan.editTitle", { kind: kindText(kind) })
    : addText(kind);
  return (
    <form
      ref={ref}
      id="record-form"
      className="form subform record-form"
      onSubmit={(e) => void form.submit(e)}
      onBlur={form.flush}
      noValidate
      aria-busy={form.busy}
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          props.onCancel();
        }
      }}
    >
      <h3 id={headingId}>{heading}</h3>
      {form.restoredAt !== null ? (
        <div className="draft-note" id="draft-restored" role="status">
          <span>
            {t("stepplan.draftRestored", {
              time: formatDateTime(form.restoredAt, (date, time) => t("common.dateTime", { date, time })),
            })}
          </span>
          <button id="draft-discard" type="button" className="button button-small button-secondary" onClick={() => void form.discard()}>
            {t("stepplan.draftDiscard")}
          </button>
        </div>
      ) : null}
      <StatusMessage text={form.discarded ? t("stepplan.draftDiscarded") : null} />
      {children}
      {form.revision ? (
        <TextAreaField
          id="rec-revisionNote"
          label={t("stepplan.revisionNote")}
          hint={t("stepplan.revisionHint")}
          value={form.revisionNote}
          onChange={form.setRevisionNote}
          error={form.errors.fieldError("correctionNote")}
          rows={3}
        />
      ) : null}
      <FormAlert text={form.errors.formError} />
      {form.draftFailed ? <p className="muted">{t("stepplan.draftFailed")}</p> : null}
      <div className="button-row">
        <button id="record-save" type="submit" className="button button-primary" disabled={form.busy}>
          {form.busy ? t("common.saving") : t("common.save")}
        </button>
        <button id="record-cancel" type="button" className="button button-secondary" onClick={props.onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
