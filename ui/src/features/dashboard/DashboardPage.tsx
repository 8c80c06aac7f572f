import { call } from "../../ipc/client";
import type { DashboardEntry as DashboardItem } from "../../ipc/bindings/DashboardEntry";
import type { DashboardKind } from "../../ipc/bindings/DashboardKind";
import type { Template } from "../../ipc/bindings/Template";
import { errorText, t, type TKey } from "../../i18n";
import { PageHeading } from "../../components/PageHeading";
import { FormAlert } from "../../components/ErrorText";
import { Link } from "../../components/Link";
import { useLoad } from "../../lib/useLoad";
import { formatDate } from "../../lib/dates";
import { useTemplate } from "../stepplan/TemplateContext";
import { stepLabel } from "../stepplan/labels";
import { longDate } from "./longDate";
import { CalendarExport } from "./CalendarExport";
import type { Route } from "../../app/router";
import "./dashboard.css";

const SECTIONS: ReadonlyArray<{ kind: DashboardKind; id: string; title: TKey; intro: TKey }> = [
  { kind: "evaluation_overdue", id: "today-overdue", title: "dashboard.overdue", intro: "dashboard.overdueIntro" },
  { kind: "evaluation_due_this_week", id: "today-this-week", title: "dashboard.thisWeek", intro: "dashboard.thisWeekIntro" },
  { kind: "evaluation_date_missing", id: "today-date-missing", title: "dashboard.dateMissing", intro: "dashboard.dateMissingIntro" },
  { kind: "hearing_due", id: "today-hearing", title: "dashboard.hearingDue", intro: "dashboard.hearingDueIntro" },
  { kind: "opp_not_established", id: "today-opp-establish", title: "dashboard.oppNotEstablished", intro: "dashboard.oppNotEstablishedIntro" },
  { kind: "opp_consent_open", id: "today-opp-consent", title: "dashboard.oppConsentOpen", intro: "dashboard.oppConsentOpenIntro" },
  { kind: "opp_evaluation_due", id: "today-opp-evaluation", title: "dashboard.oppEvaluationDue", intro: "dashboard.oppEvaluationDueIntro" },
  { kind: "enrolment_decision_due", id: "today-enrolment-decision", title: "dashboard.enrolmentDecisionDue", intro: "dashboard.enrolmentDecisionDueIntro" },
  { kind: "enrolment_temporary_placement", id: "today-enrolment-placement", title: "dashboard.enrolmentTemporaryPlacement", intro: "dashboard.enrolmentTemporaryPlacementIntro" },
  { kind: "absence_report_due", id: "today-absence-report", title: "dashboard.absenceReportDue", intro: "dashboard.absenceReportDueIntro" },
  { kind: "home_stay_long", id: "today-home-stay-long", title: "dashboard.homeStayLong", intro: "dashboard.homeStayLongIntro" },
  { kind: "home_stay", id: "today-home-stay", title: "dashboard.homeStay", intro: "dashboard.homeStayIntro" },
  { kind: "step_waiting", id: "today-waiting", title: "dashboard.waiting", intro: "dashboard.waitingIntro" },
];

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
      if (item.daysLate > 0) return item.daysLate === 1 ? t("dashboard.oppDaysLateOne") : t("dashboard.oppDaysLate", { days: item.daysLate });
      return item.days === 0 ? t("dashboard.oppDueToday") : t("dashboard.oppDueIn", { days: item.days });
    case "enrolment_temporary_placement":
      return t("dashboard.enrolmentPlacedSince", { date: formatDate(item.dueDate) });
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
  if (item.caseId === null) return { name: "pupil", id: item.pupilId };
  return { name: "case", id: item.caseId };
}

function Item({ item, template }: { item: DashboardItem; template: Template | null }) {
  const step = item.step && template ? stepLabel(template, item.step) : null;
  const evaluation =
    item.kind === "evaluation_overdue" || item.kind === "evaluation_due_this_week" || item.kind === "evaluation_date_missing";
  return (
    <li className={`today-item today-${item.kind}`} data-testid="dashboard-item">
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
    </li>
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
      {data
        ? SECTIONS.map((s) => {
            const items = data.items.filter((i) => i.kind === s.kind);
            if (items.length === 0) return null;
            return (
              <section key={s.kind} className="card" aria-labelledby={`${s.id}-heading`} id={s.id}>
                <h2 id={`${s.id}-heading`}>
                  {t(s.title)} <span className="today-count">({items.length})</span>
                </h2>
                <p className="muted">{t(s.intro)}</p>
                <ul className="today-list">
                  {items.map((item) => (
                    <Item key={`${item.kind}-${item.caseId ?? item.pupilId}-${item.recordId ?? ""}`} item={item} template={template} />
                  ))}
                </ul>
              </section>
            );
          })
        : null}
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
