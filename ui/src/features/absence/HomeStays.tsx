import { useState, type FormEvent } from "react";
import { call } from "../../ipc/client";
import type { AbsencePage as Page } from "../../ipc/bindings/AbsencePage";
import type { ExemptionStatus } from "../../ipc/bindings/ExemptionStatus";
import type { HomeStayView } from "../../ipc/bindings/HomeStayView";
import { t } from "../../i18n";
import { DateField, SelectField, TextAreaField, TextField } from "../../components/Field";
import { FormActions } from "../../components/FormActions";
import { FormAlert } from "../../components/ErrorText";
import { formatDate, parseDateInput } from "../../lib/dates";
import { useFormErrors } from "../../lib/useFormErrors";

/**
 * The periods a pupil was at home: each with its vrijstelling status, deviation plan and return
 * to school; a new period, and correcting one (the core validates and recomputes the clock).
 */
export function HomeStays({ page, onChange }: { page: Page; onChange: (next: Page, message: string) => void }) {
  return (
    <section className="card" aria-labelledby="home-heading">
      <h2 id="home-heading">{t("absence.homeTitle")}</h2>
      <p className="muted">{t("absence.homeIntro")}</p>
      {page.homeStays.length === 0 ? <p className="empty-state">{t("absence.homeEmpty")}</p> : null}
      <ul className="home-stays">
        {page.homeStays.map((stay) => (
          <HomeStayItem key={stay.id} pupilId={page.pupilId} stay={stay} onChange={onChange} />
        ))}
      </ul>
      <h3 id="home-new-heading">{t("absence.homeNew")}</h3>
      <HomeStayForm pupilId={page.pupilId} editing={null} headingId="home-new-heading" onSaved={(next) => onChange(next, t("absence.homeSaved"))} />
    </section>
  );
}

/** A new period at home, or a correction of one (`editing`); its end is recorded apart. */
function HomeStayForm({
  pupilId,
  editing,
  headingId,
  onSaved,
  onCancel,
}: {
  pupilId: string;
  editing: HomeStayView | null;
  headingId: string;
  onSaved: (next: Page) => void;
  onCancel?: () => void;
}) {
  const prefix = editing ? `home-${editing.id}` : "home";
  const ids = {
    since: `${prefix}-since`,
    reason: `${prefix}-reason`,
    exemption: `${prefix}-exemption`,
    deviationPlan: `${prefix}-deviationPlan`,
    deviationEndsOn: `${prefix}-deviationEndsOn`,
  };
  const [since, setSince] = useState(editing ? formatDate(editing.since) : "");
  const [reason, setReason] = useState(editing?.reason ?? "");
  const [exemption, setExemption] = useState<ExemptionStatus>(editing?.exemption ?? "none");
  const [plan, setPlan] = useState(editing?.deviationPlan ?? "");
  const [endsOn, setEndsOn] = useState(editing?.deviationEndsOn ? formatDate(editing.deviationEndsOn) : "");
  const errors = useFormErrors(ids);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    try {
      const next = await call("home_stay_save", {
        id: editing?.id ?? null,
        pupilId,
        stay: {
          since: parseDateInput(since),
          reason,
          exemption,
          ...(plan.trim() === "" ? {} : { deviationPlan: plan }),
          ...(endsOn.trim() === "" ? {} : { deviationEndsOn: parseDateInput(endsOn) }),
        },
      });
      if (!editing) {
        setSince("");
        setReason("");
        setExemption("none");
        setPlan("");
        setEndsOn("");
      }
      onSaved(next);
    } catch (e) {
      errors.setError(e);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId}>
      <FormAlert text={errors.formError} />
      <DateField id={ids.since} label={t("absence.since")} value={since} onChange={setSince} error={errors.fieldError("since")} />
      <TextField id={ids.reason} label={t("absence.homeReason")} value={reason} onChange={setReason} error={errors.fieldError("reason")} />
      <SelectField<ExemptionStatus>
        id={ids.exemption}
        label={t("absence.exemption")}
        value={exemption}
        onChange={setExemption}
        options={[
          { value: "none", label: t("absence.exemptions.none") },
          { value: "requested", label: t("absence.exemptions.requested") },
          { value: "granted", label: t("absence.exemptions.granted") },
        ]}
        hint={t("absence.exemptionHint")}
        error={errors.fieldError("exemption")}
      />
      <TextAreaField id={ids.deviationPlan} label={t("absence.deviationPlan")} value={plan} onChange={setPlan} optional hint={t("absence.deviationHint")} error={errors.fieldError("deviationPlan")} />
      <DateField id={ids.deviationEndsOn} label={t("absence.deviationEndsOn")} value={endsOn} onChange={setEndsOn} optional error={errors.fieldError("deviationEndsOn")} />
      <FormActions saveId={`${prefix}-submit`} busy={false} error={null} label={t("absence.homeSubmit")} onCancel={onCancel} />
    </form>
  );
}

function HomeStayItem({ pupilId, stay, onChange }: { pupilId: string; stay: HomeStayView; onChange: (next: Page, message: string) => void }) {
  const [endedOn, setEndedOn] = useState("");
  const [editing, setEditing] = useState(false);
  const errors = useFormErrors({ endedOn: `home-end-${stay.id}` });
  const editId = `home-edit-${stay.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    try {
      onChange(await call("home_stay_end", { id: stay.id, endedOn: parseDateInput(endedOn) }), t("absence.homeEnded"));
    } catch (e) {
      errors.setError(e);
    }
  };
  return (
    <li data-testid="home-stay" className={stay.level === "over_three_months" ? "home-stay home-stay-long" : "home-stay"}>
      <p>
        <strong>{t("absence.homeSince", { date: formatDate(stay.since) })}</strong> — {stay.reason} ({t(`absence.exemptions.${stay.exemption}`)})
      </p>
      {stay.level ? <p className="home-stay-level">{t(`absence.levels.${stay.level}`)}</p> : null}
      {stay.deviationPlan ? (
        <p>
          {t("absence.deviationLine", { date: formatDate(stay.deviationEndsOn) })} {stay.deviationPlan}
        </p>
      ) : null}
      <p>
        <button
          type="button"
          id={editId}
          className="button button-small"
          aria-expanded={editing}
          aria-label={t("absence.homeEditLabel", { date: formatDate(stay.since) })}
          onClick={() => setEditing(!editing)}
        >
          {t("common.edit")}
        </button>
      </p>
      {editing ? (
        <div className="home-stay-edit">
          <h3 id={`${editId}-heading`}>{t("absence.homeEditTitle")}</h3>
          <HomeStayForm
            pupilId={pupilId}
            editing={stay}
            headingId={`${editId}-heading`}
            onSaved={(next) => {
              setEditing(false);
              onChange(next, t("absence.homeEdited"));
            }}
            onCancel={() => {
              setEditing(false);
              document.getElementById(editId)?.focus();
            }}
          />
        </div>
      ) : null}
      {stay.endedOn ? (
        <p>{t("absence.endedLine", { date: formatDate(stay.endedOn) })}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <FormAlert text={errors.formError} />
          <DateField id={`home-end-${stay.id}`} label={t("absence.endedOn")} value={endedOn} onChange={setEndedOn} error={errors.fieldError("endedOn")} />
          <button type="submit" className="button">
            {t("absence.endSubmit")}
          </button>
        </form>
      )}
    </li>
  );
}
