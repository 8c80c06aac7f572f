import type { PlanSnapshot } from "../../ipc/bindings/PlanSnapshot";
import type { Template } from "../../ipc/bindings/Template";
import { t } from "../../i18n";
import { formatDate } from "../../lib/dates";
import { choiceLabel, factorKindText } from "./labels";

/** The plan as it was when shared with the parents: frozen, read-only. */
export function PlanSnapshotView({ snapshot, template }: { snapshot: PlanSnapshot; template: Template }) {
  const section = (title: string, items: string[]) =>
    items.length === 0 ? null : (
      <>
        <h5>{title}</h5>
        <ul>
          {items.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      </>
    );
  return (
    <div className="snapshot" data-testid="plan-snapshot">
      <h4>{t("stepplan.snapshotTitle")}</h4>
      {section(t("stepplan.snapshotNeeds"), snapshot.needs.map((n) => n.description))}
      {section(
        t("stepplan.snapshotFactors"),
        snapshot.factors.map((f) => `${factorKindText(f.factorKind)} · ${choiceLabel(template.factorDomains, f.domain)}: ${f.description}`),
      )}
      {section(
        t("stepplan.snapshotGoals"),
        snapshot.goals.map((g) => (g.evaluationDate ? `${g.description} (${t("stepplan.fields.evaluationDate").toLowerCase()} ${formatDate(g.evaluationDate)})` : g.description)),
      )}
      {section(
        t("stepplan.snapshotInterventions"),
        snapshot.interventions.map((i) => `${i.description} (${choiceLabel(template.interventionLevels, i.level)})`),
      )}
    </div>
  );
}
