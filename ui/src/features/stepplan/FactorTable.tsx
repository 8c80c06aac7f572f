import type { CycleView } from "../../ipc/bindings/CycleView";
import type { FactorKind } from "../../ipc/bindings/FactorKind";
import type { Template } from "../../ipc/bindings/Template";
import { t } from "../../i18n";

/** Begrijpen's factors at a glance: a row per template domain, belemmerend | bevorderend. */
export function FactorTable({ cycle, template }: { cycle: CycleView; template: Template }) {
  const factors = cycle.records.flatMap((r) => (r.data.kind === "factor" ? [{ id: r.id, ...r.data }] : []));
  if (factors.length === 0) return null;
  const cell = (domain: string, kind: FactorKind) => {
    const list = factors.filter((f) => f.domain === domain && f.factorKind === kind);
    return list.length === 0 ? (
      <span className="muted">{t("common.empty")}</span>
    ) : (
      <ul className="plain-list">
        {list.map((f) => (
          <li key={f.id}>{f.description}</li>
        ))}
      </ul>
    );
  };
  return (
    <div className="table-wrap">
      <table className="data-table factor-table" id="factor-table">
        <caption>{t("stepplan.factorTable.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("stepplan.factorTable.domain")}</th>
            <th scope="col">{t("stepplan.factorTable.hindering")}</th>
            <th scope="col">{t("stepplan.factorTable.helping")}</th>
          </tr>
        </thead>
        <tbody>
          {template.factorDomains.map((d) => (
            <tr key={d.key}>
              <th scope="row">{d.label}</th>
              <td>{cell(d.key, "hindering")}</td>
              <td>{cell(d.key, "helping")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
