import { useEffect, useRef, useState } from "react";
import { call, toIpcError } from "../../ipc/client";
import type { PupilSummary } from "../../ipc/bindings/PupilSummary";
import { errorText, t } from "../../i18n";
import { PageHeading } from "../../components/PageHeading";
import { CheckboxField, TextField } from "../../components/Field";
import { FormAlert } from "../../components/ErrorText";
import { Link } from "../../components/Link";
import { navigate } from "../../app/router";
import { formatDate } from "../../lib/dates";
import { educationSummary } from "./education";
import "./pupils.css";

export const SEARCH_DEBOUNCE_MS = 200;

/** Leerlingen: search by name, optionally including archived pupils. Shown in the core's
 * order (surname without tussenvoegsel, then first name); the UI never re-sorts. */
export function PupilList() {
  const [query, setQuery] = useState("");
  const [debounced, setDebounced] = useState("");
  const [includeArchived, setIncludeArchived] = useState(false);
  const [pupils, setPupils] = useState<PupilSummary[] | null>(null);
  const [searched, setSearched] = useState("");
  const [error, setError] = useState<string | null>(null);
  const requestNo = useRef(0);

  useEffect(() => {
    const handle = window.setTimeout(() => setDebounced(query.trim()), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(handle);
  }, [query]);

  useEffect(() => {
    const no = ++requestNo.current;
    call("pupil_list", { query: debounced === "" ? null : debounced, includeArchived, limit: null }).then(
      (res) => {
        if (no !== requestNo.current) return;
        setPupils(res.pupils);
        setSearched(debounced);
        setError(null);
      },
      (e: unknown) => {
        if (no !== requestNo.current) return;
        setError(errorText(toIpcError(e).code));
      },
    );
  }, [debounced, includeArchived]);

  let summary = "";
  if (pupils !== null) {
    if (pupils.length === 0) {
      summary = searched === "" ? t("pupils.empty") : t("pupils.noResults", { query: searched });
    } else {
      summary = pupils.length === 1 ? t("pupils.countOne") : t("pupils.count", { count: pupils.length });
    }
  }

  return (
    <div>
      <div className="page-title-row">
        <PageHeading>{t("pupils.listTitle")}</PageHeading>
        <button id="add-pupil" type="button" className="button button-primary" onClick={() => navigate({ name: "pupil-new" })}>
          {t("pupils.add")}
        </button>
      </div>
      <div className="toolbar" role="search">
        <TextField
          id="pupil-search"
          label={t("pupils.search")}
          value={query}
          onChange={setQuery}
          className="toolbar-search"
          spellCheck={false}
        />
        <CheckboxField
          id="pupil-show-archived"
          label={t("pupils.showArchived")}
          checked={includeArchived}
          onChange={setIncludeArchived}
        />
      </div>
      <FormAlert text={error} />
      <p className={pupils !== null && pupils.length === 0 ? "empty-state" : "result-count"} role="status" aria-live="polite">
        {pupils === null && !error ? t("common.loading") : summary}
      </p>
      {pupils !== null && pupils.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t("pupils.tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("pupils.colName")}</th>
                <th scope="col">{t("pupils.colBirthDate")}</th>
                <th scope="col">{t("pupils.colEducation")}</th>
                <th scope="col">{t("pupils.colSchool")}</th>
                <th scope="col" className="numeric">
                  {t("pupils.colOpenCases")}
                </th>
              </tr>
            </thead>
            <tbody>
              {pupils.map((p) => (
                <tr key={p.id} data-testid="pupil-row" className={p.archived ? "row-archived" : undefined}>
                  <th scope="row">
                    <Link to={{ name: "pupil", id: p.id }}>
                      {p.listName}
                    </Link>
                    {p.archived ? <span className="badge">{t("pupils.archivedBadge")}</span> : null}
                  </th>
                  <td className="nowrap">{formatDate(p.birthDate)}</td>
                  <td>{educationSummary(p.educationType, p.stage, p.grade)}</td>
                  <td>{p.school}</td>
                  <td className="numeric">{p.openCases}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
