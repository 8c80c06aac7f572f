import type { SignalSource } from "../../../ipc/bindings/SignalSource";
import { t } from "../../../i18n";
import { DateField, SelectField, TextAreaField, TextField } from "../../../components/Field";
import { formatDate, parseDateInput, todayIso } from "../../../lib/dates";
import { sourceText } from "../labels";
import { draftKey, isRevision, recIds, RecordFormShell, type RecordFormProps } from "../RecordFormShell";
import { useRecordForm } from "../useRecordForm";
import {
  dateOrNull,
  orNull,
  PARENTS_FIELDS,
  ParentsFields,
  parentsPayload,
  parentsState,
  PUPIL_FIELDS,
  PupilFields,
  pupilPayload,
  pupilState,
  type ParentsState,
  type PupilState,
} from "./parents";
import { useStage } from "../StageContext";
import type { KindModule, PayloadOf } from "./kind";
import { short } from "./kind";
import { datedTitle, fieldLabel as f, Item, parentsText, pupilText } from "./details";

const SOURCES: readonly SignalSource[] = ["teacher", "parent", "pupil", "coordinator", "other"];

interface SignalState extends ParentsState, PupilState {
  date: string;
  source: SignalSource;
  sourceOther: string;
  observation: string;
  since: string;
  data: string;
}

/** Signaleren: who signalled what, since when, on which data; were the parents and the pupil informed. */
export function SignalForm(props: RecordFormProps) {
  const stage = useStage();
  const d = props.record?.data.kind === "signal" ? props.record.data : null;
  const form = useRecordForm<SignalState>({
    caseId: props.caseId,
    record: props.record,
    revision: isRevision(props),
    draftKey: draftKey(props, "signal"),
    initial: {
      date: formatDate(d?.date ?? todayIso()),
      source: d?.source ?? "teacher",
      sourceOther: d?.sourceOther ?? "",
      observation: d?.observation ?? "",
      since: formatDate(d?.since ?? ""),
      data: d?.data ?? "",
      ...parentsState(d?.parents),
      ...pupilState(d?.pupilInformed),
    },
    toPayload: (s) => ({
      kind: "signal",
      date: parseDateInput(s.date),
      source: s.source,
      sourceOther: s.source === "other" ? orNull(s.sourceOther) : null,
      observation: s.observation,
      since: dateOrNull(s.since),
      data: orNull(s.data),
      parents: parentsPayload(s),
      pupilInformed: pupilPayload(s),
    }),
    fieldIds: recIds("date", "source", "sourceOther", "observation", "since", "data", ...PARENTS_FIELDS, ...PUPIL_FIELDS),
    onSaved: props.onSaved,
  });
  const { state: s, set } = form;
  const err = form.errors.fieldError;
  return (
    <RecordFormShell kind="signal" props={props} form={form}>
      <div className="form-grid">
        <DateField id="rec-date" label={t("stepplan.fields.date")} value={s.date} onChange={(v) => set("date", v)} error={err("date")} />
        <SelectField
          id="rec-source"
          label={t("stepplan.fields.source")}
          value={s.source}
          onChange={(v) => set("source", v)}
          options={SOURCES.map((v) => ({ value: v, label: sourceText(v, stage) }))}
        />
        {s.source === "other" ? (
          <TextField id="rec-sourceOther" label={t("stepplan.fields.sourceOther")} value={s.sourceOther} onChange={(v) => set("sourceOther", v)} error={err("sourceOther")} />
        ) : null}
      </div>
      <TextAreaField
        id="rec-observation"
        label={t("stepplan.fields.observation")}
        hint={t("stepplan.fields.observationHint")}
        value={s.observation}
        onChange={(v) => set("observation", v)}
        error={err("observation")}
      />
      <div className="form-grid">
        <DateField id="rec-since" label={t("stepplan.fields.since")} value={s.since} onChange={(v) => set("since", v)} error={err("since")} optional />
      </div>
      <TextAreaField
        id="rec-data"
        label={t("stepplan.fields.data")}
        hint={t("stepplan.fields.dataHint")}
        value={s.data}
        onChange={(v) => set("data", v)}
        error={err("data")}
        optional
        rows={3}
      />
      <ParentsFields state={s} set={set} fieldError={err} />
      <PupilFields state={s} set={set} fieldError={err} />
    </RecordFormShell>
  );
}

function SignalDetails({ payload: p }: { payload: PayloadOf<"signal"> }) {
  const stage = useStage();
  return (
    <dl className="details record-details">
      <Item label={f("source")}>{p.source === "other" && p.sourceOther ? p.sourceOther : sourceText(p.source, stage)}</Item>
      <Item label={f("observation")}>{p.observation}</Item>
      <Item label={f("since")}>{formatDate(p.since)}</Item>
      <Item label={f("data")}>{p.data}</Item>
      <Item label={f("parents")}>{parentsText(p.parents)}</Item>
      <Item label={f("pupil")}>{pupilText(p.pupilInformed)}</Item>
    </dl>
  );
}

export const signal: KindModule<"signal"> = {
  steps: ["signaleren"],
  step: () => "signaleren",
  Form: SignalForm,
  Details: SignalDetails,
  title: (p) => datedTitle(signal.labels.kind, p.date),
  timelineSubject: (p) => short(p.observation),
  labels: { kind: "stepplan.kinds.signal", add: "stepplan.add.signal" },
};
