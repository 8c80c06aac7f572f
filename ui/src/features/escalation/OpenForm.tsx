import { useEffect, useState, type FormEvent } from "react";
import { call } from "../../ipc/client";
import type { DisputeLink } from "../../ipc/bindings/DisputeLink";
import type { DisputeSubject } from "../../ipc/bindings/DisputeSubject";
import type { EscalationPage } from "../../ipc/bindings/EscalationPage";
import { t } from "../../i18n";
import { DateField, SelectField, TextAreaField, TextField } from "../../components/Field";
import { FormAlert } from "../../components/ErrorText";
import { formatDate, parseDateInput, todayIso } from "../../lib/dates";
import { useFormErrors } from "../../lib/useFormErrors";
import { linkValue, optionalDate } from "./labels";

const ids = {
  subject: "escalation-subject",
  link: "escalation-link",
  decisionOn: "escalation-decisionOn",
  openedOn: "escalation-openedOn",
  openedBy: "escalation-openedBy",
  description: "escalation-description",
};

/**
 * Opening a geschil after the answer "meningsverschil": the subject, what it is about (an OPP
 * version, a TLV decision or a casus of this pupil, offered by the core), the date of the
 * decision (empty: the core takes it from what it is about), when and by whom it was opened,
 * and what parents and school disagree about. Errors land at their field.
 */
export function OpenForm({
  page,
  subject: initialSubject,
  link: initialLink,
  onSaved,
  onCancel,
}: {
  page: EscalationPage;
  subject: DisputeSubject | null;
  link: DisputeLink | null;
  onSaved: (page: EscalationPage) => void;
  onCancel: () => void;
}) {
  const [subject, setSubject] = useState<DisputeSubject>(initialSubject ?? "opp");
  const [link, setLink] = useState<string>(initialLink ? linkValue(initialLink) : "");
  const [decisionOn, setDecisionOn] = useState("");
  const [openedOn, setOpenedOn] = useState(() => formatDate(todayIso()));
  const [openedBy, setOpenedBy] = useState("");
  const [description, setDescription] = useState("");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(ids);
  useEffect(() => document.getElementById(ids.subject)?.focus(), []);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    const chosen = page.linkOptions.find((option) => linkValue(option) === link);
    try {
      const saved = await call("escalation_open", {
        pupilId: page.pupilId,
        concern: "disagreement",
        subject,
        openedOn: parseDateInput(openedOn),
        openedBy,
        description,
        link: chosen ? { kind: chosen.kind, id: chosen.id } : null,
        decisionOn: optionalDate(decisionOn),
      });
      onSaved(saved.page);
    } catch (err) {
      errors.setError(err);
      setBusy(false);
    }
  }
  return (
    <form className="escalation-form" onSubmit={submit} noValidate aria-labelledby="escalation-open-heading" data-testid="escalation-open-form">
      <h2 id="escalation-open-heading">{t("escalation.openTitle")}</h2>
      <SelectField<DisputeSubject>
        id={ids.subject}
        label={t("escalation.subject")}
        value={subject}
        onChange={setSubject}
        options={page.subjects.map((option) => ({ value: option.subject, label: option.label }))}
        error={errors.fieldError("subject")}
      />
      <SelectField<string>
        id={ids.link}
        label={t("escalation.link")}
        value={link}
        onChange={setLink}
        hint={t("escalation.linkHint")}
        options={[{ value: "", label: t("escalation.linkNone") }, ...page.linkOptions.map((option) => ({ value: linkValue(option), label: option.label }))]}
        error={errors.fieldError("link")}
      />
      <DateField
        id={ids.decisionOn}
        label={t("escalation.decisionOn")}
        value={decisionOn}
        onChange={setDecisionOn}
        optional
        describedBy="escalation-decisionOn-note"
        error={errors.fieldError("decisionOn")}
      />
      <p id="escalation-decisionOn-note" className="field-hint">
        {t("escalation.decisionOnHint")}
      </p>
      <DateField id={ids.openedOn} label={t("escalation.openedOn")} value={openedOn} onChange={setOpenedOn} error={errors.fieldError("openedOn")} />
      <TextField id={ids.openedBy} label={t("escalation.openedBy")} value={openedBy} onChange={setOpenedBy} hint={t("escalation.openedByHint")} error={errors.fieldError("openedBy")} />
      <TextAreaField id={ids.description} label={t("escalation.description")} value={description} onChange={setDescription} error={errors.fieldError("description")} />
      <FormAlert text={errors.formError} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t("escalation.openSave")}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
