import { useState, type FormEvent } from "react";
import { call } from "../../ipc/client";
import type { OppVersionView } from "../../ipc/bindings/OppVersionView";
import type { PupilOpp } from "../../ipc/bindings/PupilOpp";
import { t } from "../../i18n";
import { SelectField } from "../../components/Field";
import { FormAlert } from "../../components/ErrorText";
import { useFormErrors } from "../../lib/useFormErrors";
import { formatDate } from "../../lib/dates";
import { DraftNote } from "../hearing/FormParts";
import { useDraftState } from "../hearing/useDraftState";
import { ActionPart } from "./ActionPart";
import { PerspectivePart, VoicePart } from "./PerspectivePart";
import { missingText, reasonOptions } from "./labels";
import { contentWire, formState, oppFieldIds, type OppFormState } from "./oppState";

interface DraftFormProps {
  page: PupilOpp;
  version: OppVersionView;
  onSaved: (page: PupilOpp) => void;
}

/**
 * The editable draft: perspectiefdeel and handelingsdeel as two separate parts, then the pupil's
 * and the parents' view. What is typed is kept as a form draft until it is saved
 * (`opp/<versionId>`); the core's row errors show at their rows.
 */
export function DraftForm({ page, version, onSaved }: DraftFormProps) {
  const form = useDraftState<OppFormState>(`opp/${version.id}`, formState(version.reason, version.content));
  const s = form.state;
  const fieldIds = oppFieldIds(s);
  const errors = useFormErrors(fieldIds);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<OppFormState>) => form.update((state) => ({ ...state, ...patch }));

  /** Saves what is typed through `send`, then the page remounts the form from the answer. */
  async function persist(send: (state: OppFormState) => Promise<PupilOpp>) {
    if (busy) return;
    setBusy(true);
    errors.clear();
    try {
      const next = await send(form.latest());
      await form.forget();
      // The page remounts this form from the saved version (the core drops blank rows).
      onSaved(next);
    } catch (err) {
      errors.setError(err);
    } finally {
      setBusy(false);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    void persist((state) => call("opp_save_draft", { versionId: version.id, reason: state.reason, content: contentWire(state) }));
  }

  /** Takes the words of a hoorgesprek held after the draft was made into the pupil's part. */
  function takeOver(hearingId: string) {
    void persist((state) =>
      call("opp_take_over_hearing", { versionId: version.id, reason: state.reason, content: contentWire(state), hearingId }),
    );
  }

  const hearing = version.hearingWordsMissing ? version.hearing : null;
  const part = { page, s, set, fieldError: errors.fieldError };
  return (
    <>
      <MissingList missing={version.missing} fieldIds={fieldIds} />
      <DraftNote form={form} />
      <form id="opp-form" className="form opp-form" onSubmit={submit} onBlur={form.flush} noValidate aria-busy={busy} aria-label={t("opp.formLabel", { n: version.number })}>
        <SelectField
          id="opp-reason"
          label={t("opp.reason")}
          value={s.reason}
          onChange={(reason) => set({ reason })}
          options={reasonOptions()}
          error={errors.fieldError("reason")}
        />
        <PerspectivePart {...part} />
        <ActionPart {...part} />
        {hearing ? (
          <div className="opp-take-over" role="note" data-testid="opp-take-over">
            <p>{t("opp.takeOverText", { date: formatDate(hearing.heldOn), who: hearing.spokeWith })}</p>
            <button id="opp-take-over-hearing" type="button" className="button button-secondary" disabled={busy} onClick={() => takeOver(hearing.id)}>
              {t("opp.takeOverButton")}
            </button>
          </div>
        ) : null}
        <VoicePart {...part} />
        <FormAlert text={errors.formError} />
        <div className="button-row">
          <button id="opp-save" data-testid="opp-save" type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("common.saving") : t("opp.saveDraft")}
          </button>
        </div>
      </form>
    </>
  );
}

/** "Nog nodig om vast te stellen": each missing part as a button that focuses its field. */
function MissingList({ missing, fieldIds }: { missing: string[]; fieldIds: Record<string, string> }) {
  if (missing.length === 0) {
    return (
      <p className="opp-complete" data-testid="opp-missing-none">
        <span aria-hidden="true">✓ </span>
        {t("opp.missingNone")}
      </p>
    );
  }
  return (
    <div className="opp-missing" data-testid="opp-missing" role="region" aria-labelledby="opp-missing-heading">
      <h4 id="opp-missing-heading">{t("opp.missingTitle")}</h4>
      <p className="field-hint">{t("opp.missingIntro")}</p>
      <ul>
        {missing.map((field) => (
          <li key={field}>
            <button
              type="button"
              className="button-link"
              onClick={() => document.getElementById(fieldIds[field] ?? "")?.focus()}
            >
              {missingText(field)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
