import { useRef, useState } from "react";
import { call } from "../../ipc/client";
import type { CaseSummary } from "../../ipc/bindings/CaseSummary";
import { t } from "../../i18n";
import { Link } from "../../components/Link";
import { navigate } from "../../app/router";
import { formatDate } from "../../lib/dates";
import { CaseForm } from "./CaseForm";
import { statusText } from "./labels";
import "./cases.css";
import { useFocusAfterRender } from "../../lib/useFocusAfterRender";

/** "Casussen" on the pupil page: the list and the form to open a new casus. */
export function CaseSection({ pupilId, cases }: { pupilId: string; cases: CaseSummary[] }) {
  const [opening, setOpening] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const sorted = [...cases].sort((a, b) => b.startDate.localeCompare(a.startDate));

  const focusAfterRender = useFocusAfterRender();
  const close = () => {
    setOpening(false);
    focusAfterRender(() => openRef.current);
  };

  return (
    <section className="card" aria-labelledby="cases-heading">
      <div className="section-head">
        <h2 id="cases-heading">{t("cases.title")}</h2>
        {!opening ? (
          <button ref={openRef} id="open-case" type="button" className="button button-secondary" onClick={() => setOpening(true)}>
            {t("cases.open")}
          </button>
        ) : null}
      </div>
      {sorted.length === 0 ? (
        <p className="empty-state">{t("cases.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t("cases.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("cases.caseTitle")}</th>
                <th scope="col">{t("cases.startDate")}</th>
                <th scope="col">{t("cases.status")}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((c) => (
                <tr key={c.id} data-testid="case-row">
                  <th scope="row">
                    <Link to={{ name: "case", id: c.id }}>{c.title}</Link>
                  </th>
                  <td className="nowrap">{formatDate(c.startDate)}</td>
                  <td>
                    <span className={`status status-${c.status}`}>{statusText(c.status)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {opening ? (
        <CaseForm
          heading={t("cases.openTitle")}
          save={async ({ title, startDate }) => {
            const detail = await call("case_open", {
              pupilId,
              title,
              startDate: startDate === "" ? null : startDate,
              templateId: null,
            });
            navigate({ name: "case", id: detail.case.id });
          }}
          onCancel={close}
        />
      ) : null}
    </section>
  );
}
