import type { FormEvent } from "react";
import { call } from "../../ipc/client";
import type { HearingMoment } from "../../ipc/bindings/HearingMoment";
import type { ParentViewView } from "../../ipc/bindings/ParentViewView";
import type { PupilDetail } from "../../ipc/bindings/PupilDetail";
import { errorText, t } from "../../i18n";
import { DateField, SelectField, TextAreaField } from "../../components/Field";
import { ErrorText, FormAlert } from "../../components/ErrorText";
import { formatDate, parseDateInput } from "../../lib/dates";
import { useFormErrors } from "../../lib/useFormErrors";
import { useLoad } from "../../lib/useLoad";
import { relationText } from "../guardians/relations";
import { DraftNote, FormButtons, FormHead } from "./FormParts";
import { WishRows } from "./WishRows";
import { momentOptions } from "./labels";
import { wishFieldIds, wishRow, wishWire, type WishRow } from "./rows";
import { useRecordSubmit } from "./useRecordSubmit";
import { useDraftState } from "./useDraftState";
import "./hearing.css";

interface ParentViewState {
  givenOn: string;
  moment: HearingMoment;
  guardianIds: string[];
  words: string;
  wishes: WishRow[];
  /** "" for no casus. */
  caseId: string;
}

const fresh = (): ParentViewState => ({ givenOn: "", moment: "opstellen", guardianIds: [], words: "", wishes: [], caseId: "" });

function stateOf(view: ParentViewView): ParentViewState {
  return {
    givenOn: formatDate(view.view.givenOn),
    moment: view.view.moment,
    guardianIds: [...view.view.guardianIds],
    words: view.view.words,
    wishes: view.view.wishes.map(wishRow),
    caseId: view.caseId ?? "",
  };
}

/** The zienswijze ouders form of pupil `pupilId`: a new one when `viewId` is null. */
export function ParentViewFormPage({ pupilId, viewId }: { pupilId: string; viewId: string | null }) {
  const pupil = useLoad(() => call("pupil_get", { id: pupilId }), pupilId);
  const page = useLoad(() => call("hearing_list", { id: pupilId }), pupilId);
  const error = pupil.error ?? page.error;
  if (error) return <FormAlert text={errorText(error.code)} />;
  if (!pupil.data || !page.data) return <p role="status">{t("common.loading")}</p>;
  const stored = viewId === null ? null : page.data.parentViews.find((v) => v.id === viewId);
  if (stored === undefined) {
    return (
      <FormHead pupilId={pupilId} title={t("hearing.sectionTitle")}>
        <FormAlert text={t("hearing.parentView.notFound")} />
      </FormHead>
    );
  }
  return (
    <ParentViewForm
      pupil={pupil.data}
      viewId={viewId}
      title={stored ? t("hearing.parentView.editTitle", { date: formatDate(stored.view.givenOn) }) : t("hearing.parentView.newTitle")}
      initial={stored ? stateOf(stored) : fresh()}
    />
  );
}

interface ParentViewFormProps {
  pupil: PupilDetail;
  viewId: string | null;
  title: string;
  initial: ParentViewState;
}

