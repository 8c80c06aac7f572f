import { useRef, useState } from "react";
import { call, toIpcError } from "../../ipc/client";
import type { Guardian } from "../../ipc/bindings/Guardian";
import type { PupilDetail } from "../../ipc/bindings/PupilDetail";
import { errorText, t } from "../../i18n";
import { ConfirmInline } from "../../components/ConfirmInline";
import { FormAlert } from "../../components/ErrorText";
import { GuardianForm } from "./GuardianForm";
import { relationText } from "./relations";
import "./guardians.css";
import { useFocusAfterRender } from "../../lib/useFocusAfterRender";

type Mode = { kind: "list" } | { kind: "add" } | { kind: "edit"; guardian: Guardian } | { kind: "remove"; guardian: Guardian };

interface GuardianSectionProps {
  pupilId: string;
  guardians: Guardian[];
  onChange: (detail: PupilDetail) => void;
}

/** "Ouders/verzorgers" on the pupil page: list, add, edit, remove (with a confirm step). */
export function GuardianSection({ pupilId, guardians, onChange }: GuardianSectionProps) {
  const [mode, setMode] = useState<Mode>({ kind: "list" });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const addRef = useRef<HTMLButtonElement>(null);

  const focusAfterRender = useFocusAfterRender();
  const backToList = (focusId?: string) => {
    setMode({ kind: "list" });
    // Return focus to where the user came from once the list is back.
    focusAfterRender(() => (focusId ? document.getElementById(focusId) : null) ?? addRef.current);
  };

  async function remove(g: Guardian) {
    setBusy(true);
    setError(null);
    try {
      onChange(await call("guardian_remove", { id: g.id }));
      backToList();
    } catch (e) {
      setError(errorText(toIpcError(e).code));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="guardians-heading">
      <div className="section-head">
        <h2 id="guardians-heading">{t("guardians.title")}</h2>
        {mode.kind === "list" ? (
          <button ref={addRef} id="add-guardian" type="button" className="button button-secondary" onClick={() => setMode({ kind: "add" })}>
            {t("guardians.add")}
          </button>
        ) : null}
      </div>
      <FormAlert text={error} />
      {guardians.length === 0 ? (
        <p className="empty-state">{t("guardians.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t("guardians.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("guardians.name")}</th>
                <th scope="col">{t("guardians.relation")}</th>
                <th scope="col">{t("guardians.authority")}</th>
                <th scope="col">{t("guardians.phone")}</th>
                <th scope="col">{t("guardians.email")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("common.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {guardians.map((g) => (
                <tr key={g.id} data-testid="guardian-row">
                  <th scope="row">{g.fullName}</th>
                  <td>{relationText(g.relation)}</td>
                  <td>{g.hasAuthority ? t("common.yes") : t("common.no")}</td>
                  <td>{g.phone ?? t("common.empty")}</td>
                  <td className="break">{g.email ?? t("common.empty")}</td>
                  <td className="actions">
                    <button
                      type="button"
                      id={`guardian-edit-${g.id}`}
                      className="button button-small button-secondary"
                      onClick={() => setMode({ kind: "edit", guardian: g })}
                      aria-label={t("guardians.editOne", { name: g.fullName })}
                    >
                      {t("common.edit")}
                    </button>
                    <button
                      type="button"
                      id={`guardian-remove-${g.id}`}
                      className="button button-small button-danger-quiet"
                      onClick={() => setMode({ kind: "remove", guardian: g })}
                      aria-label={t("guardians.removeOne", { name: g.fullName })}
                    >
                      {t("common.remove")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mode.kind === "remove" ? (
        <ConfirmInline
          message={t("guardians.confirmRemove", { name: mode.guardian.fullName })}
          confirmLabel={t("guardians.confirmRemoveYes")}
          busy={busy}
          onConfirm={() => void remove(mode.guardian)}
          onCancel={() => backToList(`guardian-remove-${mode.guardian.id}`)}
        />
      ) : null}
      {mode.kind === "add" ? (
        <GuardianForm
          save={async (guardian) => {
            onChange(await call("guardian_add", { pupilId, guardian }));
            backToList();
          }}
          onCancel={() => backToList()}
        />
      ) : null}
      {mode.kind === "edit" ? (
        <GuardianForm
          key={mode.guardian.id}
          initial={mode.guardian}
          save={async (guardian) => {
            onChange(await call("guardian_update", { id: mode.guardian.id, guardian }));
            backToList(`guardian-edit-${mode.guardian.id}`);
          }}
          onCancel={() => backToList(`guardian-edit-${mode.guardian.id}`)}
        />
      ) : null}
    </section>
  );
}
