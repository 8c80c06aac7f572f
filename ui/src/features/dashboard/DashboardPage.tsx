import { useState } from "react";
import { call } from "../../ipc/client";
import type { DashboardEntry as DashboardItem } from "../../ipc/bindings/DashboardEntry";
import type { DashboardKind } from "../../ipc/bindings/DashboardKind";
import type { Horizon } from "../../ipc/bindings/Horizon";
import type { Template } from "../../ipc/bindings/Template";
import { errorText, t } from "../../i18n";
import { PageHeading } from "../../components/PageHeading";
import { FormAlert } from "../../components/ErrorText";
import { Link } from "../../components/Link";
import { useLoad } from "../../lib/useLoad";
import { formatDate } from "../../lib/dates";
import { useTemplate } from "../stepplan/TemplateContext";
import { stepLabel } from "../stepplan/labels";
import { longDate } from "./longDate";
import { CalendarExport } from "./CalendarExport";
import { type DashboardFilter, filterItems, groupByHorizon, HORIZONS, kindOptions, NO_FILTER, schoolOptions } from "./filters";
import type { Route } from "../../app/router";
import "./dashboard.css";

function daysText(item: DashboardItem): string {
  switch (item.kind) {
    case "evaluation_overdue":
      return item.days === 1 ? t("dashboard.daysOverdueOne") : t("dashboard.daysOverdue", { days: item.days });
    case "evaluation_due_this_week":
    case "evaluation_planned":
    case "step_due":
      if (item.days === 0) return t("dashboard.dueToday");
      return item.days === 1 ? t("dashboard.dueInOne") : t("dashboard.dueIn", { days: item.days });
    case "step_waiting":
      return t("dashboard.waitingDays", { days: item.days });
    case "evaluation_date_missing":
      return item.days === 0 ? t("dashboard.dateMissingToday") : t("dashboard.dateMissingDays", { days: item.days });
    case "hearing_due":
      return item.days === 0 ? t("dashboard.hearingDueToday") : t("dashboard.hearingDueDays", { days: item.days });
    case "home_stay":
    case "home_stay_long":
      return t("dashboard.homeDays", { days: item.days });
    case "absence_report_due":
    case "opp_not_established":
    case "opp_establish_due":
    case "opp_consent_open":
    case "opp_consent_due":
    case "opp_evaluation_due":
    case "enrolment_decision_due":
    case "tlv_objection_deadline":
    case "tlv_objection_decision_due":
    case "tlv_renewal_due":
    case "tlv_ending":
    case "escalation_gpo_deadline":
    case "escalation_board_objection_deadline":
      if (item.daysLate > 0) return item.daysLate === 1 ? t("dashboard.oppDaysLateOne") : t("dashboard.oppDaysLate", { days: item.daysLate });
      return item.days === 0 ? t("dashboard.oppDueToday") : t("dashboard.oppDueIn", { days: item.days });
    case "enrolment_temporary_placement":
      return t("dashboard.enrolmentPlacedSince", { date: formatDate(item.dueDate) });
    case "escalation_consultant_available":
      return t("dashboard.consultantSince", { date: formatDate(item.dueDate) });
  }
}

function whenText(item: DashboardItem): string {
  const date = formatDate(item.date);
  switch (item.kind) {
    case "evaluation_overdue":
    case "evaluation_due_this_week":
    case "evaluation_planned":
      return t("dashboard.evaluationDate", { date });
    case "evaluation_date_missing":
      return t("dashboard.carriedOn", { date });
    case "step_waiting":
    case "step_due":
      return t("dashboard.currentSince", { date });
    case "hearing_due":
      return item.subject ?? t("dashboard.neverHeard", { date });
    case "opp_not_established":
    case "opp_establish_due":
      return item.subject ?? t("dashboard.oppClockStart", { date });
    case "opp_consent_open":
    case "opp_consent_due":
    case "opp_evaluation_due":
      return t("dashboard.oppEstablishedOn", { date });
    case "enrolment_decision_due":
    case "enrolment_temporary_placement":
      return t("dashboard.enrolmentReceivedOn", { date });
    case "absence_report_due":
      return t("dashboard.absenceReachedOn", { date });
    case "home_stay":
    case "home_stay_long":
      return t("dashboard.homeSince", { date });
    case "tlv_objection_deadline":
    case "tlv_objection_decision_due":
    case "tlv_renewal_due":
    case "tlv_ending":
      return item.subject ?? date;
    case "escalation_gpo_deadline":
    case "escalation_board_objection_deadline":
      return t("dashboard.escalationDecidedOn", { subject: item.subject ?? "", date });
    case "escalation_consultant_available":
      return t("dashboard.escalationHomeSince", { subject: item.subject ?? "", date });
  }
}

