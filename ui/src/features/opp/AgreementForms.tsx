import { useState, type FormEvent } from "react";
import { call } from "../../ipc/client";
import type { ConsentMethod } from "../../ipc/bindings/ConsentMethod";
import type { ConsentStatus } from "../../ipc/bindings/ConsentStatus";
import type { OppVersionView } from "../../ipc/bindings/OppVersionView";
import type { PupilOpp } from "../../ipc/bindings/PupilOpp";
import { t } from "../../i18n";
import { CheckboxField, DateField, SelectField, TextAreaField, TextField } from "../../components/Field";
import { ErrorText, FormAlert, StatusMessage } from "../../components/ErrorText";
import { formatDate, parseDateInput } from "../../lib/dates";
import { useFormErrors } from "../../lib/useFormErrors";
import { wording } from "../pupils/education";
import { consentOptions, methodOptions } from "./labels";

interface AgreementProps {
  page: PupilOpp;
  version: OppVersionView;
  onSaved: (page: PupilOpp) => void;
}

const optional = (value: string): string | null => (value.trim() === "" ? null : value);
const optionalDate = (typed: string): string | null => optional(parseDateInput(typed));

/** One action at a time; on success the page is replaced and a quiet message says so. */
function useSave(onSaved: (page: PupilOpp) => void, errors: ReturnType<typeof useFormErrors>, done: string) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  async function run(action: () => Promise<PupilOpp>) {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    errors.clear();
    try {
      onSaved(await action());
      setMessage(done);
    } catch (err) {
      errors.setError(err);
    } finally {
      setBusy(false);
    }
  }
  return { busy, message, run };
}

const OOGO_IDS = { heldOn: "opp-oogo-heldOn", participants: "opp-oogo-participants", guardianIds: "opp-oogo-guardians", parentsView: "opp-oogo-parentsView" };

/** OOGO for the perspectiefdeel: discussed with the parents on a date, who took part, their view. */
export function ConsultationForm({ page, version, onSaved }: AgreementProps) {
  const stored = version.consultation;
  const [heldOn, setHeldOn] = useState(formatDate(stored?.heldOn));
  const [participants, setParticipants] = useState(stored?.participants ?? "");
  const [guardianIds, setGuardianIds] = useState<string[]>(stored?.guardianIds ?? []);
  const [parentsView, setParentsView] = useState(stored?.parentsView ?? "");
  const errors = useFormErrors(OOGO_IDS);
  const save = useSave(onSaved, errors, t("opp.oogoSaved"));

  function submit(e: FormEvent) {
    e.preventDefault();
    void save.run(() =>
      call("opp_record_consultation", {
        versionId: version.id,
        consultation: {
          heldOn: parseDateInput(heldOn),
          participants,
          guardianIds: page.guardians.filter((g) => guardianIds.includes(g.id)).map((g) => g.id),
          parentsView: optional(parentsView),
        },
      }),
    );
  }

  return (
    <form className="opp-agreement card" aria-labelledby="opp-oogo-heading" onSubmit={submit} noValidate data-testid="opp-oogo">
      <h3 id="opp-oogo-heading">{t("opp.oogoTitle")}</h3>
      <p className="field-hint">{t("opp.oogoIntro")}</p>
      <DateField id={OOGO_IDS.heldOn} label={t("opp.oogoHeldOn")} value={heldOn} onChange={setHeldOn} error={errors.fieldError("heldOn")} />
      <TextField
        id={OOGO_IDS.participants}
        label={t("opp.oogoParticipants")}
        hint={t("opp.oogoParticipantsHint", { teacher: wording(page.stage, "teacher"), coordinator: wording(page.stage, "coordinator") })}
        value={participants}
        onChange={setParticipants}
        error={errors.fieldError("participants")}
      />
      <GuardianChoice
        idPrefix="opp-oogo-guardian"
        legend={t("opp.oogoGuardians")}
        guardians={page.guardians}
        chosen={guardianIds}
        onChange={setGuardianIds}
        error={errors.fieldError("guardianIds")}
      />
      <TextAreaField id={OOGO_IDS.parentsView} label={t("opp.oogoParentsView")} value={parentsView} onChange={setParentsView} error={errors.fieldError("parentsView")} optional rows={3} />
      <FormAlert text={errors.formError} />
      <StatusMessage text={save.message} />
      <button id="opp-oogo-save" data-testid="opp-oogo-save" type="submit" className="button button-primary" disabled={save.busy}>
        {t("opp.oogoSave")}
      </button>
    </form>
  );
}

const CONSENT_IDS = {
  status: "opp-consent-status",
  presentedOn: "opp-consent-presentedOn",
  decidedOn: "opp-consent-decidedOn",
  guardianIds: "opp-consent-guardians",
  byPupil: "opp-consent-byPupil",
  method: "opp-consent-method",
  note: "opp-consent-note",
};

const DECIDED: ReadonlySet<ConsentStatus> = new Set(["ingestemd", "deels_ingestemd", "niet_ingestemd"]);

/**
 * Instemming with the handelingsdeel: where it stands, when, who answered (only guardians with
 * gezag are offered; an adult (v)so pupil may answer in the parents' place) and how.
 */
