import { useCallback, useEffect, useState } from "react";
import { errorText } from "../i18n";
import { toIpcError, type IpcError } from "../ipc/client";
import type { ErrorCode } from "../ipc/bindings/ErrorCode";

/**
 * Error state for one form. `fieldIds` maps the request's camelCase field names to element ids.
 * A field error is shown under its field and focuses it; any other error is a form-level alert.
 */
export function useFormErrors(fieldIds: Readonly<Record<string, string>>) {
  const [error, setErrorState] = useState<IpcError | null>(null);

  const fieldId = error?.field ? fieldIds[error.field] : undefined;

  useEffect(() => {
    if (fieldId) document.getElementById(fieldId)?.focus();
  }, [error, fieldId]);

  const setError = useCallback((e: unknown) => setErrorState(e === null ? null : toIpcError(e)), []);
  const setLocal = useCallback(
    (code: ErrorCode, field: string | null) => setErrorState({ code, field, message: "" }),
    [],
  );
  const clear = useCallback(() => setErrorState(null), []);

  const fieldError = (field: string): string | undefined =>
    error && error.field === field && fieldId ? errorText(error.code) : undefined;

  // `locked` is handled by the app shell (it shows the unlock screen).
  const formError = error && !fieldId && error.code !== "locked" ? errorText(error.code) : null;

  return { error, setError, setLocal, clear, fieldError, formError };
}
