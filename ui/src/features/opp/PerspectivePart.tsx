import type { PupilOpp } from "../../ipc/bindings/PupilOpp";
import { t } from "../../i18n";
import { SelectField, TextAreaField, TextField } from "../../components/Field";
import { RowList } from "./RowList";
import { choiceOptions, factorKindOptions } from "./labels";
import { emptyFactor, emptyQuote, emptyText, ROW_IDS, type OppFormState, type TextRow } from "./oppState";

export interface PartProps {
  page: PupilOpp;
  s: OppFormState;
  set: (patch: Partial<OppFormState>) => void;
  fieldError: (field: string) => string | undefined;
}

/** Perspectiefdeel: uitstroombestemming, onderbouwing, onderwijsbehoeften and factors. */
export function PerspectivePart({ page, s, set, fieldError }: PartProps) {
  const domains = choiceOptions(page.factorDomains);
  return (
    <section className="opp-part" aria-labelledby="opp-perspective-heading" data-testid="opp-perspective">
      <h3 id="opp-perspective-heading">{t("opp.perspectiveTitle")}</h3>
      <p className="field-hint">{t("opp.perspectiveIntro")}</p>
      <SelectField
        id="opp-exitDestination"
        label={t("opp.exitDestination")}
        value={s.exitDestination}
        onChange={(exitDestination) => set({ exitDestination })}
        options={[{ value: "", label: t("opp.choose") }, ...choiceOptions(page.exitDestinations)]}
        error={fieldError("perspective.exitDestination")}
      />
      <TextField
        id="opp-exitNote"
        label={page.educationType === "pro" ? t("opp.exitNotePro") : t("opp.exitNote")}
        value={s.exitNote}
        onChange={(exitNote) => set({ exitNote })}
        error={fieldError("perspective.exitNote")}
        optional={page.educationType !== "pro"}
      />
      <TextAreaField
        id="opp-reasoning"
        label={t("opp.reasoning")}
        hint={t("opp.reasoningHint")}
        value={s.reasoning}
        onChange={(reasoning) => set({ reasoning })}
        error={fieldError("perspective.reasoning")}
        rows={5}
      />
      <TextRows
        idPrefix={ROW_IDS.needs}
        field="perspective.needs"
        title={t("opp.needsTitle")}
        rowLabel={(n) => t("opp.need", { n })}
        addLabel={t("opp.addNeed")}
        emptyText={t("opp.noNeeds")}
        rows={s.needs}
        onChange={(needs) => set({ needs })}
        fieldError={fieldError}
      />
      <RowList
        idPrefix={ROW_IDS.factors}
        title={t("opp.factorsTitle")}
        intro={t("opp.factorsIntro")}
        rowLabel={(n) => t("opp.factor", { n })}
        addLabel={t("opp.addFactor")}
        emptyText={t("opp.noFactors")}
        rows={s.factors}
        onChange={(factors) => set({ factors })}
        make={() => emptyFactor("hindering", page.factorDomains[0]?.key ?? "")}
        firstField={(i) => `${ROW_IDS.factors}-${i}-kind`}
        listError={fieldError("perspective.factors") ?? fieldError("perspective.factors.hindering") ?? fieldError("perspective.factors.helping")}
        source={(row) => row.source}
      >
        {(row, i, change) => {
          const n = i + 1;
          const at = `perspective.factors[${i}]`;
          return (
            <>
              <div className="form-grid">
                <SelectField
                  id={`${ROW_IDS.factors}-${i}-kind`}
                  label={t("opp.factorKind", { n })}
                  value={row.factorKind}
                  onChange={(factorKind) => change({ factorKind })}
                  options={factorKindOptions()}
                  error={fieldError(`${at}.factorKind`)}
                />
                <SelectField
                  id={`${ROW_IDS.factors}-${i}-domain`}
                  label={t("opp.factorDomain", { n })}
                  value={row.domain}
                  onChange={(domain) => change({ domain })}
                  options={domains}
                  error={fieldError(`${at}.domain`)}
                />
              </div>
              <TextAreaField
                id={`${ROW_IDS.factors}-${i}-description`}
                label={t("opp.factorDescription", { n })}
                value={row.description}
                onChange={(description) => change({ description })}
                error={fieldError(`${at}.description`)}
                rows={2}
              />
            </>
          );
        }}
      </RowList>
    </section>
  );
}

