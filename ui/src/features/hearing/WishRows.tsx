import { useRef } from "react";
import { t } from "../../i18n";
import { SelectField, TextAreaField } from "../../components/Field";
import { useFocusAfterRender } from "../../lib/useFocusAfterRender";
import { responseOptions } from "./labels";
import { emptyWish, type WishRow } from "./rows";

interface WishRowsProps {
  /** Element id prefix: the row's fields are `<prefix>-<index>-words|response|reason`. */
  idPrefix: string;
  title: string;
  rows: WishRow[];
  onChange: (rows: WishRow[]) => void;
  /** The core's error for a request field (`wishes[0].reason`), in Dutch. */
  fieldError: (field: string) => string | undefined;
}

/**
 * Wishes of the pupil or the parents, each with what the school does with it and why: the
 * same rows in the hoorgesprek and the zienswijze ouders. Rows can be added and removed.
 */
export function WishRows({ idPrefix, title, rows, onChange, fieldError }: WishRowsProps) {
  const addRef = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const change = (index: number, patch: Partial<WishRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const add = () => {
    onChange([...rows, emptyWish()]);
    focusAfterRender(() => document.getElementById(`${idPrefix}-${rows.length}-words`));
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    focusAfterRender(() => addRef.current);
  };
  return (
    <fieldset className="fieldset hearing-rows" data-testid={`${idPrefix}-rows`}>
      <legend>{title}</legend>
      {rows.length === 0 ? <p className="muted">{t("hearing.noWishes")}</p> : null}
      {fieldError("wishes") ? <p className="field-error">{fieldError("wishes")}</p> : null}
      {rows.map((row, index) => {
        const n = index + 1;
        const id = `${idPrefix}-${index}`;
        return (
          <div key={index} className="hearing-row" role="group" aria-label={t("hearing.wish", { n })} data-testid="wish-row">
            <TextAreaField
              id={`${id}-words`}
              label={t("hearing.wishWords", { n })}
              value={row.words}
              onChange={(words) => change(index, { words })}
              error={fieldError(`wishes[${index}].words`)}
              rows={2}
            />
            <SelectField
              id={`${id}-response`}
              label={t("hearing.wishResponse", { n })}
              value={row.response}
              onChange={(response) => change(index, { response })}
              options={[{ value: "" as const, label: t("hearing.wishNoResponse") }, ...responseOptions()]}
              error={fieldError(`wishes[${index}].response`)}
            />
            <TextAreaField
              id={`${id}-reason`}
              label={t("hearing.wishReason", { n })}
              hint={t("hearing.wishReasonHint")}
              value={row.reason}
              onChange={(reason) => change(index, { reason })}
              error={fieldError(`wishes[${index}].reason`)}
              rows={2}
            />
            <button type="button" className="button button-small button-secondary" onClick={() => remove(index)}>
              {t("hearing.removeWish", { n })}
            </button>
          </div>
        );
      })}
      <button ref={addRef} id={`${idPrefix}-add`} type="button" className="button button-secondary" onClick={add}>
        {t("hearing.addWish")}
      </button>
    </fieldset>
  );
}

interface LineRowsProps {
  idPrefix: string;
  /** The request field (`childGoals`); row errors are `childGoals[0]`. */
  field: string;
  title: string;
  intro: string;
  rowLabel: (n: number) => string;
  removeLabel: (n: number) => string;
  addLabel: string;
  emptyText: string;
  rows: string[];
  onChange: (rows: string[]) => void;
  fieldError: (field: string) => string | undefined;
}

/** One-line entries (kinddoelen), added and removed by row. */
export function LineRows(p: LineRowsProps) {
  const addRef = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  return (
    <fieldset className="fieldset hearing-rows" data-testid={`${p.idPrefix}-rows`}>
      <legend>{p.title}</legend>
      <p className="field-hint">{p.intro}</p>
      {p.rows.length === 0 ? <p className="muted">{p.emptyText}</p> : null}
      {p.rows.map((row, index) => {
        const id = `${p.idPrefix}-${index}`;
        const error = p.fieldError(`${p.field}[${index}]`);
        return (
          <div key={index} className={error ? "field field-invalid hearing-line" : "field hearing-line"}>
            <label htmlFor={id}>{p.rowLabel(index + 1)}</label>
            <div className="hearing-line-input">
              <input
                id={id}
                type="text"
                value={row}
                autoComplete="off"
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onChange={(e) => p.onChange(p.rows.map((r, i) => (i === index ? e.target.value : r)))}
              />
              <button
                type="button"
                className="button button-small button-secondary"
                onClick={() => {
                  p.onChange(p.rows.filter((_, i) => i !== index));
                  focusAfterRender(() => addRef.current);
                }}
              >
                {p.removeLabel(index + 1)}
              </button>
            </div>
            {error ? (
              <p id={`${id}-error`} className="field-error" role="alert">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      <button
        ref={addRef}
        id={`${p.idPrefix}-add`}
        type="button"
        className="button button-secondary"
        onClick={() => {
          p.onChange([...p.rows, ""]);
          focusAfterRender(() => document.getElementById(`${p.idPrefix}-${p.rows.length}`));
        }}
      >
        {p.addLabel}
      </button>
    </fieldset>
  );
}