export function ConsentForm({ page, version, onSaved }: AgreementProps) {
  const stored = version.consent;
  const [status, setStatus] = useState<ConsentStatus>(stored.status);
  const [presentedOn, setPresentedOn] = useState(formatDate(stored.presentedOn));
  const [decidedOn, setDecidedOn] = useState(formatDate(stored.decidedOn));
  const [guardianIds, setGuardianIds] = useState<string[]>(stored.guardianIds);
  const [byPupil, setByPupil] = useState(stored.byPupil);
  const [method, setMethod] = useState<ConsentMethod | "">(stored.method ?? "");
  const [note, setNote] = useState(stored.note ?? "");
  const errors = useFormErrors(CONSENT_IDS);
  const save = useSave(onSaved, errors, t("opp.consentSaved"));
  const withAuthority = page.guardians.filter((g) => g.hasAuthority);
  const presented = status !== "concept";
  const decided = DECIDED.has(status);

  function submit(e: FormEvent) {
    e.preventDefault();
    void save.run(() =>
      call("opp_record_consent", {
        versionId: version.id,
        consent: {
          status,
          presentedOn: presented ? optionalDate(presentedOn) : null,
          decidedOn: decided ? optionalDate(decidedOn) : null,
          guardianIds: decided ? withAuthority.filter((g) => guardianIds.includes(g.id)).map((g) => g.id) : [],
          byPupil: decided && byPupil,
          method: decided && method !== "" ? method : null,
          note: optional(note),
        },
      }),
    );
  }

  return (
    <form className="opp-agreement card" aria-labelledby="opp-consent-heading" onSubmit={submit} noValidate data-testid="opp-consent">
      <h3 id="opp-consent-heading">{t("opp.consentTitle")}</h3>
      <p className="field-hint">{t("opp.consentIntro")}</p>
      <SelectField id={CONSENT_IDS.status} label={t("opp.consentStatus")} value={status} onChange={setStatus} options={consentOptions()} error={errors.fieldError("status")} />
      {presented ? (
        <DateField id={CONSENT_IDS.presentedOn} label={t("opp.consentPresentedOn")} value={presentedOn} onChange={setPresentedOn} error={errors.fieldError("presentedOn")} />
      ) : null}
      {decided ? (
        <>
          <DateField id={CONSENT_IDS.decidedOn} label={t("opp.consentDecidedOn")} value={decidedOn} onChange={setDecidedOn} error={errors.fieldError("decidedOn")} />
          {page.pupilMayConsent ? (
            <CheckboxField id={CONSENT_IDS.byPupil} label={t("opp.consentByPupil")} checked={byPupil} onChange={setByPupil} error={errors.fieldError("byPupil")} />
          ) : null}
          {!byPupil ? (
            <GuardianChoice
              idPrefix="opp-consent-guardian"
              legend={t("opp.consentGuardians")}
              hint={t("opp.consentGuardiansHint")}
              guardians={withAuthority}
              chosen={guardianIds}
              onChange={setGuardianIds}
              error={errors.fieldError("guardianIds")}
            />
          ) : null}
          <SelectField
            id={CONSENT_IDS.method}
            label={t("opp.consentMethod")}
            value={method}
            onChange={setMethod}
            options={[{ value: "" as const, label: t("opp.choose") }, ...methodOptions()]}
            error={errors.fieldError("method")}
          />
        </>
      ) : null}
      <TextAreaField
        id={CONSENT_IDS.note}
        label={status === "deels_ingestemd" ? t("opp.consentNotePartly") : t("opp.consentNote")}
        value={note}
        onChange={setNote}
        error={errors.fieldError("note")}
        optional={status !== "deels_ingestemd"}
        rows={2}
      />
      {status === "niet_ingestemd" ? (
        <div className="opp-dispute" role="note" data-testid="opp-dispute">
          <p>{t("opp.disputeIntro")}</p>
          <ul>
            <li>{t("opp.disputeConsultant")}</li>
            <li>{t("opp.disputeCommittee")}</li>
          </ul>
        </div>
      ) : null}
      <FormAlert text={errors.formError} />
      <StatusMessage text={save.message} />
      <button id="opp-consent-save" data-testid="opp-consent-save" type="submit" className="button button-primary" disabled={save.busy}>
        {t("opp.consentSave")}
      </button>
    </form>
  );
}

interface GuardianChoiceProps {
  idPrefix: string;
  legend: string;
  hint?: string;
  guardians: PupilOpp["guardians"];
  chosen: string[];
  onChange: (ids: string[]) => void;
  error: string | undefined;
}

/** Checkboxes per guardian (`<prefix>-<guardianId>`); the group's error under the legend. */
function GuardianChoice({ idPrefix, legend, hint, guardians, chosen, onChange, error }: GuardianChoiceProps) {
  return (
    <fieldset className="fieldset" id={`${idPrefix}s`} tabIndex={-1} aria-describedby={error ? `${idPrefix}s-error` : undefined}>
      <legend>{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {guardians.length === 0 ? <p className="muted">{t("opp.noGuardians")}</p> : null}
      {guardians.map((g) => (
        <CheckboxField
          key={g.id}
          id={`${idPrefix}-${g.id}`}
          label={g.name}
          checked={chosen.includes(g.id)}
          onChange={(on) => onChange(on ? [...chosen, g.id] : chosen.filter((id) => id !== g.id))}
        />
      ))}
      <ErrorText id={`${idPrefix}s-error`} text={error} />
    </fieldset>
  );
}
