import { useState, type FormEvent } from "react";
import { call } from "../../ipc/client";
import type { PupilDetail } from "../../ipc/bindings/PupilDetail";
import type { PupilHearings } from "../../ipc/bindings/PupilHearings";
import type { Template } from "../../ipc/bindings/Template";
import { errorText, t } from "../../i18n";
import { DateField, SelectField, TextAreaField, TextField } from "../../components/Field";
import { FormAlert } from "../../components/ErrorText";
import { formatDate } from "../../lib/dates";
import { useFormErrors } from "../../lib/useFormErrors";
import { useFocusAfterRender } from "../../lib/useFocusAfterRender";
import { useLoad } from "../../lib/useLoad";
import { useTemplate } from "../stepplan/TemplateContext";
import { gradeText } from "../pupils/education";
import { HearingSummaryExport } from "../export/HearingSummaryExport";
import { ConversationMode } from "./ConversationMode";
import { useRecordSubmit } from "./useRecordSubmit";
import { DraftNote, FormButtons, FormHead } from "./FormParts";
import { LineRows, WishRows } from "./WishRows";
import { SmileyScale } from "./SmileyScale";
import { answersFor, hearingFieldIds, hearingState, hearingWire, newHearing, type AnswerRow, type HearingState } from "./hearingState";
import { bandText, methodOptions, momentOptions, settingOptions } from "./labels";
import { useDraftState } from "./useDraftState";
import "./hearing.css";

/** The hoorgesprek form of pupil `pupilId`: a new one when `hearingId` is null. */
export function HearingFormPage({ pupilId, hearingId }: { pupilId: string; hearingId: string | null }) {
  const pupil = useLoad(() => call("pupil_get", { id: pupilId }), pupilId);
  const page = useLoad(() => call("hearing_list", { id: pupilId }), pupilId);
  const { template, error: templateError } = useTemplate();
  const error = pupil.error ?? page.error ?? templateError;
  if (error) return <FormAlert text={errorText(error.code)} />;
  if (!pupil.data || !page.data || !template) return <p role="status">{t("common.loading")}</p>;
  const stored = hearingId === null ? null : page.data.hearings.find((h) => h.id === hearingId);
  if (stored === undefined) {
    return (
      <FormHead pupilId={pupilId} title={t("hearing.sectionTitle")}>
        <FormAlert text={t("hearing.notFound")} />
      </FormHead>
    );
  }
  const initial = stored ? hearingState(template, stored) : newHearing(template, page.data.suggestedBand);
  return (
    <HearingForm
      pupil={pupil.data}
      page={page.data}
      template={template}
      hearingId={hearingId}
      title={stored ? t("hearing.editTitle", { date: formatDate(stored.hearing.heldOn) }) : t("hearing.newTitle")}
      initial={initial}
    />
  );
}

interface HearingFormProps {
  pupil: PupilDetail;
  page: PupilHearings;
  template: Template;
  hearingId: string | null;
  title: string;
  initial: HearingState;
}

