import { useState, type FormEvent } from "react";
import { call } from "../../ipc/client";
import type { ObjectionResult } from "../../ipc/bindings/ObjectionResult";
import type { PupilTlvs } from "../../ipc/bindings/PupilTlvs";
import type { TlvView } from "../../ipc/bindings/TlvView";
import { t } from "../../i18n";
import { DateField, SelectField, TextAreaField, TextField } from "../../components/Field";
import { FormAlert } from "../../components/ErrorText";
import { parseDateInput } from "../../lib/dates";
import { useFormErrors } from "../../lib/useFormErrors";
import { OBJECTION_RESULTS, optionalText } from "./labels";

/**
 * A bezwaar against the decision: first when it was filed, by whom and why; once it runs, how
 * it ended (gegrond, ongegrond, ingetrokken) and when. Both go through `tlv_objection` with the
 * whole bezwaar; the core checks the dates against the decision and each other.
 */
export function ObjectionForm({ view, onDone }: { view: TlvView; onDone: (page: PupilTlvs) => void }) {
  return view.tlv.objection ? <OutcomeForm view={view} onDone={onDone} /> : <FileForm view={view} onDone={onDone} />;
}

function FileForm({ view, onDone }: { view: TlvView; onDone: (page: PupilTlvs) => void }) {
  const prefix = `tlv-${view.id}-objection`;
  const ids = { filedOn: `${prefix}-filedOn`, by: `${prefix}-by`, note: `${prefix}-note` };
  const [filedOn, setFiledOn] = useState("");
  const [by, setBy] = useState("");
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    try {
      onDone(
        await call("tlv_objection", {
          id: view.id,
          objection: { filedOn: parseDateInput(filedOn), by, note: optionalText(note), decidedOn: null, result: null },
        }),
      );
    } catch (err) {
      errors.setError(err);
      setBusy(false);
    }
  }
  const headingId = `${prefix}-heading`;
  return (
    <form className="tlv-form" onSubmit={submit} noValidate aria-labelledby={headingId} data-testid="tlv-objection-form">
      <h3 id={headingId}>{t("tlv.objectionFormTitle")}</h3>
      <DateField id={ids.filedOn} label={t("tlv.objectionFiledOn")} value={filedOn} onChange={setFiledOn} error={errors.fieldError("filedOn")} />
      <TextField id={ids.by} label={t("tlv.objectionBy")} value={by} onChange={setBy} hint={t("tlv.objectionByHint")} error={errors.fieldError("by")} />
      <TextAreaField id={ids.note} label={t("tlv.objectionNote")} value={note} onChange={setNote} optional error={errors.fieldError("note")} />
      <FormAlert text={errors.formError} />
      <button type="submit" className="button button-secondary" disabled={busy}>
        {t("tlv.objectionSave")}
      </button>
    </form>
  );
}

function OutcomeForm({ view, onDone }: { view: TlvView; onDone: (page: PupilTlvs) => void }) {
  const prefix = `tlv-${view.id}-objection-result`;
  const ids = { result: `${prefix}-result`, decidedOn: `${prefix}-decidedOn` };
  const [result, setResult] = useState<ObjectionResult | "">("");
  const [decidedOn, setDecidedOn] = useState("");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const filed = view.tlv.objection;
    if (busy || !filed) return;
    setBusy(true);
    errors.clear();
    try {
      onDone(
        await call("tlv_objection", {
          id: view.id,
          objection: {
            ...filed,
            decidedOn: decidedOn.trim() === "" ? null : parseDateInput(decidedOn),
            result: result === "" ? null : result,
          },
        }),
      );
    } catch (err) {
      errors.setError(err);
      setBusy(false);
    }
  }
  const headingId = `${prefix}-heading`;
  return (
    <form className="tlv-form" onSubmit={submit} noValidate aria-labelledby={headingId} data-testid="tlv-objection-result-form">
      <h3 id={headingId}>{t("tlv.objectionResultTitle")}</h3>
      <SelectField<ObjectionResult | "">
        id={ids.result}
        label={t("tlv.objectionResult")}
        value={result}
        onChange={setResult}
        options={[{ value: "", label: t("tlv.objectionResultChoose") }, ...OBJECTION_RESULTS.map((value) => ({ value, label: t(`tlv.objectionResults.${value}`) }))]}
        error={errors.fieldError("result")}
      />
      <DateField id={ids.decidedOn} label={t("tlv.objectionDecidedOn")} value={decidedOn} onChange={setDecidedOn} error={errors.fieldError("decidedOn")} />
      <FormAlert text={errors.formError} />
      <button type="submit" className="button button-secondary" disabled={busy}>
        {t("tlv.objectionResultSave")}
      </button>
    </form>
  );
}