/** "Wat vindt <voornaam> zelf?" and "Visie van de ouders". */
export function VoicePart({ page, s, set, fieldError }: PartProps) {
  return (
    <section className="opp-part" aria-labelledby="opp-voice-heading" data-testid="opp-voice">
      <h3 id="opp-voice-heading">{t("opp.voiceTitle", { name: page.firstName })}</h3>
      <RowList
        idPrefix={ROW_IDS.quotes}
        title={t("opp.quotesTitle")}
        intro={t("opp.quotesIntro")}
        rowLabel={(n) => t("opp.quote", { n })}
        addLabel={t("opp.addQuote")}
        emptyText={t("opp.noQuotes")}
        rows={s.quotes}
        onChange={(quotes) => set({ quotes })}
        make={emptyQuote}
        firstField={(i) => `${ROW_IDS.quotes}-${i}-question`}
        listError={fieldError("pupilVoice.quotes")}
        source={(row) => row.source}
      >
        {(row, i, change) => (
          <>
            <TextField
              id={`${ROW_IDS.quotes}-${i}-question`}
              label={t("opp.quoteQuestion", { n: i + 1 })}
              value={row.question}
              onChange={(question) => change({ question })}
              error={fieldError(`pupilVoice.quotes[${i}].question`)}
              optional
            />
            <TextAreaField
              id={`${ROW_IDS.quotes}-${i}-words`}
              label={t("opp.quoteWords", { n: i + 1 })}
              value={row.words}
              onChange={(words) => change({ words })}
              error={fieldError(`pupilVoice.quotes[${i}].words`)}
              rows={2}
            />
          </>
        )}
      </RowList>
      <TextRows
        idPrefix={ROW_IDS.childGoals}
        field="pupilVoice.childGoals"
        title={t("opp.childGoalsTitle")}
        rowLabel={(n) => t("opp.childGoal", { n })}
        addLabel={t("opp.addChildGoal")}
        emptyText={t("opp.noChildGoals")}
        rows={s.childGoals}
        onChange={(childGoals) => set({ childGoals })}
        fieldError={fieldError}
      />
      <h3 id="opp-parents-heading">{t("opp.parentsViewTitle")}</h3>
      {s.parentsViewSource ? (
        <p className="opp-source muted" data-testid="opp-source">
          {t("opp.sourceLine", { label: s.parentsViewSource.label })}
        </p>
      ) : null}
      <TextAreaField
        id="opp-parentsView"
        label={t("opp.parentsView")}
        value={s.parentsView}
        onChange={(parentsView) => set({ parentsView })}
        error={fieldError("parentsView")}
        optional
        rows={4}
      />
    </section>
  );
}

interface TextRowsProps {
  idPrefix: string;
  field: string;
  title: string;
  rowLabel: (n: number) => string;
  addLabel: string;
  emptyText: string;
  rows: TextRow[];
  onChange: (rows: TextRow[]) => void;
  fieldError: (field: string) => string | undefined;
}

/** One-line items with a source (onderwijsbehoeften, kinddoelen). */
function TextRows(p: TextRowsProps) {
  return (
    <RowList
      idPrefix={p.idPrefix}
      title={p.title}
      rowLabel={p.rowLabel}
      addLabel={p.addLabel}
      emptyText={p.emptyText}
      rows={p.rows}
      onChange={p.onChange}
      make={emptyText}
      firstField={(i) => `${p.idPrefix}-${i}`}
      listError={p.fieldError(p.field)}
      source={(row) => row.source}
    >
      {(row, i, change) => (
        <TextField
          id={`${p.idPrefix}-${i}`}
          label={p.rowLabel(i + 1)}
          value={row.text}
          onChange={(text) => change({ text })}
          error={p.fieldError(`${p.field}[${i}]`)}
        />
      )}
    </RowList>
  );
}
