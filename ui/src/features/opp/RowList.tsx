import { useRef, type ReactNode } from "react";
import type { ItemSource } from "../../ipc/bindings/ItemSource";
import { t } from "../../i18n";
import { useFocusAfterRender } from "../../lib/useFocusAfterRender";

interface RowListProps<R> {
  /** Element id prefix: a row's fields are `<prefix>-<index>-<field>`, its add button `<prefix>-add`. */
  idPrefix: string;
  title: string;
  intro?: string | undefined;
  /** "Doel 2": names the row for screen readers and its remove button. */
  rowLabel: (n: number) => string;
  addLabel: string;
  emptyText: string;
  rows: R[];
  onChange: (rows: R[]) => void;
  make: () => R;
  /** The id of the field that takes focus in a new row. */
  firstField: (index: number) => string;
  /** An error for the list as a whole (too many rows, none while one is needed). */
  listError?: string | undefined;
  source?: (row: R) => ItemSource | null;
  children: (row: R, index: number, change: (patch: Partial<R>) => void) => ReactNode;
}

/**
 * Rows of the OPP draft (factors, goals, support, …): each in its own labelled group, with where
 * it was pre-filled from in a muted line, removable; "toevoegen" focuses the new row.
 */
export function RowList<R>(p: RowListProps<R>) {
  const addRef = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const change = (index: number, patch: Partial<R>) =>
    p.onChange(p.rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="fieldset opp-rows" data-testid={`${p.idPrefix}-rows`}>
      <legend>{p.title}</legend>
      {p.intro ? <p className="field-hint">{p.intro}</p> : null}
      {p.rows.length === 0 ? <p className="muted">{p.emptyText}</p> : null}
      {p.listError ? (
        <p className="field-error" role="alert" id={`${p.idPrefix}-error`}>
          <span aria-hidden="true" className="field-error-icon">!</span> {p.listError}
        </p>
      ) : null}
      {p.rows.map((row, index) => {
        const n = index + 1;
        const source = p.source?.(row) ?? null;
        return (
          <div key={index} className="opp-row" role="group" aria-label={p.rowLabel(n)} data-testid={`${p.idPrefix}-row`}>
            {source ? (
              <p className="opp-source muted" data-testid="opp-source">
                {t("opp.sourceLine", { label: source.label })}
              </p>
            ) : null}
            <div className="opp-row-fields">{p.children(row, index, (patch) => change(index, patch))}</div>
            <button
              type="button"
              id={`${p.idPrefix}-${index}-remove`}
              className="button button-small button-secondary"
              onClick={() => {
                p.onChange(p.rows.filter((_, i) => i !== index));
                focusAfterRender(() => addRef.current);
              }}
            >
              {t("opp.removeRow", { row: p.rowLabel(n) })}
            </button>
          </div>
        );
      })}
      <button
        ref={addRef}
        id={`${p.idPrefix}-add`}
        type="button"
        className="button button-secondary"
        aria-describedby={p.listError ? `${p.idPrefix}-error` : undefined}
        onClick={() => {
          p.onChange([...p.rows, p.make()]);
          focusAfterRender(() => document.getElementById(p.firstField(p.rows.length)));
        }}
      >
        {p.addLabel}
      </button>
    </fieldset>
  );
}
