import { useState, type FormEvent } from "react";
import { call } from "../../ipc/client";
import type { AttachmentItem } from "../../ipc/bindings/AttachmentItem";
import type { AttachmentKindCode } from "../../ipc/bindings/AttachmentKindCode";
import type { AttachmentKindOption } from "../../ipc/bindings/AttachmentKindOption";
import type { PupilAttachments } from "../../ipc/bindings/PupilAttachments";
import { t } from "../../i18n";
import { DateField, FieldShell, SelectField, TextField } from "../../components/Field";
import { FormActions } from "../../components/FormActions";
import { formatDate, parseDateInput } from "../../lib/dates";
import { useFormErrors } from "../../lib/useFormErrors";
import { titleFromFileName } from "./labels";

interface AttachmentFormProps {
  pupilId: string;
  kinds: readonly AttachmentKindOption[];
  /** The attachment being changed; `null` adds a new one (with a file). */
  editing: AttachmentItem | null;
  onSaved: (next: PupilAttachments) => void;
  /** `null` for the add form, which stays on the page. */
  onCancel: (() => void) | null;
}

/**
 * "Bijlage toevoegen" (a file chosen in the system's open dialog, which the core opens) or
 * "Bijlage wijzigen": title, kind, date and source. The core checks the file (size, type,
 * damage, password) and the fields; its Dutch errors appear at the field they belong to.
 */
export function AttachmentForm({ pupilId, kinds, editing, onSaved, onCancel }: AttachmentFormProps) {
  const prefix = editing ? "attachment-edit" : "attachment";
  const [path, setPath] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [title, setTitle] = useState(editing?.title ?? "");
  const [kind, setKind] = useState<AttachmentKindCode>(editing?.kind ?? "onderzoeksverslag");
  const [date, setDate] = useState(editing?.documentDate ? formatDate(editing.documentDate) : "");
  const [source, setSource] = useState(editing?.source ?? "");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors({
    path: `${prefix}-file`,
    title: `${prefix}-title`,
    documentDate: `${prefix}-date`,
    source: `${prefix}-source`,
  });
  const reset = () => {
    setPath(null);
    setFileName(null);
    setTitle("");
    setDate("");
    setSource("");
  };
  const choose = async () => {
    errors.clear();
    try {
      const chosen = await call("attachment_choose_file", null);
      if (chosen.path === null) return;
      setPath(chosen.path);
      setFileName(chosen.fileName);
      if (title.trim() === "" && chosen.fileName) setTitle(titleFromFileName(chosen.fileName));
    } catch (e) {
      errors.setError(e);
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    if (!editing && path === null) {
      errors.setLocal("required", "path");
      return;
    }
    setBusy(true);
    const details = {
      title,
      kind,
      documentDate: date.trim() === "" ? null : parseDateInput(date),
      source: source.trim() === "" ? null : source,
    };
    try {
      const next = editing
        ? await call("attachment_update", { id: editing.id, ...details })
        : await call("attachment_add", { pupilId, path: path ?? "", ...details });
      if (!editing) reset();
      onSaved(next);
    } catch (e) {
      errors.setError(e);
    } finally {
      setBusy(false);
    }
  };
  const headingId = `${prefix}-form-heading`;
  return (
    <form className="attachment-form" aria-labelledby={headingId} onSubmit={(e) => void submit(e)} noValidate>
      <h3 id={headingId}>{editing ? t("attachments.editTitle", { title: editing.title }) : t("attachments.addTitle")}</h3>
      {editing ? null : (
        <FieldShell id={`${prefix}-file`} label={t("attachments.file")} hint={t("attachments.fileHint")} error={errors.fieldError("path")}>
          {(aria) => (
            <div className="button-row button-row-tight">
              <button id={`${prefix}-file`} type="button" className="button button-secondary" onClick={() => void choose()} {...aria}>
                {t("attachments.choose")}
              </button>
              <span data-testid="attachment-chosen">{fileName ?? t("attachments.noFile")}</span>
            </div>
          )}
        </FieldShell>
      )}
      <TextField id={`${prefix}-title`} label={t("attachments.fieldTitle")} value={title} onChange={setTitle} error={errors.fieldError("title")} required />
      <SelectField id={`${prefix}-kind`} label={t("attachments.fieldKind")} value={kind} onChange={setKind} options={kinds} />
      <DateField id={`${prefix}-date`} label={t("attachments.fieldDate")} value={date} onChange={setDate} error={errors.fieldError("documentDate")} optional />
      <TextField
        id={`${prefix}-source`}
        label={t("attachments.fieldSource")}
        value={source}
        onChange={setSource}
        error={errors.fieldError("source")}
        hint={t("attachments.sourceHint")}
        optional
      />
      {onCancel ? (
        <FormActions saveId={`${prefix}-save`} busy={busy} error={errors.formError} onCancel={onCancel} />
      ) : (
        <>
          {errors.formError ? <p role="alert" className="form-alert">{errors.formError}</p> : null}
          <div className="button-row">
            <button id={`${prefix}-save`} type="submit" className="button button-primary" disabled={busy}>
              {busy ? t("attachments.adding") : t("attachments.add")}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
