import { t } from "../../i18n";
import { DateField, SelectField, TextAreaField, TextField } from "../../components/Field";
import { wording } from "../pupils/education";
import { RowList } from "./RowList";
import { choiceOptions, deviationOptions } from "./labels";
import { deviationFields, emptyDeviation, emptyGoal, emptySupport, ROW_IDS } from "./oppState";
import type { PartProps } from "./PerspectivePart";

/** Handelingsdeel: goals, ondersteuning en begeleiding, and afwijkingen van het programma. */
export function ActionPart({ page, s, set, fieldError }: PartProps) {
  const areas = [{ value: "", label: t("opp.choose") }, ...choiceOptions(page.developmentAreas)];
  return (
    <section className="opp-part" aria-labelledby="opp-action-heading" data-testid="opp-action">
      <h3 id="opp-action-heading">{t("opp.actionTitle")}</h3>
      <p className="field-hint">{t("opp.actionIntro")}</p>
      <RowList
        idPrefix={ROW_IDS.goals}
        title={t("opp.goalsTitle")}
        rowLabel={(n) => t("opp.goal", { n })}
        addLabel={t("opp.addGoal")}
        emptyText={t("opp.noGoals")}
        rows={s.goals}
        onChange={(goals) => set({ goals })}
        make={emptyGoal}
        firstField={(i) => `${ROW_IDS.goals}-${i}-area`}
        listError={fieldError("action.goals")}
        source={(row) => row.source}
      >
        {(row, i, change) => {
          const n = i + 1;
          const at = `action.goals[${i}]`;
          return (
            <>
              <SelectField
                id={`${ROW_IDS.goals}-${i}-area`}
                label={t("opp.goalArea", { n })}
                value={row.area}
                onChange={(area) => change({ area })}
                options={areas}
                error={fieldError(`${at}.area`)}
              />
              <TextAreaField
                id={`${ROW_IDS.goals}-${i}-description`}
                label={t("opp.goalDescription", { n })}
                value={row.description}
                onChange={(description) => change({ description })}
                error={fieldError(`${at}.description`)}
                rows={2}
              />
              <DateField
                id={`${ROW_IDS.goals}-${i}-evaluationDate`}
                label={t("opp.goalEvaluationDate", { n })}
                value={row.evaluationDate}
                onChange={(evaluationDate) => change({ evaluationDate })}
                error={fieldError(`${at}.evaluationDate`)}
              />
            </>
          );
        }}
      </RowList>
      <RowList
        idPrefix={ROW_IDS.support}
        title={t("opp.supportTitle")}
        rowLabel={(n) => t("opp.support", { n })}
        addLabel={t("opp.addSupport")}
        emptyText={t("opp.noSupport")}
        rows={s.support}
        onChange={(support) => set({ support })}
        make={emptySupport}
        firstField={(i) => `${ROW_IDS.support}-${i}-what`}
        listError={fieldError("action.support")}
        source={(row) => row.source}
      >
        {(row, i, change) => {
          const n = i + 1;
          const at = `action.support[${i}]`;
          return (
            <>
              <TextAreaField
                id={`${ROW_IDS.support}-${i}-what`}
                label={t("opp.supportWhat", { n })}
                value={row.what}
                onChange={(what) => change({ what })}
                error={fieldError(`${at}.what`)}
                rows={2}
              />
              <div className="form-grid">
                <TextField
                  id={`${ROW_IDS.support}-${i}-who`}
                  label={t("opp.supportWho", { n })}
                  hint={t("opp.supportWhoHint", { teacher: wording(page.stage, "teacher") })}
                  value={row.who}
                  onChange={(who) => change({ who })}
                  error={fieldError(`${at}.who`)}
                  optional
                />
                <TextField
                  id={`${ROW_IDS.support}-${i}-frequency`}
                  label={t("opp.supportFrequency", { n })}
                  value={row.frequency}
                  onChange={(frequency) => change({ frequency })}
                  error={fieldError(`${at}.frequency`)}
                  optional
                />
              </div>
              <DateField
                id={`${ROW_IDS.support}-${i}-from`}
                label={t("opp.supportFrom", { n })}
                value={row.from}
                onChange={(from) => change({ from })}
                error={fieldError(`${at}.from`)}
                optional
              />
            </>
          );
        }}
      </RowList>
      <RowList
        idPrefix={ROW_IDS.deviations}
        title={t("opp.deviationsTitle")}
        intro={t("opp.deviationsIntro")}
        rowLabel={(n) => t("opp.deviation", { n })}
        addLabel={t("opp.addDeviation")}
        emptyText={t("opp.noDeviations")}
        rows={s.deviations}
        onChange={(deviations) => set({ deviations })}
        make={emptyDeviation}
        firstField={(i) => `${ROW_IDS.deviations}-${i}-kind`}
        listError={fieldError("action.deviations")}
      >
        {(row, i, change) => {
          const n = i + 1;
          const at = `action.deviations[${i}]`;
          const needs = deviationFields(row.deviationKind);
          return (
            <>
              <SelectField
                id={`${ROW_IDS.deviations}-${i}-kind`}
                label={t("opp.deviationKind", { n })}
                value={row.deviationKind}
                onChange={(deviationKind) => change({ deviationKind })}
                options={deviationOptions()}
                error={fieldError(`${at}.deviationKind`)}
              />
              {needs.subject || row.subject !== "" ? (
                <TextField
                  id={`${ROW_IDS.deviations}-${i}-subject`}
                  label={t("opp.deviationSubject", { n })}
                  value={row.subject}
                  onChange={(subject) => change({ subject })}
                  error={fieldError(`${at}.subject`)}
                  optional={!needs.subject}
                />
              ) : null}
              <TextAreaField
                id={`${ROW_IDS.deviations}-${i}-description`}
                label={t("opp.deviationDescription", { n })}
                value={row.description}
                onChange={(description) => change({ description })}
                error={fieldError(`${at}.description`)}
                rows={2}
              />
              {needs.until || row.until !== "" ? (
                <DateField
                  id={`${ROW_IDS.deviations}-${i}-until`}
                  label={t("opp.deviationUntil", { n })}
                  value={row.until}
                  onChange={(until) => change({ until })}
                  error={fieldError(`${at}.until`)}
                  optional={!needs.until}
                />
              ) : null}
              {needs.returnPlan || row.returnPlan !== "" ? (
                <TextAreaField
                  id={`${ROW_IDS.deviations}-${i}-returnPlan`}
                  label={t("opp.deviationReturnPlan", { n })}
                  value={row.returnPlan}
                  onChange={(returnPlan) => change({ returnPlan })}
                  error={fieldError(`${at}.returnPlan`)}
                  optional={!needs.returnPlan}
                  rows={2}
                />
              ) : null}
            </>
          );
        }}
      </RowList>
    </section>
  );
}
