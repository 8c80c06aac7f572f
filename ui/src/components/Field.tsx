import type { ReactNode, Ref } from "react";
import { ErrorText } from "./ErrorText";
import { t } from "../i18n";

interface FieldShellProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  optional?: boolean | undefined;
  className?: string | undefined;
  /** Ids of further descriptions, e.g. a live strength hint. */
  describedBy?: string | undefined;
  children: (aria: { "aria-describedby"?: string; "aria-invalid"?: true }) => ReactNode;
}

/** Label, hint, control and error in one block, wired with `for` and aria-describedby. */
export function FieldShell({ id, label, hint, error, optional, className, describedBy: extra, children }: FieldShellProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, extra, errorId].filter(Boolean).join(" ");
  const aria: { "aria-describedby"?: string; "aria-invalid"?: true } = {};
  if (describedBy) aria["aria-describedby"] = describedBy;
  if (error) aria["aria-invalid"] = true;
  return (
    <div className={["field", error ? "field-invalid" : "", className ?? ""].join(" ").trim()}>
      <label htmlFor={id}>
        {label}
        {optional ? <span className="field-optional"> {t("common.optional")}</span> : null}
      </label>
      {children(aria)}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <ErrorText id={`${id}-error`} text={error} />
    </div>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "password" | "email" | "tel" | "number";
  hint?: string | undefined;
  error?: string | undefined;
  optional?: boolean;
  required?: boolean;
  placeholder?: string;
  autoComplete?: string;
  inputMode?: "text" | "numeric" | "email" | "tel";
  min?: number;
  max?: number;
  autoFocus?: boolean;
  spellCheck?: boolean;
  className?: string;
  inputClassName?: string;
  inputRef?: Ref<HTMLInputElement>;
  describedBy?: string;
}

export function TextField(props: TextFieldProps) {
  const { id, label, value, onChange, type = "text", hint, error, optional, className } = props;
  return (
    <FieldShell
      id={id}
      label={label}
      hint={hint}
      error={error}
      optional={optional}
      className={className}
      describedBy={props.describedBy}
    >
      {(aria) => (
        <input
          id={id}
          name={id}
          ref={props.inputRef}
          type={type}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          required={props.required}
          placeholder={props.placeholder}
          autoComplete={props.autoComplete ?? "off"}
          inputMode={props.inputMode}
          min={props.min}
          max={props.max}
          autoFocus={props.autoFocus}
          spellCheck={props.spellCheck}
          className={props.inputClassName}
          {...aria}
        />
      )}
    </FieldShell>
  );
}

/** A date as text (`dd-mm-jjjj`); the caller converts with `parseDateInput`. */
export function DateField(props: Omit<TextFieldProps, "type" | "placeholder" | "hint" | "inputMode">) {
  return (
    <TextField
      {...props}
      type="text"
      placeholder={t("common.datePlaceholder")}
      hint={t("common.dateHint")}
      inputClassName="input-date"
    />
  );
}

interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | undefined;
  optional?: boolean;
  rows?: number;
}

export function TextAreaField({ id, label, value, onChange, hint, error, optional, rows = 4 }: TextAreaFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional}>
      {(aria) => (
        <textarea id={id} name={id} value={value} rows={rows} onChange={(e) => onChange(e.target.value)} {...aria} />
      )}
    </FieldShell>
  );
}

interface SelectFieldProps<V extends string> {
  id: string;
  label: string;
  value: V;
  onChange: (value: V) => void;
  options: ReadonlyArray<{ value: V; label: string }>;
  hint?: string;
  error?: string | undefined;
}

export function SelectField<V extends string>({ id, label, value, onChange, options, hint, error }: SelectFieldProps<V>) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(aria) => (
        <select
          id={id}
          name={id}
          value={value}
          onChange={(e) => {
            const picked = options.find((o) => o.value === e.target.value);
            if (picked) onChange(picked.value);
          }}
          {...aria}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

interface CheckboxFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
}

export function CheckboxField({ id, label, checked, onChange, error }: CheckboxFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className={error ? "field field-checkbox field-invalid" : "field field-checkbox"}>
      <input
        id={id}
        name={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      <label htmlFor={id}>{label}</label>
      <ErrorText id={errorId} text={error} />
    </div>
  );
}
