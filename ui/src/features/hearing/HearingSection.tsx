import { useState } from "react";
import { call } from "../../ipc/client";
import { errorText, t } from "../../i18n";
import { FormAlert, StatusMessage } from "../../components/ErrorText";
import { href } from "../../app/router";
import { formatDate } from "../../lib/dates";
import { useLoad } from "../../lib/useLoad";
import { useTemplate } from "../stepplan/TemplateContext";
import { takeFlash } from "./flash";
import { bandText, momentText } from "./labels";
import "./hearing.css";

/**
 * "Hoorrecht" on the pupil page: the notice when a hoorgesprek is due, the hoorgesprekken and
 * zienswijzen ouders (newest first, as the core sends them), and the buttons to add one.
 */
export function HearingSection({ pupilId }: { pupilId: string }) {
  const loaded = useLoad(() => call("hearing_list", { id: pupilId }), pupilId);
  const { template } = useTemplate();
  const [flash] = useState(takeFlash);
  const page = loaded.data;
  return (
    <section className="card hearing-section" aria-labelledby="hearing-heading" data-testid="hearing-section">
      <div className="section-head">
        <h2 id="hearing-heading">{t("hearing.sectionTitle")}</h2>
        <div className="button-row button-row-tight">
          <a id="hearing-new" data-testid="hearing-new" className="button button-secondary" href={href({ name: "hearing", id: pupilId, recordId: null })}>
            {t("hearing.newHearing")}
          </a>
          <a id="parent-view-new" data-testid="parent-view-new" className="button button-secondary" href={href({ name: "parent-view", id: pupilId, recordId: null })}>
            {t("hearing.newParentView")}
          </a>
        </div>
      </div>
      <StatusMessage text={flash} />
      {loaded.error ? <FormAlert text={errorText(loaded.error.code)} /> : null}
      {page?.hearingDueSince ? (
        <p className="hearing-due" role="note" data-testid="hearing-due">
          {t("hearing.dueNotice", { date: formatDate(page.hearingDueSince) })}
        </p>
      ) : null}
      {page ? (
        <>
          <p className="muted">{t("hearing.sectionIntro")}</p>
          <h3>{t("hearing.hearingsTitle")}</h3>
          {page.hearings.length === 0 ? (
            <p className="empty-state">{t("hearing.noHearings")}</p>
          ) : (
            <div className="table-wrap">
              <table className="data-table">
                <caption className="visually-hidden">{t("hearing.hearingsTitle")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("hearing.colDate")}</th>
                    <th scope="col">{t("hearing.colMoment")}</th>
                    <th scope="col">{t("hearing.colQuestionSet")}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.hearings.map((h) => (
                    <tr key={h.id} data-testid="hearing-row">
                      <th scope="row" className="nowrap">
                        <a href={href({ name: "hearing", id: pupilId, recordId: h.id })} aria-label={t("hearing.openHearing", { date: formatDate(h.hearing.heldOn) })}>
                          {formatDate(h.hearing.heldOn)}
                        </a>
                      </th>
                      <td>{momentText(h.hearing.moment)}</td>
                      <td>{bandText(template, h.hearing.ageBand)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3 className="hearing-subheading">{t("hearing.parentViewsTitle")}</h3>
          {page.parentViews.length === 0 ? (
            <p className="empty-state">{t("hearing.noParentViews")}</p>
          ) : (
            <div className="table-wrap">
              <table className="data-table">
                <caption className="visually-hidden">{t("hearing.parentViewsTitle")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("hearing.colDate")}</th>
                    <th scope="col">{t("hearing.colMoment")}</th>
                    <th scope="col">{t("hearing.colGivenBy")}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.parentViews.map((v) => (
                    <tr key={v.id} data-testid="parent-view-row">
                      <th scope="row" className="nowrap">
                        <a href={href({ name: "parent-view", id: pupilId, recordId: v.id })} aria-label={t("hearing.openParentView", { date: formatDate(v.view.givenOn) })}>
                          {formatDate(v.view.givenOn)}
                        </a>
                      </th>
                      <td>{momentText(v.view.moment)}</td>
                      <td>{v.givenBy.join(", ")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}
