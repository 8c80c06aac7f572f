import { useEffect, useId, useRef } from "react";
import { t } from "../i18n";

interface ConfirmInlineProps {
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
}

/** A confirm step shown in place: focus lands on "Annuleren"; Escape cancels. */
export function ConfirmInline({ message, confirmLabel, onConfirm, onCancel, busy = false }: ConfirmInlineProps) {
  const messageId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancelRef.current?.focus();
  }, []);
  return (
    <div
      className="confirm"
      role="group"
      aria-labelledby={messageId}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <p id={messageId} className="confirm-message">
        {message}
      </p>
      <div className="button-row">
        <button type="button" className="button button-danger" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
        <button type="button" className="button button-secondary" ref={cancelRef} onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </div>
  );
}
