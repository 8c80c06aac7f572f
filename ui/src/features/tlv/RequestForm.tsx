import { useEffect, useRef, useState, type FormEvent } from "react";
import { call } from "../../ipc/client";
import type { Discipline } from "../../ipc/bindings/Discipline";
import type { ParentStance } from "../../ipc/bindings/ParentStance";
import type { PupilTlvs } from "../../ipc/bindings/PupilTlvs";
import type { TlvKind } from "../../ipc/bindings/TlvKind";
import type { TlvRequest } from "../../ipc/bindings/TlvRequest";
import type { TlvView } from "../../ipc/bindings/TlvView";
import { t } from "../../i18n";
import { CheckboxField, DateField, SelectField, TextAreaField, TextField } from "../../components/Field";
import { ErrorText } from "../../components/ErrorText";
import { FormActions } from "../../components/FormActions";
import { formatDate, parseDateInput } from "../../lib/dates";
import { useFormErrors } from "../../lib/useFormErrors";
import { DISCIPLINES, KINDS, STANCES, optionalText } from "./labels";

/** Most deskundigen rows the form offers (the core refuses more: `experts` out of range). */
const EXPERT_ROWS_MAX = 4;

interface ExpertRow {
  key: number;
  name: string;
  discipline: Discipline;
  advisedOn: string;
  independent: boolean;
  advice: string;
}

interface RequestFormProps {
  pupilId: string;
  /** The TLV being edited; null for a new aanvraag. */
  existing: TlvView | null;
  /** A new aanvraag starts as a renewal (the pupil has a granted TLV). */
  suggestRenewal: boolean;
  onSaved: (page: PupilTlvs) => void;
  onCancel: () => void;
}

/**
 * The aanvraag: soort, aanvraagdatum (empty while in voorbereiding), the ondersteuningsvraag in
 * one paragraph, a cluster 1/2 note, renewal, up to four deskundigen and the parents' position.
 * Saved through `tlv_save`; the core's field errors (also per row, `experts[1].advisedOn`) are
 * shown at their field and the first one gets focus.
 */
