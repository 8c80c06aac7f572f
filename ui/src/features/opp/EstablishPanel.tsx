import { useEffect, useRef, useState, type FormEvent } from "react";
import { call } from "../../ipc/client";
import type { OppReason } from "../../ipc/bindings/OppReason";
import type { OppVersionView } from "../../ipc/bindings/OppVersionView";
import type { PupilOpp } from "../../ipc/bindings/PupilOpp";
import { t } from "../../i18n";
import { DateField, SelectField, TextAreaField } from "../../components/Field";
import { FormAlert } from "../../components/ErrorText";
import { Link } from "../../components/Link";
import { formatDate, parseDateInput, todayIso } from "../../lib/dates";
import { useFormErrors } from "../../lib/useFormErrors";
import { useFocusAfterRender } from "../../lib/useFocusAfterRender";
import { reasonOptions } from "./labels";

const FIELD_IDS = {
  reason: "opp-establish-reason",
  establishedOn: "opp-establish-date",
  hearingGapReason: "opp-establish-gap",
} as const;

interface EstablishPanelProps {
  page: PupilOpp;
  version: OppVersionView;
  onDone: (page: PupilOpp) => void;
}

/**
 * Vaststellen: reason and date, and — when no hoorgesprek fits the moment — the reason why,
 * asked before the user confirms (the soft gate of the hoorrecht: never a hard block).
 */
export function EstablishPanel({ page, version, onDone }: EstablishPanelProps) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<OppReason>(version.reason);
  const [date, setDate] = useState(() => formatDate(todayIso()));
  const [gap, setGap] = useState("");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(FIELD_IDS);
  const firstRef = useRef<HTMLDivElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const needsGap = version.hearing === null || errors.fieldError("hearingGapReason") !== undefined;

  useEffect(() => {
    if (open) firstRef.current?.querySelector("select")?.focus();
  }, [open]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    try {
      const next = await call("opp_establish", {
        versionId: version.id,
        reason,
        establishedOn: parseDateInput(date),
        hearingGapReason: needsGap && gap.trim() !== "" ? gap : null,
      });
      // The form's draft of this version can never be used again.
      await call("draft_delete", { key: `opp/${version.id}` }).catch(() => undefined);
      onDone(next);
    } catch (err) {
      errors.setError(err);
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <div className="opp-establish">
        <button id="opp-establish-open" data-testid="opp-establish-open" type="button" className="button button-primary" onClick={() => setOpen(true)}>
          {t("opp.establishOpen")}
        </button>
      </div>
    );
  }
  const incomplete = errors.error !== null && errors.error.fields.some((f) => !(f.field in FIELD_IDS));
  return (
    <form className="opp-establish card" aria-labelledby="opp-establish-heading" onSubmit={submit} noValidate data-testid="opp-establish">
      <h3 id="opp-establish-heading">{t("opp.establishTitle", { n: version.number })}</h3>
      <p className="field-hint">{t("opp.establishIntro")}</p>
      <div className="form-grid" ref={firstRef}>
        <SelectField id={FIELD_IDS.reason} label={t("opp.reason")} value={reason} onChange={setReason} options={reasonOptions()} error={errors.fieldError("reason")} />
        <DateField id={FIELD_IDS.establishedOn} label={t("opp.establishedOn")} value={date} onChange={setDate} error={errors.fieldError("establishedOn")} />
      </div>
      {version.hearing ? (
        <p className="opp-hearing" data-testid="opp-establish-hearing">
          {t("opp.hearingFound", { date: formatDate(version.hearing.heldOn), who: version.hearing.spokeWith })}
        </p>
      ) : null}
      {needsGap ? (
        <div className="opp-gap" data-testid="opp-establish-gap-block">
          <p id="opp-establish-gap-intro">{t("opp.gapIntro")}</p>
          <TextAreaField
            id={FIELD_IDS.hearingGapReason}
            label={t("opp.gapReason")}
            value={gap}
            onChange={setGap}
            error={errors.fieldError("hearingGapReason")}
            rows={3}
          />
          <p>
            <Link id="opp-establish-hearing-new" to={{ name: "hearing", id: page.pupilId, recordId: null }}>
              {t("opp.gapMakeHearing")}
            </Link>
          </p>
        </div>
      ) : null}
      <FormAlert text={incomplete ? t("opp.establishIncomplete") : errors.formError} />
      <div className="button-row">
        <button id="opp-establish-confirm" data-testid="opp-establish-confirm" type="submit" className="button button-primary" disabled={busy}>
          {t("opp.establishConfirm")}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setOpen(false);
            errors.clear();
            focusAfterRender(() => document.getElementById("opp-establish-open"));
          }}
        >
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
