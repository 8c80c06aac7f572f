import { useState, type FormEvent } from "react";
import type { EducationType } from "../../ipc/bindings/EducationType";
import type { Pupil } from "../../ipc/bindings/Pupil";
import type { PupilInput } from "../../ipc/bindings/PupilInput";
import { errorText, t } from "../../i18n";
import { DateField, SelectField, TextAreaField, TextField } from "../../components/Field";
import { useFormErrors } from "../../lib/useFormErrors";
import { formatDate, parseDateInput } from "../../lib/dates";
import { FormAlert } from "../../components/ErrorText";
import { educationOptions, useEducationTypes, wordingLabel } from "./education";
import "./pupils.css";
import { FormActions } from "../../components/FormActions";

const FIELD_IDS = {
  firstName: "pupil-firstName",
  surnamePrefix: "pupil-surnamePrefix",
  lastName: "pupil-lastName",
  birthDate: "pupil-birthDate",
  educationType: "pupil-educationType",
  grade: "pupil-grade",
  school: "pupil-school",
  contactPerson: "pupil-contactPerson",
  notes: "pupil-notes",
};

interface Values {
  firstName: string;
  surnamePrefix: string;
  lastName: string;
  birthDate: string;
  educationType: EducationType;
  grade: string;
  school: string;
  contactPerson: string;
  notes: string;
}

function initialValues(p: Pupil | undefined): Values {
  return {
    firstName: p?.firstName ?? "",
    surnamePrefix: p?.surnamePrefix ?? "",
    lastName: p?.lastName ?? "",
    birthDate: p ? formatDate(p.birthDate) : "",
    educationType: p?.educationType ?? "po",
    grade: p ? String(p.grade) : "",
    school: p?.school ?? "",
    contactPerson: p?.contactPerson ?? "",
    notes: p?.notes ?? "",
  };
}

function orNull(s: string): string | null {
  return s.trim() === "" ? null : s.trim();
}

interface PupilFormProps {
  initial?: Pupil | undefined;
  /** Sends the input to the backend; rejects with an IpcError. */
  save: (input: PupilInput) => Promise<void>;
  onCancel: () => void;
}

/** Add or edit a pupil. Errors from the backend appear under their field; input is kept. */
export function PupilForm({ initial, save, onCancel }: PupilFormProps) {
  const [v, setV] = useState<Values>(() => initialValues(initial));
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(FIELD_IDS);
  const set = <K extends keyof Values>(key: K) => (value: Values[K]) => setV((old) => ({ ...old, [key]: value }));
  const types = useEducationTypes();
  // The core says which stage, grades and mentor an onderwijstype has.
  const info = types.data?.types.find((type) => type.educationType === v.educationType);
  const hasContactPerson = info?.hasContactPerson ?? false;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const gradeText = v.grade.trim();
    const grade = Number(gradeText);
    if (gradeText === "" || !Number.isFinite(grade)) {
      errors.setLocal(gradeText === "" ? "required" : "grade_out_of_range", "grade");
      return;
    }
    const input: PupilInput = {
      firstName: v.firstName.trim(),
      surnamePrefix: orNull(v.surnamePrefix),
      lastName: v.lastName.trim(),
      birthDate: parseDateInput(v.birthDate),
      educationType: v.educationType,
      grade,
      school: v.school.trim(),
      contactPerson: hasContactPerson ? orNull(v.contactPerson) : null,
      notes: orNull(v.notes),
    };
    setBusy(true);
    errors.clear();
    try {
      await save(input);
    } catch (err) {
      errors.setError(err);
      setBusy(false);
    }
  }

  return (
    <form
      className="form"
      onSubmit={submit}
      noValidate
      aria-busy={busy}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      {types.error ? <FormAlert text={errorText(types.error.code)} /> : null}
      <div className="form-grid">
        <TextField id="pupil-firstName" label={t("pupils.firstName")} value={v.firstName} onChange={set("firstName")} error={errors.fieldError("firstName")} />
        <TextField
          id="pupil-surnamePrefix"
          label={t("pupils.surnamePrefix")}
          optional
          value={v.surnamePrefix}
          onChange={set("surnamePrefix")}
          error={errors.fieldError("surnamePrefix")}
          inputClassName="input-short"
          spellCheck={false}
        />
        <TextField
          id="pupil-lastName"
          label={t("pupils.lastName")}
          hint={t("pupils.lastNameHint")}
          value={v.lastName}
          onChange={set("lastName")}
          error={errors.fieldError("lastName")}
        />
        <DateField id="pupil-birthDate" label={t("pupils.birthDate")} value={v.birthDate} onChange={set("birthDate")} error={errors.fieldError("birthDate")} />
        <SelectField
          id="pupil-educationType"
          label={t("education.label")}
          value={v.educationType}
          onChange={set("educationType")}
          options={educationOptions(types.data?.types ?? [])}
          error={errors.fieldError("educationType")}
        />
        <TextField
          id="pupil-grade"
          label={info ? wordingLabel(info.stage, "grade") : t("education.gradeLabel")}
          type="number"
          inputMode="numeric"
          min={info?.minGrade ?? 1}
          max={info?.maxGrade}
          value={v.grade}
          onChange={set("grade")}
          error={errors.fieldError("grade")}
          inputClassName="input-short"
        />
        <TextField id="pupil-school" label={t("pupils.school")} value={v.school} onChange={set("school")} error={errors.fieldError("school")} />
        {info && hasContactPerson ? (
          <TextField
            id="pupil-contactPerson"
            label={wordingLabel(info.stage, "classContact")}
            hint={t("pupils.contactPersonHint")}
            optional
            value={v.contactPerson}
            onChange={set("contactPerson")}
            error={errors.fieldError("contactPerson")}
          />
        ) : null}
      </div>
      <TextAreaField id="pupil-notes" label={t("pupils.notes")} optional value={v.notes} onChange={set("notes")} error={errors.fieldError("notes")} />
      <FormActions saveId="pupil-save" busy={busy} error={errors.formError} onCancel={onCancel} />
    </form>
  );
}
