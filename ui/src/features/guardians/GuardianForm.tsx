import { useState, type FormEvent } from "react";
import type { Guardian } from "../../ipc/bindings/Guardian";
import type { GuardianInput } from "../../ipc/bindings/GuardianInput";
import type { GuardianRelation } from "../../ipc/bindings/GuardianRelation";
import { t } from "../../i18n";
import { CheckboxField, SelectField, TextField } from "../../components/Field";
import { useFormErrors } from "../../lib/useFormErrors";
import { RELATIONS, relationText } from "./relations";
import { FormActions } from "../../components/FormActions";

const FIELD_IDS = {
  firstName: "guardian-firstName",
  surnamePrefix: "guardian-surnamePrefix",
  lastName: "guardian-lastName",
  relation: "guardian-relation",
  hasAuthority: "guardian-hasAuthority",
  phone: "guardian-phone",
  email: "guardian-email",
};

function orNull(s: string): string | null {
  return s.trim() === "" ? null : s.trim();
}

interface GuardianFormProps {
  initial?: Guardian | undefined;
  save: (input: GuardianInput) => Promise<void>;
  onCancel: () => void;
}

/** Add or edit one parent/carer; Escape cancels. */
export function GuardianForm({ initial, save, onCancel }: GuardianFormProps) {
  const [firstName, setFirstName] = useState(initial?.firstName ?? "");
  const [surnamePrefix, setSurnamePrefix] = useState(initial?.surnamePrefix ?? "");
  const [lastName, setLastName] = useState(initial?.lastName ?? "");
  const [relation, setRelation] = useState<GuardianRelation>(initial?.relation ?? "mother");
  const [hasAuthority, setHasAuthority] = useState(initial?.hasAuthority ?? true);
  const [phone, setPhone] = useState(initial?.phone ?? "");
  const [email, setEmail] = useState(initial?.email ?? "");
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(FIELD_IDS);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    errors.clear();
    try {
      await save({
        firstName: orNull(firstName),
        surnamePrefix: orNull(surnamePrefix),
        lastName: lastName.trim(),
        relation,
        hasAuthority,
        phone: orNull(phone),
        email: orNull(email),
      });
    } catch (err) {
      errors.setError(err);
      setBusy(false);
    }
  }

  const headingId = initial ? `guardian-form-heading-${initial.id}` : "guardian-form-heading-new";
  return (
    <form
      className="form subform"
      onSubmit={submit}
      noValidate
      aria-busy={busy}
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <h3 id={headingId}>{initial ? t("guardians.editTitle") : t("guardians.addTitle")}</h3>
      <div className="form-grid">
        <TextField
          id="guardian-firstName"
          label={t("guardians.firstName")}
          optional
          value={firstName}
          onChange={setFirstName}
          error={errors.fieldError("firstName")}
          autoFocus
        />
        <TextField
          id="guardian-surnamePrefix"
          label={t("guardians.surnamePrefix")}
          optional
          value={surnamePrefix}
          onChange={setSurnamePrefix}
          error={errors.fieldError("surnamePrefix")}
          inputClassName="input-short"
          spellCheck={false}
        />
        <TextField id="guardian-lastName" label={t("guardians.lastName")} value={lastName} onChange={setLastName} error={errors.fieldError("lastName")} />
        <SelectField
          id="guardian-relation"
          label={t("guardians.relation")}
          value={relation}
          onChange={setRelation}
          options={RELATIONS.map((r) => ({ value: r, label: relationText(r) }))}
          error={errors.fieldError("relation")}
        />
        <TextField id="guardian-phone" label={t("guardians.phone")} type="tel" optional value={phone} onChange={setPhone} error={errors.fieldError("phone")} />
        <TextField id="guardian-email" label={t("guardians.email")} type="email" optional value={email} onChange={setEmail} error={errors.fieldError("email")} />
      </div>
      <CheckboxField
        id="guardian-hasAuthority"
        label={t("guardians.hasAuthority")}
        checked={hasAuthority}
        onChange={setHasAuthority}
        error={errors.fieldError("hasAuthority")}
      />
      <FormActions saveId="guardian-save" busy={busy} error={errors.formError} onCancel={onCancel} />
    </form>
  );
}