function ParentViewForm({ pupil, viewId, title, initial }: ParentViewFormProps) {
  const pupilId = pupil.pupil.id;
  const form = useDraftState<ParentViewState>(viewId ? `parent-view/${viewId}` : `pupil/${pupilId}/parent-view/new`, initial);
  const s = form.state;
  const errors = useFormErrors({
    givenOn: "pv-givenOn",
    moment: "pv-moment",
    guardianIds: `pv-guardian-${pupil.guardians[0]?.id ?? "none"}`,
    words: "pv-words",
    wishes: "pv-wish-add",
    caseId: "pv-caseId",
    ...wishFieldIds("pv-wish", s.wishes.length),
  });
  const { busy, run, toPupil } = useRecordSubmit(pupilId, form, errors);

  function submit(e: FormEvent) {
    e.preventDefault();
    const state = form.latest();
    void run(
      () =>
        call("parent_view_save", {
          id: viewId,
          pupilId,
          caseId: state.caseId === "" ? null : state.caseId,
          view: {
            givenOn: parseDateInput(state.givenOn),
            moment: state.moment,
            guardianIds: state.guardianIds,
            words: state.words,
            wishes: state.wishes.map(wishWire),
          },
        }),
      t("hearing.parentView.saved"),
    );
  }

  async function remove() {
    if (viewId === null) return;
    await run(() => call("parent_view_delete", { id: viewId }), t("hearing.parentView.deleted"));
  }

  const guardiansError = errors.fieldError("guardianIds");
  const toggle = (id: string, on: boolean) =>
    form.update((state) => ({
      ...state,
      guardianIds: on ? [...state.guardianIds.filter((g) => g !== id), id] : state.guardianIds.filter((g) => g !== id),
    }));
  const caseOptions = [
    { value: "", label: t("hearing.noCase") },
    ...pupil.cases.map((c) => ({ value: c.id, label: `${c.title} (${formatDate(c.startDate)})` })),
  ];
  return (
    <div className="hearing-page">
      <FormHead pupilId={pupilId} title={title}>
        <p className="muted">{t("hearing.pupilLine", { name: pupil.pupil.fullName })}</p>
      </FormHead>
      <DraftNote form={form} />
      <form id="parent-view-form" className="form card" onSubmit={submit} onBlur={form.flush} noValidate aria-busy={busy} aria-label={title}>
        <div className="form-grid">
          <DateField id="pv-givenOn" label={t("hearing.parentView.givenOn")} value={s.givenOn} onChange={(v) => form.set("givenOn", v)} error={errors.fieldError("givenOn")} />
          <SelectField id="pv-moment" label={t("hearing.moment")} value={s.moment} onChange={(v) => form.set("moment", v)} options={momentOptions()} error={errors.fieldError("moment")} />
        </div>
        <fieldset
          className={guardiansError ? "fieldset field-invalid" : "fieldset"}
          aria-describedby={guardiansError ? "pv-guardians-hint pv-guardians-error" : "pv-guardians-hint"}
          data-testid="pv-guardians"
        >
          <legend>{t("hearing.parentView.guardians")}</legend>
          <p id="pv-guardians-hint" className="field-hint">
            {pupil.guardians.length === 0 ? t("hearing.parentView.noGuardians") : t("hearing.parentView.guardiansHint")}
          </p>
          {pupil.guardians.map((g) => (
            <div key={g.id} className="field field-checkbox">
              <input
                id={`pv-guardian-${g.id}`}
                type="checkbox"
                checked={s.guardianIds.includes(g.id)}
                onChange={(e) => toggle(g.id, e.target.checked)}
              />
              <label htmlFor={`pv-guardian-${g.id}`}>{`${g.fullName} (${relationText(g.relation)})`}</label>
            </div>
          ))}
          <ErrorText id="pv-guardians-error" text={guardiansError} />
        </fieldset>
        <TextAreaField id="pv-words" label={t("hearing.parentView.words")} value={s.words} onChange={(v) => form.set("words", v)} error={errors.fieldError("words")} rows={6} />
        <WishRows idPrefix="pv-wish" title={t("hearing.parentWishesTitle")} rows={s.wishes} onChange={(wishes) => form.set("wishes", wishes)} fieldError={errors.fieldError} />
        <SelectField id="pv-caseId" label={t("hearing.case")} value={s.caseId} onChange={(v) => form.set("caseId", v)} options={caseOptions} error={errors.fieldError("caseId")} />
        <FormButtons
          saveId="parent-view-save"
          busy={busy}
          error={errors.formError}
          onCancel={toPupil}
          remove={viewId === null ? undefined : { id: "parent-view-delete", label: t("hearing.parentView.delete"), confirm: t("hearing.parentView.deleteConfirm"), run: remove }}
        />
      </form>
    </div>
  );
}