/** Where an item leads: the hearing form, the OPP page (OPP items), the verzuim page, the pupil,
 * or the casus. */
function target(item: DashboardItem): Route {
  if (item.kind === "hearing_due") return { name: "hearing", id: item.pupilId, recordId: null };
  // An OPP not vastgesteld may be a decision without an OPP yet: the OPP page offers the start.
  if (item.kind.startsWith("opp_")) return { name: "opp", id: item.pupilId };
  // An aanmelding is acted on on the pupil's Aanmelding page.
  if (item.kind.startsWith("enrolment_")) return { name: "enrolment", id: item.pupilId };
  // Verzuim and thuiszitten: the pupil's verzuim page.
  if (item.kind === "absence_report_due" || item.kind.startsWith("home_stay")) return { name: "absence", id: item.pupilId };
  if (item.kind.startsWith("tlv_")) return { name: "tlv", id: item.pupilId };
  if (item.kind.startsWith("escalation_")) return { name: "escalation", id: item.pupilId, subject: null, link: null };
  if (item.caseId === null) return { name: "pupil", id: item.pupilId };
  return { name: "case", id: item.caseId };
}

function Item({ item, template }: { item: DashboardItem; template: Template | null }) {
  const step = item.step && template ? stepLabel(template, item.step) : null;
  const evaluation = item.kind.startsWith("evaluation_");
  return (
    <li className={`today-item today-${item.horizon} today-${item.kind}`} data-testid="dashboard-item">
      <p className="today-kind">{item.kindLabel}</p>
      <Link
        to={target(item)}
        className="today-link"
      >
        <span className="today-pupil">{item.pupilName}</span>
        <span className="today-case">{item.caseTitle}</span>
      </Link>
      <p className="today-subject">
        {evaluation && item.subject ? t("dashboard.goal", { text: item.subject }) : null}
        {!evaluation && step ? t("dashboard.step", { step }) : null}
      </p>
      <p className="today-when">
        <span>{whenText(item)}</span>
        <span className={`today-days today-days-${item.kind}`}>{daysText(item)}</span>
      </p>
      <p className="today-rule">
        <span className="today-why">{t("dashboard.why")}</span> {item.rule}
      </p>
      <p className="today-source muted">
        {t("dashboard.source")} {item.source}
      </p>
      {item.horizonNote ? (
        <p className="today-note">
          <span className="today-why">{t("dashboard.whyHere")}</span> {item.horizonNote}
        </p>
      ) : null}
    </li>
  );
}

const GROUP_IDS: Record<Horizon, string> = { overdue: "today-overdue", this_week: "today-this-week", soon: "today-soon" };

