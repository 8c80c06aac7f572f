import { useState } from "react";
import { call, toIpcError } from "../../ipc/client";
import type { ChecklistLine } from "../../ipc/bindings/ChecklistLine";
import type { PupilTlvs } from "../../ipc/bindings/PupilTlvs";
import type { TlvView } from "../../ipc/bindings/TlvView";
import { errorText, t } from "../../i18n";
import { FormAlert } from "../../components/ErrorText";

/**
 * The dossier checklist as the core evaluated it: each line ✓ with where Ibis found it
 * ("uit: …") or what is missing ("ontbreekt", or the core's own words). Items the template marks
 * as ticked by hand are checkboxes while the aanvraag can change; a tick saves the aanvraag with
 * its `checked` keys and the page shows the core's new answer.
 */
export function Checklist({ view, onChanged }: { view: TlvView; onChanged: (page: PupilTlvs, message: string) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const total = view.checklist.length;
  const headingId = `tlv-${view.id}-checklist`;
  const toggle = async (line: ChecklistLine, checked: boolean) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const request = view.tlv.request;
    const keys = request.checked.filter((key) => key !== line.key);
    try {
      const saved = await call("tlv_save", {
        id: view.id,
        pupilId: view.pupilId,
        request: { ...request, checked: checked ? [...keys, line.key] : keys },
      });
      onChanged(saved.page, t("tlv.manualSaved"));
    } catch (e) {
      setError(errorText(toIpcError(e).code));
    }
    setBusy(false);
  };
  return (
    <div className="tlv-checklist" data-testid="tlv-checklist">
      <h3 id={headingId}>{t("tlv.checklistTitle")}</h3>
      <p data-testid="tlv-checklist-count">{t("tlv.checklistCount", { done: total - view.missing, total })}</p>
      <FormAlert text={error} />
      <ul aria-labelledby={headingId}>
        {view.checklist.map((line) => (
          <li key={line.key} className={line.done ? "tlv-check tlv-check-done" : "tlv-check tlv-check-missing"} data-testid="tlv-check">
            {line.manual && view.editable ? (
              <span className="field-checkbox">
                <input
                  id={`tlv-${view.id}-check-${line.key}`}
                  type="checkbox"
                  checked={line.done}
                  disabled={busy}
                  onChange={(e) => void toggle(line, e.target.checked)}
                />
                <label htmlFor={`tlv-${view.id}-check-${line.key}`}>{line.label}</label>
              </span>
            ) : (
              <>
                <span className="tlv-mark" aria-hidden="true">
                  {line.done ? "✓" : "✗"}
                </span>{" "}
                <strong>{line.label}</strong>
              </>
            )}{" "}
            <span className="tlv-check-where">
              {line.done
                ? line.found.length > 0
                  ? `— ${t("tlv.foundFrom", { sources: line.found.map((found) => found.label).join("; ") })}`
                  : `— ${t("tlv.present")}`
                : `— ${line.missing ?? t("tlv.missing")}`}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
