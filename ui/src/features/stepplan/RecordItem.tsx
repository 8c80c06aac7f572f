import { useState, type ReactNode } from "react";
import { call } from "../../ipc/client";
import type { CaseDetail } from "../../ipc/bindings/CaseDetail";
import type { CycleView } from "../../ipc/bindings/CycleView";
import type { RecordView } from "../../ipc/bindings/RecordView";
import type { Template } from "../../ipc/bindings/Template";
import { t } from "../../i18n";
import { ConfirmInline } from "../../components/ConfirmInline";
import { TextAreaField } from "../../components/Field";
import { FormAlert } from "../../components/ErrorText";
import { useFormErrors } from "../../lib/useFormErrors";
import { payloadOf } from "./records";
import { kindText, RecordDetails, recordTitle } from "./kinds/registry";
import { useStage } from "./StageContext";

interface RecordItemProps {
  record: RecordView;
  cycle: CycleView;
  template: Template;
  highlighted: boolean;
  /** The edit form, when this record is being edited. */
  editor: ReactNode;
  onEdit: () => void;
  onDeleted: (detail: CaseDetail) => void;
}

/** One record in a step: what it says, where it came from, and edit/delete (or "corrigeren"). */
export function RecordItem({ record, cycle, template, highlighted, editor, onEdit, onDeleted }: RecordItemProps) {
  const [deleting, setDeleting] = useState(false);
  const payload = payloadOf(record);
  const stage = useStage();
  const title = recordTitle(payload, template, stage);
  const finished = cycle.finishedOn !== null;
  return (
    <li
      id={`record-${record.id}`}
      data-testid="record-item"
      tabIndex={-1}
      className={highlighted ? "record-item record-highlight" : "record-item"}
    >
      <div className="record-head">
        <span className="record-kind">{kindText(payload.kind)}</span>
        {record.carriedFrom !== null ? (
          <span className="badge badge-carried">{t("stepplan.carriedFrom", { n: cycle.number - 1 })}</span>
        ) : null}
      </div>
      <p className="record-title">{title}</p>
      <RecordDetails payload={payload} template={template} cycle={cycle} />
      {editor}
      {!editor && !deleting ? (
        <div className="button-row button-row-tight">
          <button
            id={`record-${finished ? "revise" : "edit"}-${record.id}`}
            type="button"
            className="button button-small button-secondary"
            onClick={onEdit}
            aria-label={t(finished ? "stepplan.reviseOne" : "stepplan.editOne", { kind: title })}
          >
            {finished ? t("stepplan.revise") : t("stepplan.edit")}
          </button>
          <button
            id={`record-delete-${record.id}`}
            type="button"
            className="button button-small button-danger-quiet"
            onClick={() => setDeleting(true)}
            aria-label={t("stepplan.removeOne", { kind: title })}
          >
            {t("stepplan.remove")}
          </button>
        </div>
      ) : null}
      {deleting ? (
        <DeleteRecord record={record} withNote={finished} onCancel={() => setDeleting(false)} onDeleted={onDeleted} />
      ) : null}
    </li>
  );
}

interface DeleteProps {
  record: RecordView;
  withNote: boolean;
  onCancel: () => void;
  onDeleted: (detail: CaseDetail) => void;
}

/** Confirm a delete; in a finished cycle the user says why (it goes on the timeline). */
function DeleteRecord({ record, withNote, onCancel, onDeleted }: DeleteProps) {
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors({ correctionNote: "rec-deleteNote" });
  async function remove() {
    setBusy(true);
    errors.clear();
    try {
      onDeleted(await call("record_delete", { recordId: record.id, correctionNote: withNote ? note : null }));
    } catch (e) {
      errors.setError(e);
      setBusy(false);
    }
  }
  if (!withNote) {
    return (
      <>
        <ConfirmInline message={t("stepplan.confirmRemove")} confirmLabel={t("stepplan.confirmRemoveYes")} onConfirm={() => void remove()} onCancel={onCancel} busy={busy} />
        <FormAlert text={errors.formError} />
      </>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={t("stepplan.confirmRemove")}>
      <TextAreaField id="rec-deleteNote" label={t("stepplan.removeNote")} value={note} onChange={setNote} error={errors.fieldError("correctionNote")} rows={2} />
      <FormAlert text={errors.formError} />
      <div className="button-row">
        <button id="record-delete-confirm" type="button" className="button button-danger" onClick={() => void remove()} disabled={busy}>
          {t("stepplan.confirmRemoveYes")}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </div>
  );
}