function HearingForm({ pupil, page, template, hearingId, title, initial }: HearingFormProps) {
  const pupilId = pupil.pupil.id;
  const form = useDraftState<HearingState>(hearingId ? `hearing/${hearingId}` : `pupil/${pupilId}/hearing/new`, initial);
  const s = form.state;
  const errors = useFormErrors(hearingFieldIds(s));
  const [conversation, setConversation] = useState(false);
  const stage = page.stage;
  const focusAfterRender = useFocusAfterRender();

  const setAnswer = (index: number, patch: Partial<AnswerRow>) =>
    form.update((state) => ({ ...state, answers: state.answers.map((a, i) => (i === index ? { ...a, ...patch } : a)) }));

  const { busy, run, toPupil } = useRecordSubmit(pupilId, form, errors);

  function submit(e: FormEvent) {
    e.preventDefault();
    const state = form.latest();
    void run(
      () =>
        call("hearing_save", {
          id: hearingId,
          pupilId,
          caseId: state.caseId === "" ? null : state.caseId,
          hearing: hearingWire(state),
        }),
      t("hearing.saved"),
    );
  }

  async function remove() {
    if (hearingId === null) return;
    await run(() => call("hearing_delete", { id: hearingId }), t("hearing.deleted"));
  }

  if (conversation) {
    return (
      <ConversationMode
        answers={s.answers}
        onAnswer={setAnswer}
        wishes={s.wishes}
        onWishes={(wishes) => form.set("wishes", wishes)}
        childGoals={s.childGoals}
        onGoals={(goals) => form.set("childGoals", goals)}
        onDone={() => {
          form.flush();
          setConversation(false);
          focusAfterRender(() => document.getElementById("conversation-open"));
        }}
      />
    );
  }

  const caseOptions = [
    { value: "", label: t("hearing.noCase") },
    ...pupil.cases.map((c) => ({ value: c.id, label: `${c.title} (${formatDate(c.startDate)})` })),
  ];
  return (
    <div className="hearing-page">
      <FormHead pupilId={pupilId} title={title}>
        <p className="muted">{t("hearing.pupilLine", { name: pupil.pupil.fullName })}</p>
      </FormHead>
      <div className="conversation-start">
        <button
          id="conversation-open"
          data-testid="conversation-open"
          type="button"
          className="button button-primary"
          aria-describedby="conversation-open-hint"
          onClick={() => setConversation(true)}
        >
          {t("hearing.conversationOpen")}
        </button>
        <p id="conversation-open-hint" className="field-hint">
          {t("hearing.conversationHint")}
        </p>
      </div>
      <DraftNote form={form} />
      <form id="hearing-form" className="form card" onSubmit={submit} onBlur={form.flush} noValidate aria-busy={busy} aria-label={title}>
        <div className="form-grid">
          <DateField id="hearing-heldOn" label={t("hearing.heldOn")} value={s.heldOn} onChange={(v) => form.set("heldOn", v)} error={errors.fieldError("heldOn")} />
          <SelectField id="hearing-moment" label={t("hearing.moment")} value={s.moment} onChange={(v) => form.set("moment", v)} options={momentOptions()} error={errors.fieldError("moment")} />
        </div>
        <TextField
          id="hearing-spokeWith"
          label={t("hearing.spokeWith")}
          hint={t("hearing.spokeWithHint")}
          value={s.spokeWith}
          onChange={(v) => form.set("spokeWith", v)}
          error={errors.fieldError("spokeWith")}
        />
        <div className="form-grid">
          <SelectField id="hearing-setting" label={t("hearing.setting")} value={s.setting} onChange={(v) => form.set("setting", v)} options={settingOptions(stage)} error={errors.fieldError("setting")} />
          <SelectField id="hearing-method" label={t("hearing.method")} value={s.method} onChange={(v) => form.set("method", v)} options={methodOptions()} error={errors.fieldError("method")} />
        </div>
        <TextAreaField
          id="hearing-methodNote"
          label={t("hearing.methodNote")}
          value={s.methodNote}
          onChange={(v) => form.set("methodNote", v)}
          error={errors.fieldError("methodNote")}
          optional
          rows={2}
        />
        <fieldset className="fieldset" data-testid="hearing-questions">
          <legend>{t("hearing.questionsTitle")}</legend>
          <SelectField
            id="hearing-ageBand"
            label={t("hearing.questionSet")}
            hint={t("hearing.questionSetHint", { grade: gradeText(stage, pupil.pupil.grade) })}
            value={s.ageBand}
            onChange={(band) => form.update((state) => ({ ...state, ageBand: band, answers: answersFor(template, band, state.answers) }))}
            options={template.hearing.questionSets.map((set) => ({ value: set.band, label: bandText(template, set.band) }))}
            error={errors.fieldError("ageBand") ?? errors.fieldError("answers")}
          />
          <p className="field-hint">{t("hearing.questionsIntro")}</p>
          {s.answers.length === 0 ? <p className="muted">{t("hearing.noQuestions")}</p> : null}
          {s.answers.map((answer, index) => (
            <div key={`${s.ageBand}-${index}`} className="hearing-answer" data-testid="hearing-answer">
              <TextAreaField
                id={`hearing-answer-${index}`}
                label={answer.question}
                value={answer.words}
                onChange={(words) => setAnswer(index, { words })}
                error={errors.fieldError(`answers[${index}].words`) ?? errors.fieldError(`answers[${index}].question`)}
                rows={3}
              />
              {answer.hasScale ? (
                <SmileyScale
                  id={`hearing-answer-${index}-scale`}
                  legend={t("hearing.scaleForm")}
                  value={answer.scale}
                  onChange={(scale) => setAnswer(index, { scale })}
                  error={errors.fieldError(`answers[${index}].scale`)}
                />
              ) : null}
            </div>
          ))}
        </fieldset>
        <WishRows
          idPrefix="hearing-wish"
          title={t("hearing.wishesTitle")}
          rows={s.wishes}
          onChange={(wishes) => form.set("wishes", wishes)}
          fieldError={errors.fieldError}
        />
        <LineRows
          idPrefix="hearing-goal"
          field="childGoals"
          title={t("hearing.goalsTitle")}
          intro={t("hearing.goalsIntro")}
          rowLabel={(n) => t("hearing.goal", { n })}
          removeLabel={(n) => t("hearing.removeGoal", { n })}
          addLabel={t("hearing.addGoal")}
          emptyText={t("hearing.noGoals")}
          rows={s.childGoals}
          onChange={(goals) => form.set("childGoals", goals)}
          fieldError={errors.fieldError}
        />
        <fieldset className="fieldset">
          <legend>{t("hearing.feedbackTitle")}</legend>
          <DateField id="hearing-feedbackOn" label={t("hearing.feedbackOn")} value={s.feedbackOn} onChange={(v) => form.set("feedbackOn", v)} error={errors.fieldError("feedbackOn")} optional />
          <TextAreaField id="hearing-feedbackHow" label={t("hearing.feedbackHow")} value={s.feedbackHow} onChange={(v) => form.set("feedbackHow", v)} error={errors.fieldError("feedbackHow")} optional rows={2} />
        </fieldset>
        <SelectField id="hearing-caseId" label={t("hearing.case")} value={s.caseId} onChange={(v) => form.set("caseId", v)} options={caseOptions} error={errors.fieldError("caseId")} />
        <FormButtons
          saveId="hearing-save"
          busy={busy}
          error={errors.formError}
          onCancel={toPupil}
          remove={hearingId === null ? undefined : { id: "hearing-delete", label: t("hearing.delete"), confirm: t("hearing.deleteConfirm"), run: remove }}
        />
      </form>
      {hearingId !== null ? <HearingSummaryExport hearingId={hearingId} /> : null}
    </div>
  );
}
