import type { ReactNode } from "react";
import type { ItemSource } from "../../ipc/bindings/ItemSource";
import type { OppVersionView } from "../../ipc/bindings/OppVersionView";
import type { PupilOpp } from "../../ipc/bindings/PupilOpp";
import { t } from "../../i18n";
import { formatDate } from "../../lib/dates";
import { choiceText, deviationText, factorKindText } from "./labels";

/** A vastgestelde version as text: the same two parts as the form, without any input. */
export function VersionText({ page, version }: { page: PupilOpp; version: OppVersionView }) {
  const { perspective, action, pupilVoice, parentsView } = version.content;
  const empty = <p className="muted">{t("common.empty")}</p>;
  return (
    <div className="opp-text" data-testid="opp-version-text">
      <section className="opp-part" aria-labelledby="opp-text-perspective">
        <h3 id="opp-text-perspective">{t("opp.perspectiveTitle")}</h3>
        <dl className="details">
          <dt>{t("opp.exitDestination")}</dt>
          <dd>{choiceText(page.exitDestinations, perspective.exitDestination)}</dd>
          {perspective.exitNote ? (
            <>
              <dt>{page.educationType === "pro" ? t("opp.exitNotePro") : t("opp.exitNote")}</dt>
              <dd>{perspective.exitNote}</dd>
            </>
          ) : null}
          <dt>{t("opp.reasoning")}</dt>
          <dd className="preserve-lines">{perspective.reasoning || t("common.empty")}</dd>
        </dl>
        <h4>{t("opp.needsTitle")}</h4>
        {perspective.needs.length === 0 ? empty : (
          <ul>{perspective.needs.map((n, i) => <Item key={i} source={n.source}>{n.text}</Item>)}</ul>
        )}
        <h4>{t("opp.factorsTitle")}</h4>
        {perspective.factors.length === 0 ? empty : (
          <ul>
            {perspective.factors.map((f, i) => (
              <Item key={i} source={f.source}>
                <strong>{factorKindText(f.factorKind)}</strong> ({choiceText(page.factorDomains, f.domain)}): {f.description}
              </Item>
            ))}
          </ul>
        )}
      </section>
      <section className="opp-part" aria-labelledby="opp-text-action">
        <h3 id="opp-text-action">{t("opp.actionTitle")}</h3>
        <h4>{t("opp.goalsTitle")}</h4>
        {action.goals.length === 0 ? empty : (
          <ul>
            {action.goals.map((g, i) => (
              <Item key={i} source={g.source}>
                <strong>{choiceText(page.developmentAreas, g.area)}</strong>: {g.description}
                {g.evaluationDate ? ` — ${t("opp.evaluatedOn", { date: formatDate(g.evaluationDate) })}` : ""}
              </Item>
            ))}
          </ul>
        )}
        <h4>{t("opp.supportTitle")}</h4>
        {action.support.length === 0 ? empty : (
          <ul>
            {action.support.map((row, i) => (
              <Item key={i} source={row.source}>
                {[row.what, row.who, row.frequency, row.from ? t("opp.fromDate", { date: formatDate(row.from) }) : null]
                  .filter(Boolean)
                  .join(" · ")}
              </Item>
            ))}
          </ul>
        )}
        <h4>{t("opp.deviationsTitle")}</h4>
        {action.deviations.length === 0 ? <p className="muted">{t("opp.noDeviations")}</p> : (
          <ul>
            {action.deviations.map((d, i) => (
              <Item key={i} source={null}>
                <strong>{deviationText(d.deviationKind)}</strong>
                {d.subject ? ` (${d.subject})` : ""}: {d.description}
                {d.until ? ` — ${t("opp.untilDate", { date: formatDate(d.until) })}` : ""}
                {d.returnPlan ? ` — ${t("opp.returnPlanText", { plan: d.returnPlan })}` : ""}
              </Item>
            ))}
          </ul>
        )}
      </section>
      <section className="opp-part" aria-labelledby="opp-text-voice">
        <h3 id="opp-text-voice">{t("opp.voiceTitle", { name: page.firstName })}</h3>
        {pupilVoice.quotes.length === 0 && pupilVoice.childGoals.length === 0 ? empty : (
          <ul>
            {pupilVoice.quotes.map((q, i) => (
              <Item key={`q${i}`} source={q.source}>
                {q.question ? <em>{q.question} </em> : null}“{q.words}”
              </Item>
            ))}
            {pupilVoice.childGoals.map((g, i) => (
              <Item key={`g${i}`} source={g.source}>
                {t("opp.childGoalText", { text: g.text })}
              </Item>
            ))}
          </ul>
        )}
        <h3>{t("opp.parentsViewTitle")}</h3>
        {parentsView ? (
          <ul>
            <Item source={parentsView.source}>{parentsView.text}</Item>
          </ul>
        ) : empty}
      </section>
    </div>
  );
}

function Item({ source, children }: { source: ItemSource | null; children: ReactNode }) {
  return (
    <li className="preserve-lines">
      {children}
      {source ? <span className="opp-source muted"> {t("opp.sourceLine", { label: source.label })}</span> : null}
    </li>
  );
}
