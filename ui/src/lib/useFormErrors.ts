import { useCallback, useEffect, useState } from "react";
import { errorText } from "../i18n";
import { toIpcError, type IpcError } from "../ipc/client";
import type { ErrorCode } from "../ipc/bindings/ErrorCode";

/**
 * Error state for one form. `fieldIds` maps the request's camelCase field names (a list item as
 * `results[2].rationale`) to element ids. Every field error the core reports is shown under its
 * field and the first one is focused; any other error is a form-level alert.
 */
export function useFormErrors(fieldIds: Readonly<Record<string, string>>) {
  const [error, setErrorState] = useState<IpcError | null>(null);

  const shown = (error?.fields ?? []).filter((entry) => fieldIds[entry.field] !== undefined);
  const firstFieldId = shown.length > 0 ? fieldIds[shown[0]!.field] : undefined;

  useEffect(() => {
    if (firstFieldId) document.getElementById(firstFieldId)?.focus();
  }, [error, firstFieldId]);

  const setError = useCallback((e: unknown) => setErrorState(e === null ? null : toIpcError(e)), []);
  const setLocal = useCallback(
    (code: ErrorCode, field: string | null) =>
      setErrorState({ code, field, message: "", fields: field ? [{ field, code }] : [] }),
    [],
  );
  const clear = useCallback(() => setErrorState(null), []);

  const fieldError = (field: string): string | undefined => {
    const entry = shown.find((candidate) => candidate.field === field);
    return entry ? errorText(entry.code) : undefined;
  };

  // `locked` is handled by the app shell (it shows the unlock screen).
  const formError = error && shown.length === 0 && error.code !== "locked" ? errorText(error.code) : null;

  return { error, setError, setLocal, clear, fieldError, formError };
}
