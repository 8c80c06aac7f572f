import type { ReactNode } from "react";
import type { TlvView } from "../../ipc/bindings/TlvView";
import { t } from "../../i18n";
import { formatDate } from "../../lib/dates";

/**
 * A TLV's termijnen as the core computed them — the einddatum (always 31 July), the last day
 * for a bezwaar, the decision on a running bezwaar, the renewal date — each with its rule and
 * source folded away in a `<details>`, like the OPP and aanmelding pages.
 */
export function Deadlines({ view }: { view: TlvView }) {
  const d = view.deadlines;
  const shown = d.endsOn !== null || d.objectionUntil !== null || d.objectionDecisionDue !== null || d.renewalDue !== null;
  return (
    <div className="tlv-deadlines" data-testid="tlv-deadlines">
      <h3>{t("tlv.deadlinesTitle")}</h3>
      {shown ? null : <p className="muted">{t("tlv.noDeadlines")}</p>}
      <dl className="details">
        {d.endsOn ? (
          <Term testId="tlv-ends-on" label={t("tlv.endsOn")} rule={d.endRule} source={d.endSource}>
            {formatDate(d.endsOn)}
            {d.startsOn ? <span className="muted"> ({t("tlv.period")}: {t("tlv.periodValue", { start: formatDate(d.startsOn), end: formatDate(d.endsOn) })})</span> : null}
          </Term>
        ) : null}
        {d.objectionUntil ? (
          <Term testId="tlv-objection-until" label={t("tlv.objectionUntil")} rule={d.objectionRule} source={d.objectionSource}>
            {formatDate(d.objectionUntil)} ({d.objectionOpen ? t("tlv.objectionOpen") : t("tlv.objectionClosed")})
          </Term>
        ) : null}
        {d.objectionDecisionDue ? (
          <Term testId="tlv-objection-decision-due" label={t("tlv.objectionDecisionDue")} rule={d.objectionDecisionRule} source={d.objectionDecisionSource}>
            {formatDate(d.objectionDecisionDue)}
          </Term>
        ) : null}
        {d.renewalDue ? (
          <Term testId="tlv-renewal-due" label={t("tlv.renewalDue")} rule={d.renewalRule} source={d.renewalSource}>
            {formatDate(d.renewalDue)}
          </Term>
        ) : null}
      </dl>
    </div>
  );
}

function Term({ testId, label, rule, source, children }: { testId: string; label: string; rule: string; source: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>
        <strong>{children}</strong>
        <details className="tlv-rule">
          <summary>{t("tlv.ruleAndSource")}</summary>
          <p className="today-rule">
            {t("tlv.rule")} {rule}
          </p>
          <p className="muted">
            {t("tlv.source")} {source}
          </p>
        </details>
      </dd>
    </>
  );
}