/** The filters (school, kind; options from the listed items) and the three groups as sections. */
function Groups({ items, horizonEnd, template }: { items: DashboardItem[]; horizonEnd: string; template: Template | null }) {
  const [filter, setFilter] = useState<DashboardFilter>(NO_FILTER);
  const schools = schoolOptions(items);
  const kinds = kindOptions(items);
  const shown = filterItems(items, filter);
  const groups = groupByHorizon(shown);
  const until = formatDate(horizonEnd);
  return (
    <>
      <div className="card today-filters" role="group" aria-labelledby="today-filters-heading">
        <h2 id="today-filters-heading" className="visually-hidden">
          {t("dashboard.filters")}
        </h2>
        <div className="field">
          <label htmlFor="today-filter-school">{t("dashboard.filterSchool")}</label>
          <select id="today-filter-school" value={filter.school} onChange={(e) => setFilter({ ...filter, school: e.target.value })}>
            <option value="">{t("dashboard.allSchools")}</option>
            {schools.map((school) => (
              <option key={school} value={school}>
                {school}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="today-filter-kind">{t("dashboard.filterKind")}</label>
          <select
            id="today-filter-kind"
            value={filter.kind}
            onChange={(e) => setFilter({ ...filter, kind: e.target.value as DashboardKind | "" })}
          >
            <option value="">{t("dashboard.allKinds")}</option>
            {kinds.map((option) => (
              <option key={option.kind} value={option.kind}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <p className="muted today-shown" role="status" id="today-shown">
          {shown.length === items.length ? "" : t("dashboard.shown", { shown: shown.length, total: items.length })}
        </p>
      </div>
      {HORIZONS.map((horizon) => {
        const id = GROUP_IDS[horizon];
        const inGroup = groups[horizon];
        return (
          <section key={horizon} className={`card today-group today-group-${horizon}`} aria-labelledby={`${id}-heading`} id={id}>
            <h2 id={`${id}-heading`}>
              {t(`dashboard.group.${horizon}`)} <span className="today-count">({inGroup.length})</span>
            </h2>
            <p className="muted">{t(`dashboard.groupIntro.${horizon}`, { date: until })}</p>
            {inGroup.length === 0 ? (
              <p className="today-group-empty">{t(`dashboard.groupEmpty.${horizon}`, { date: until })}</p>
            ) : (
              <ul className="today-list">
                {inGroup.map((item) => (
                  <Item key={`${item.kind}-${item.caseId ?? item.pupilId}-${item.recordId ?? ""}`} item={item} template={template} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}

/** "Vandaag": what needs attention now, each with the rule (and source) that lists it. */
export function DashboardPage() {
  const loaded = useLoad(() => call("dashboard_get", null), "dashboard");
  const { template } = useTemplate();
  const data = loaded.data;
  return (
    <div>
      <PageHeading>{t("dashboard.title")}</PageHeading>
      {data ? <p className="lead today-date">{longDate(data.today)}</p> : null}
      {loaded.error ? <FormAlert text={errorText(loaded.error.code)} /> : null}
      {!data && loaded.loading ? <p role="status">{t("common.loading")}</p> : null}
      {data && data.items.length === 0 ? (
        <div className="card">
          <p className="empty-state" id="today-empty">
            {t("dashboard.empty")}
          </p>
          <p>
            <Link to={{ name: "pupils" }}>{t("dashboard.toPupils")}</Link>
          </p>
        </div>
      ) : null}
      {data && data.items.length > 0 ? <Groups items={data.items} horizonEnd={data.horizonEnd} template={template} /> : null}
      {data ? (
        <section className="card" aria-labelledby="today-per-step-heading">
          <h2 id="today-per-step-heading">{t("dashboard.perStep")}</h2>
          <div className="table-wrap">
            <table className="data-table per-step" id="today-per-step">
              <caption className="visually-hidden">{t("dashboard.perStepCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("dashboard.colStep")}</th>
                  <th scope="col" className="num">
                    {t("dashboard.colCount")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.openPerStep.map((c) => (
                  <tr key={c.step} data-testid="per-step-row">
                    <th scope="row">{template ? stepLabel(template, c.step) : c.step}</th>
                    <td className="num">{c.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">{data.openCases === 1 ? t("dashboard.openCasesOne") : t("dashboard.openCases", { count: data.openCases })}</p>
          <p className="muted" id="today-week-counting">
            {t(`dashboard.weekCounting.${data.weekCounting}`)}
          </p>
        </section>
      ) : null}
      {data ? <CalendarExport /> : null}
    </div>
  );
}
