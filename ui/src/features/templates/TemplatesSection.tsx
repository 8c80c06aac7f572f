import { Fragment, useEffect, useState } from "react";
import { call, toIpcError, type IpcError } from "../../ipc/client";
import type { TemplateList } from "../../ipc/bindings/TemplateList";
import type { TemplateSummary } from "../../ipc/bindings/TemplateSummary";
import { errorText, t } from "../../i18n";
import { FormAlert, StatusMessage } from "../../components/ErrorText";
import { useTemplate } from "../stepplan/TemplateContext";

/** A refused template file says its line and field in the core's own Dutch; others by code. */
function problemText(error: IpcError): string {
  return error.code === "template_invalid" ? error.message : errorText(error.code);
}

interface Chosen {
  path: string;
  fileName: string | null;
  summary: TemplateSummary | null;
  problem: string | null;
}

/**
 * Instellingen → Sjabloon: the vault's templates (built in or imported, active, how many
 * casussen use each), importing a template file of a samenwerkingsverband (the core reads
 * and checks it; the check shows first, then "Importeren") and making one active.
 */
export function TemplatesSection() {
  const [list, setList] = useState<TemplateList | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { reload } = useTemplate();

  useEffect(() => {
    let current = true;
    call("template_list", null).then(
      (next) => current && setList(next),
      (e: unknown) => current && setLoadError(errorText(toIpcError(e).code)),
    );
    return () => {
      current = false;
    };
  }, []);

  async function choose() {
    setError(null);
    setDone(null);
    try {
      const file = await call("template_choose_file", null);
      if (file.path === null) return;
      const path = file.path;
      try {
        const summary = await call("template_check", { path });
        setChosen({ path, fileName: file.fileName, summary, problem: null });
      } catch (e) {
        setChosen({ path, fileName: file.fileName, summary: null, problem: problemText(toIpcError(e)) });
      }
    } catch (e) {
      setError(problemText(toIpcError(e)));
    }
  }

  async function importChosen() {
    if (!chosen?.summary || busy) return;
    setBusy(true);
    setError(null);
    try {
      setList(await call("template_import", { path: chosen.path }));
      setDone(t("templates.imported", { name: chosen.summary.name, version: chosen.summary.version }));
      setChosen(null);
    } catch (e) {
      setError(problemText(toIpcError(e)));
    } finally {
      setBusy(false);
    }
  }

  async function activate(id: string, version: number, name: string) {
    setError(null);
    setDone(null);
    try {
      setList(await call("template_activate", { id, version }));
      setDone(t("templates.activated", { name, version }));
      reload();
    } catch (e) {
      setError(problemText(toIpcError(e)));
    }
  }

  return (
    <section className="card" aria-labelledby="templates-heading">
      <h2 id="templates-heading">{t("templates.title")}</h2>
      <p className="muted">{t("templates.intro")}</p>
      <FormAlert text={loadError} />
      {list ? (
        <div className="table-wrap">
          <table className="data-table" id="templates-table">
            <caption className="visually-hidden">{t("templates.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("templates.name")}</th>
                <th scope="col">{t("templates.swv")}</th>
                <th scope="col">{t("templates.version")}</th>
                <th scope="col">{t("templates.kind")}</th>
                <th scope="col">{t("templates.cases")}</th>
                <th scope="col">{t("templates.state")}</th>
              </tr>
            </thead>
            <tbody>
              {list.templates.map((item) => {
                const s = item.summary;
                return (
                  <tr key={`${s.id}-${s.version}`} data-testid="template-row">
                    <th scope="row">{s.name}</th>
                    <td>{s.swvName}</td>
                    <td>{s.version}</td>
                    <td>{item.builtin ? t("templates.builtin") : t("templates.importedKind")}</td>
                    <td>{item.cases}</td>
                    <td>
                      {item.active ? (
                        <strong>{t("templates.active")}</strong>
                      ) : (
                        <button type="button" className="button button-secondary" onClick={() => void activate(s.id, s.version, s.name)}>
                          {t("templates.activate", { name: s.name, version: s.version })}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="muted" id="templates-activate-hint">
        {t("templates.activateHint")}
      </p>
      <h3 id="templates-import-heading">{t("templates.importTitle")}</h3>
      <p className="muted">{t("templates.importIntro")}</p>
      <div className="button-row">
        <button id="template-choose" type="button" className="button button-secondary" onClick={() => void choose()}>
          {t("templates.choose")}
        </button>
      </div>
      {chosen ? (
        <div aria-labelledby="template-check-heading" role="group" className="template-check">
          <h4 id="template-check-heading">{t("templates.checkTitle", { file: chosen.fileName ?? "" })}</h4>
          {chosen.problem ? <FormAlert id="template-problem" text={chosen.problem} /> : null}
          {chosen.summary ? <SummaryView summary={chosen.summary} /> : null}
          {chosen.summary ? (
            <div className="button-row">
              <button id="template-import" type="button" className="button button-primary" disabled={busy} onClick={() => void importChosen()}>
                {busy ? t("common.saving") : t("templates.import")}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setChosen(null)}>
                {t("common.cancel")}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
      <FormAlert text={error} />
      <StatusMessage id="templates-done" text={done} />
    </section>
  );
}

/** What the file holds, as the core's check summarised it. */
function SummaryView({ summary }: { summary: TemplateSummary }) {
  const rows: [string, string][] = [
    [t("templates.name"), `${summary.name} (${summary.id}, ${t("templates.versionN", { version: summary.version })})`],
    [t("templates.swv"), summary.swvName],
    [t("templates.steps"), summary.steps.join(" · ")],
    [t("templates.escalation"), summary.escalationSteps.join(" · ")],
    [t("templates.checklist"), summary.checklist.join(" · ")],
    [t("templates.contacts"), summary.contacts.join(" · ")],
  ];
  return (
    <dl className="details" id="template-summary">
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