export function RequestForm({ pupilId, existing, suggestRenewal, onSaved, onCancel }: RequestFormProps) {
  const start = existing?.tlv.request ?? null;
  const prefix = existing ? `tlv-${existing.id}-edit` : "tlv-new";
  const nextKey = useRef(0);
  const row = (from?: TlvRequest["experts"][number]): ExpertRow => ({
    key: nextKey.current++,
    name: from?.name ?? "",
    discipline: from?.discipline ?? "orthopedagoog",
    advisedOn: formatDate(from?.advisedOn),
    independent: from?.independent ?? true,
    advice: from?.advice ?? "",
  });
  const [kind, setKind] = useState<TlvKind>(start?.kind ?? "sbo");
  const [appliedOn, setAppliedOn] = useState(formatDate(start?.appliedOn));
  const [question, setQuestion] = useState(start?.supportQuestion ?? "");
  const [clusterNote, setClusterNote] = useState(start?.clusterNote ?? "");
  const [renewal, setRenewal] = useState(start?.renewal ?? suggestRenewal);
  const [experts, setExperts] = useState<ExpertRow[]>(() => (start?.experts ?? []).map((e) => row(e)));
  const [stance, setStance] = useState<ParentStance>(start?.parents.stance ?? "not_yet");
  const [parentsOn, setParentsOn] = useState(formatDate(start?.parents.on));
  const [parentsNote, setParentsNote] = useState(start?.parents.note ?? "");
  const [busy, setBusy] = useState(false);

  const ids: Record<string, string> = {
    kind: `${prefix}-kind`,
    appliedOn: `${prefix}-appliedOn`,
    supportQuestion: `${prefix}-supportQuestion`,
    clusterNote: `${prefix}-clusterNote`,
    renewal: `${prefix}-renewal`,
    experts: `${prefix}-expert-add`,
    "parents.stance": `${prefix}-stance-not_yet`,
    "parents.on": `${prefix}-parentsOn`,
    "parents.note": `${prefix}-parentsNote`,
  };
  experts.forEach((_, index) => {
    for (const field of ["name", "discipline", "advisedOn", "independent", "advice"]) {
      ids[`experts[${index}].${field}`] = `${prefix}-expert-${index}-${field}`;
    }
  });
  const errors = useFormErrors(ids);

  useEffect(() => {
    document.getElementById(`${prefix}-kind`)?.focus();
  }, [prefix]);

  const setExpert = (index: number, change: Partial<ExpertRow>) =>
    setExperts((rows) => rows.map((r, i) => (i === index ? { ...r, ...change } : r)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    const request: TlvRequest = {
      kind,
      appliedOn: appliedOn.trim() === "" ? null : parseDateInput(appliedOn),
      supportQuestion: question,
      clusterNote: optionalText(clusterNote),
      renewal,
      experts: experts.map((e) => ({
        name: e.name,
        discipline: e.discipline,
        advisedOn: parseDateInput(e.advisedOn),
        independent: e.independent,
        advice: optionalText(e.advice),
      })),
      parents: { stance, on: parentsOn.trim() === "" ? null : parseDateInput(parentsOn), note: optionalText(parentsNote) },
      checked: start?.checked ?? [],
    };
    try {
      const saved = await call("tlv_save", { id: existing?.id ?? null, pupilId, request });
      onSaved(saved.page);
    } catch (err) {
      errors.setError(err);
      setBusy(false);
    }
  }

  const headingId = `${prefix}-heading`;
  return (
    <form className="card tlv-form" onSubmit={submit} noValidate aria-labelledby={headingId} data-testid="tlv-request-form">
      <h2 id={headingId}>{existing ? t("tlv.formEditTitle") : t("tlv.formNewTitle")}</h2>
      <SelectField<TlvKind>
        id={ids.kind!}
        label={t("tlv.kind")}
        value={kind}
        onChange={setKind}
        options={KINDS.map((value) => ({ value, label: t(`tlv.kinds.${value}`) }))}
        error={errors.fieldError("kind")}
      />
      <TextAreaField
        id={ids.supportQuestion!}
        label={t("tlv.supportQuestion")}
        value={question}
        onChange={setQuestion}
        hint={t("tlv.supportQuestionHint")}
        rows={6}
        error={errors.fieldError("supportQuestion")}
      />
      <DateField id={ids.appliedOn!} label={t("tlv.appliedOn")} value={appliedOn} onChange={setAppliedOn} optional error={errors.fieldError("appliedOn")} />
      <p className="field-hint">{t("tlv.appliedOnHint")}</p>
      <CheckboxField id={ids.renewal!} label={t("tlv.renewal")} checked={renewal} onChange={setRenewal} error={errors.fieldError("renewal")} />
      <p className="field-hint">{t("tlv.renewalHint")}</p>
      <TextField id={ids.clusterNote!} label={t("tlv.clusterNote")} value={clusterNote} onChange={setClusterNote} optional hint={t("tlv.clusterNoteHint")} error={errors.fieldError("clusterNote")} />

      <fieldset className="tlv-experts-fieldset">
        <legend>{t("tlv.expertsTitle")}</legend>
        <p className="field-hint">{t("tlv.expertsHint")}</p>
        {experts.map((expert, index) => {
          const at = (field: string) => `experts[${index}].${field}`;
          const number = index + 1;
          return (
            <fieldset key={expert.key} className="tlv-expert" data-testid="tlv-expert-row">
              <legend>{t("tlv.expertLegend", { number })}</legend>
              <TextField id={ids[at("name")]!} label={t("tlv.expertName")} value={expert.name} onChange={(name) => setExpert(index, { name })} error={errors.fieldError(at("name"))} />
              <SelectField<Discipline>
                id={ids[at("discipline")]!}
                label={t("tlv.expertDiscipline")}
                value={expert.discipline}
                onChange={(discipline) => setExpert(index, { discipline })}
                options={DISCIPLINES.map((value) => ({ value, label: t(`tlv.disciplines.${value}`) }))}
                error={errors.fieldError(at("discipline"))}
              />
              <DateField id={ids[at("advisedOn")]!} label={t("tlv.expertAdvisedOn")} value={expert.advisedOn} onChange={(advisedOn) => setExpert(index, { advisedOn })} error={errors.fieldError(at("advisedOn"))} />
              <CheckboxField id={ids[at("independent")]!} label={t("tlv.expertIndependent")} checked={expert.independent} onChange={(independent) => setExpert(index, { independent })} error={errors.fieldError(at("independent"))} />
              <TextAreaField id={ids[at("advice")]!} label={t("tlv.expertAdvice")} value={expert.advice} onChange={(advice) => setExpert(index, { advice })} optional error={errors.fieldError(at("advice"))} />
              <button type="button" className="button button-small button-secondary" onClick={() => setExperts((rows) => rows.filter((_, i) => i !== index))}>
                {t("tlv.expertRemove", { number })}
              </button>
            </fieldset>
          );
        })}
        <ErrorText id={`${ids.experts}-error`} text={errors.fieldError("experts")} />
        {experts.length < EXPERT_ROWS_MAX ? (
          <button
            type="button"
            id={ids.experts}
            className="button button-secondary"
            onClick={() => {
              setExperts((rows) => [...rows, row()]);
              // Focus the new row's name once it is rendered.
              const index = experts.length;
              requestAnimationFrame(() => document.getElementById(`${prefix}-expert-${index}-name`)?.focus());
            }}
          >
            {t("tlv.expertAdd")}
          </button>
        ) : null}
      </fieldset>

      <fieldset className="tlv-parents" aria-describedby={errors.fieldError("parents.stance") ? `${prefix}-stance-error` : undefined}>
        <legend>{t("tlv.parentsStance")}</legend>
        {STANCES.map((value) => (
          <div className="field field-radio" key={value}>
            <input
              id={`${prefix}-stance-${value}`}
              type="radio"
              name={`${prefix}-stance`}
              value={value}
              checked={stance === value}
              onChange={() => setStance(value)}
            />
            <label htmlFor={`${prefix}-stance-${value}`}>{t(`tlv.stances.${value}`)}</label>
          </div>
        ))}
        <ErrorText id={`${prefix}-stance-error`} text={errors.fieldError("parents.stance")} />
        <DateField id={ids["parents.on"]!} label={t("tlv.parentsOn")} value={parentsOn} onChange={setParentsOn} optional error={errors.fieldError("parents.on")} />
        <TextAreaField id={ids["parents.note"]!} label={t("tlv.parentsNote")} value={parentsNote} onChange={setParentsNote} optional error={errors.fieldError("parents.note")} />
      </fieldset>
      <FormActions saveId={`${prefix}-save`} busy={busy} error={errors.formError} onCancel={onCancel} />
    </form>
  );
}
