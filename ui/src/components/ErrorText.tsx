/** A field's error, announced when it appears and referenced by the field's aria-describedby. */
export function ErrorText({ id, text }: { id: string; text: string | null | undefined }) {
  if (!text) return null;
  return (
    <p id={id} className="field-error" role="alert">
      <span aria-hidden="true" className="field-error-icon">!</span> {text}
    </p>
  );
}

/** A form-level error (one that belongs to no single field). */
export function FormAlert({ id, text }: { id?: string; text: string | null | undefined }) {
  if (!text) return null;
  return (
    <div id={id} className="form-alert" role="alert">
      {text}
    </div>
  );
}

/** A quiet success message in a polite live region; the region stays in the DOM. */
export function StatusMessage({ id, text }: { id?: string; text: string | null | undefined }) {
  return (
    <div id={id} className={text ? "status-message" : "status-message-empty"} role="status" aria-live="polite">
      {text ?? ""}
    </div>
  );
}
