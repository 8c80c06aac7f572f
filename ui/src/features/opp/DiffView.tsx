import { useState, type FormEvent } from "react";
import { call, toIpcError } from "../../ipc/client";
import type { OppDiff } from "../../ipc/bindings/OppDiff";
import type { OppView } from "../../ipc/bindings/OppView";
import { errorText, t } from "../../i18n";
import { SelectField } from "../../components/Field";
import { FormAlert } from "../../components/ErrorText";

/**
 * "Versies vergelijken": two versions by number, and per changed section its lines marked
 * "Nieuw" or "Vervallen" — in words and with a symbol, never by colour alone.
 */
export function DiffView({ opp }: { opp: OppView }) {
  const numbers = opp.versions.map((v) => String(v.number));
  const [from, setFrom] = useState(numbers[numbers.length - 2] ?? numbers[0] ?? "");
  const [to, setTo] = useState(numbers[numbers.length - 1] ?? "");
  const [diff, setDiff] = useState<OppDiff | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (opp.versions.length < 2) return null;
  const options = numbers.map((n) => ({ value: n, label: t("opp.versionN", { n }) }));

  async function compare(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      setDiff(await call("opp_diff", { oppId: opp.id, from: Number(from), to: Number(to) }));
    } catch (err) {
      setError(errorText(toIpcError(err).code));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card opp-compare" aria-labelledby="opp-compare-heading" data-testid="opp-compare-section">
      <h2 id="opp-compare-heading">{t("opp.compareTitle")}</h2>
      <form className="opp-compare-form" onSubmit={compare} noValidate>
        <div className="form-grid">
          <SelectField id="opp-compare-from" label={t("opp.compareFrom")} value={from} onChange={setFrom} options={options} />
          <SelectField id="opp-compare-to" label={t("opp.compareTo")} value={to} onChange={setTo} options={options} />
        </div>
        <button id="opp-compare" data-testid="opp-compare" type="submit" className="button button-secondary" disabled={busy}>
          {t("opp.compare")}
        </button>
      </form>
      <FormAlert text={error} />
      <div aria-live="polite" data-testid="opp-diff">
        {diff ? (
          diff.sections.length === 0 ? (
            <p>{t("opp.diffNone", { from: diff.from, to: diff.to })}</p>
          ) : (
            <>
              <p className="muted">{t("opp.diffIntro", { from: diff.from, to: diff.to })}</p>
              {diff.sections.map((section) => (
                <div key={section.section} className="opp-diff-section" data-testid="opp-diff-section">
                  <h3>{section.title}</h3>
                  <ul className="opp-diff-lines">
                    {section.lines.map((line, i) => (
                      <li key={i} className={`opp-diff-${line.change}`}>
                        <span className="opp-diff-mark">
                          <span aria-hidden="true">{line.change === "added" ? "+ " : "− "}</span>
                          {line.change === "added" ? t("opp.diffAdded") : t("opp.diffRemoved")}:
                        </span>{" "}
                        <span className="preserve-lines">{line.text}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </>
          )
        ) : null}
      </div>
    </section>
  );
}
