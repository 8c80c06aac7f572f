import { useState, type FormEvent } from "react";
import { call } from "../../ipc/client";
import type { PupilTlvs } from "../../ipc/bindings/PupilTlvs";
import type { TlvCategory } from "../../ipc/bindings/TlvCategory";
import type { TlvOutcome } from "../../ipc/bindings/TlvOutcome";
import type { TlvView } from "../../ipc/bindings/TlvView";
import { t } from "../../i18n";
import { DateField, SelectField, TextAreaField, TextField } from "../../components/Field";
import { FormAlert } from "../../components/ErrorText";
import { parseDateInput } from "../../lib/dates";
import { useFormErrors } from "../../lib/useFormErrors";
import { CATEGORIES, optionalText } from "./labels";

/**
 * The SWV's decision on an aanvraag: toegekend or afgewezen, its date, the beschikkingsnummer
 * (the core refuses a wrong shape with `decision_number_shape`, shown at the field), and when
 * granted the category (only so/vso have one), the ingangsdatum and the number of school years.
 * The einddatum is not asked: the core computes it (always 31 July) and the page shows it.
 */
export function DecisionForm({ view, onDone }: { view: TlvView; onDone: (page: PupilTlvs) => void }) {
  const prefix = `tlv-${view.id}-decide`;
  const ids = {
    outcome: `${prefix}-outcome`,
    decidedOn: `${prefix}-decidedOn`,
    decisionNumber: `${prefix}-number`,
    category: `${prefix}-category`,
    startsOn: `${prefix}-startsOn`,
    schoolYears: `${prefix}-schoolYears`,
    note: `${prefix}-note`,
  };
  const [outcome, setOutcome] = useState<TlvOutcome>("toegekend");
  const [decidedOn, setDecidedOn] = useState("");
  const [number, setNumber] = useState("");
  const [category, setCategory] = useState<TlvCategory | "">("");
  const [startsOn, setStartsOn] = useState("");
  const [years, setYears] = useState("");
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);
  const granted = outcome === "toegekend";
  const withCategory = view.tlv.request.kind !== "sbo";

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    const wholeYears = /^\s*\d+\s*$/.test(years) ? Number(years) : null;
    try {
      onDone(
        await call("tlv_decide", {
          id: view.id,
          decision: {
            outcome,
            decidedOn: parseDateInput(decidedOn),
            decisionNumber: number,
            category: granted && withCategory && category !== "" ? category : null,
            startsOn: granted && startsOn.trim() !== "" ? parseDateInput(startsOn) : null,
            schoolYears: granted ? wholeYears : null,
            note: optionalText(note),
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
    <form className="tlv-form" onSubmit={submit} noValidate aria-labelledby={headingId} data-testid="tlv-decide-form">
      <h3 id={headingId}>{t("tlv.decideTitle")}</h3>
      <SelectField<TlvOutcome>
        id={ids.outcome}
        label={t("tlv.outcome")}
        value={outcome}
        onChange={setOutcome}
        options={[
          { value: "toegekend", label: t("tlv.outcomes.toegekend") },
          { value: "afgewezen", label: t("tlv.outcomes.afgewezen") },
        ]}
        error={errors.fieldError("outcome")}
      />
      <DateField id={ids.decidedOn} label={t("tlv.decidedOn")} value={decidedOn} onChange={setDecidedOn} error={errors.fieldError("decidedOn")} />
      <TextField
        id={ids.decisionNumber}
        label={t("tlv.decisionNumber")}
        value={number}
        onChange={setNumber}
        hint={t("tlv.decisionNumberHint")}
        spellCheck={false}
        error={errors.fieldError("decisionNumber")}
      />
      {granted && withCategory ? (
        <SelectField<TlvCategory | "">
          id={ids.category}
          label={t("tlv.category")}
          value={category}
          onChange={setCategory}
          options={[{ value: "", label: t("tlv.categoryChoose") }, ...CATEGORIES.map((value) => ({ value, label: t(`tlv.categories.${value}`) }))]}
          error={errors.fieldError("category")}
        />
      ) : null}
      {granted ? (
        <>
          <DateField id={ids.startsOn} label={t("tlv.startsOn")} value={startsOn} onChange={setStartsOn} error={errors.fieldError("startsOn")} />
          <TextField
            id={ids.schoolYears}
            label={t("tlv.schoolYears")}
            value={years}
            onChange={setYears}
            inputMode="numeric"
            hint={t("tlv.schoolYearsHint")}
            error={errors.fieldError("schoolYears")}
          />
        </>
      ) : null}
      <TextAreaField id={ids.note} label={t("tlv.note")} value={note} onChange={setNote} optional error={errors.fieldError("note")} />
      <FormAlert text={errors.formError} />
      <button type="submit" className="button button-primary" id={`${prefix}-save`} disabled={busy}>
        {t("tlv.decide")}
      </button>
    </form>
  );
}
