import type { Template } from "../../../ipc/bindings/Template";
import { t } from "../../../i18n";
import { CheckboxField, DateField, SelectField, TextAreaField, TextField } from "../../../components/Field";
import { formatDate } from "../../../lib/dates";
import { draftKey, isRevision, recIds, RecordFormShell, type RecordFormProps } from "../RecordFormShell";
import { useRecordForm } from "../useRecordForm";
import { dateOrNull, orNull } from "./parents";
import { choiceLabel } from "../labels";
import type { KindModule } from "./kind";
import { fieldLabel as f, goalText, Item, periodText } from "./details";

interface InterventionState {
  description: string;
  level: string;
  levelNote: string;
  who: string;
  startDate: string;
  endDate: string;
  frequency: string;
  goalIds: string[];
}

const UNCLEAR = "onduidelijk";

/** Plannen: the approach (aanpak), its level basis/extra/onduidelijk, who, when, how often. */
export function InterventionForm(props: RecordFormProps & { template: Template }) {
  const d = props.record?.data.kind === "intervention" ? props.record.data : null;
  const levels = props.template.interventionLevels;
  const goals = props.cycle.records.flatMap((r) => (r.data.kind === "goal" ? [{ id: r.id, description: r.data.description }] : []));
  const form = useRecordForm<InterventionState>({
    caseId: props.caseId,
    record: props.record,
    revision: isRevision(props),
    draftKey: draftKey(props, "intervention"),
    initial: {
      description: d?.description ?? "",
      level: d?.level ?? levels[0]?.key ?? "",
      levelNote: d?.levelNote ?? "",
      who: d?.who ?? "",
      startDate: formatDate(d?.startDate),
      endDate: formatDate(d?.endDate),
      frequency: d?.frequency ?? "",
      goalIds: d?.goalIds ?? [],
    },
    toPayload: (s) => ({
      kind: "intervention",
      description: s.description,
      level: s.level,
      levelNote: orNull(s.levelNote),
      who: orNull(s.who),
      startDate: dateOrNull(s.startDate),
      endDate: dateOrNull(s.endDate),
      frequency: orNull(s.frequency),
      goalIds: s.goalIds.filter((id) => goals.some((g) => g.id === id)),
    }),
    fieldIds: recIds("description", "level", "levelNote", "who", "startDate", "endDate", "frequency"),
    onSaved: props.onSaved,
  });
  const { state: s, set } = form;
  const err = form.errors.fieldError;
  const toggleGoal = (id: string, on: boolean) =>
    set("goalIds", on ? [...s.goalIds.filter((g) => g !== id), id] : s.goalIds.filter((g) => g !== id));
  return (
    <RecordFormShell kind="intervention" props={props} form={form}>
      <TextAreaField id="rec-description" label={t("stepplan.fields.intervention")} value={s.description} onChange={(v) => set("description", v)} error={err("description")} rows={3} />
      <div className="form-grid">
        <SelectField
          id="rec-level"
          label={t("stepplan.fields.level")}
          value={s.level}
          onChange={(v) => set("level", v)}
          options={levels.map((c) => ({ value: c.key, label: c.label }))}
          error={err("level")}
        />
        <TextField id="rec-who" label={t("stepplan.fields.who")} value={s.who} onChange={(v) => set("who", v)} error={err("who")} optional />
      </div>
      {s.level === UNCLEAR ? (
        <TextAreaField id="rec-levelNote" label={t("stepplan.fields.levelNote")} value={s.levelNote} onChange={(v) => set("levelNote", v)} error={err("levelNote")} rows={2} />
      ) : null}
      <div className="form-grid">
        <DateField id="rec-startDate" label={t("stepplan.fields.startDate")} value={s.startDate} onChange={(v) => set("startDate", v)} error={err("startDate")} optional />
        <DateField id="rec-endDate" label={t("stepplan.fields.endDate")} value={s.endDate} onChange={(v) => set("endDate", v)} error={err("endDate")} optional />
        <TextField
          id="rec-frequency"
          label={t("stepplan.fields.frequency")}
          hint={t("stepplan.fields.frequencyHint")}
          value={s.frequency}
          onChange={(v) => set("frequency", v)}
          error={err("frequency")}
          optional
        />
      </div>
      <fieldset className="fieldset">
        <legend>{t("stepplan.fields.goals")}</legend>
        {goals.length === 0 ? <p className="muted">{t("stepplan.fields.noGoals")}</p> : null}
        {goals.map((g) => (
          <CheckboxField key={g.id} id={`rec-goal-${g.id}`} label={g.description} checked={s.goalIds.includes(g.id)} onChange={(on) => toggleGoal(g.id, on)} />
        ))}
      </fieldset>
    </RecordFormShell>
  );
}

export const intervention: KindModule<"intervention"> = {
  steps: ["plannen"],
  step: () => "plannen",
  Form: InterventionForm,
  Details: ({ payload: p, template, cycle }) => (
    <dl className="details record-details">
      <Item label={f("level")}>
        {choiceLabel(template.interventionLevels, p.level)}
        {p.levelNote ? ` — ${p.levelNote}` : ""}
      </Item>
      <Item label={f("who")}>{p.who}</Item>
      <Item label={f("period")}>{periodText(p.startDate, p.endDate)}</Item>
      <Item label={f("frequency")}>{p.frequency}</Item>
      <Item label={f("goals")}>{p.goalIds.length > 0 ? p.goalIds.map((id) => goalText(cycle, id)).join("; ") : ""}</Item>
    </dl>
  ),
  title: (p) => p.description,
  timelineSubject: (p) => p.description,
  labels: { kind: "stepplan.kinds.intervention", add: "stepplan.add.intervention" },
};
