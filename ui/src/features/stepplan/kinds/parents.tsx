import type { ParentsInformed } from "../../../ipc/bindings/ParentsInformed";
import type { PupilInformed } from "../../../ipc/bindings/PupilInformed";
import { t } from "../../../i18n";
import { CheckboxField, DateField, TextAreaField } from "../../../components/Field";
import { formatDate, parseDateInput, todayIso } from "../../../lib/dates";

export interface ParentsState {
  parentsInformed: boolean;
  parentsDate: string;
  parentsReason: string;
}

export const PARENTS_FIELDS = ["parentsDate", "parentsReason"] as const;

export function parentsState(p: ParentsInformed | null | undefined): ParentsState {
  return {
    parentsInformed: p?.informed ?? false,
    parentsDate: formatDate(p?.date ?? todayIso()),
    parentsReason: p?.reason ?? "",
  };
}

export function parentsPayload(s: ParentsState): ParentsInformed {
  return s.parentsInformed
    ? { informed: true, date: parseDateInput(s.parentsDate), reason: null }
    : { informed: false, date: null, reason: s.parentsReason.trim() === "" ? null : s.parentsReason };
}

interface ParentsFieldsProps<S extends ParentsState> {
  state: S;
  set: <K extends keyof S>(field: K, value: S[K]) => void;
  fieldError: (field: string) => string | undefined;
}

/** "Ouders geïnformeerd": a date when yes, otherwise why not (yet). */
export function ParentsFields<S extends ParentsState>({ state, set, fieldError }: ParentsFieldsProps<S>) {
  return (
    <div className="parents-fields">
      <CheckboxField
        id="rec-parentsInformed"
        label={t("stepplan.fields.parentsInformed")}
        checked={state.parentsInformed}
        onChange={(v) => set("parentsInformed", v as S["parentsInformed"])}
      />
      {state.parentsInformed ? (
        <DateField
          id="rec-parentsDate"
          label={t("stepplan.fields.parentsDate")}
          value={state.parentsDate}
          onChange={(v) => set("parentsDate", v as S["parentsDate"])}
          error={fieldError("parentsDate")}
        />
      ) : (
        <TextAreaField
          id="rec-parentsReason"
          label={t("stepplan.fields.parentsReason")}
          value={state.parentsReason}
          onChange={(v) => set("parentsReason", v as S["parentsReason"])}
          error={fieldError("parentsReason")}
          optional
          rows={2}
        />
      )}
    </div>
  );
}

export interface PupilState {
  pupilInformed: boolean;
  pupilDate: string;
  pupilReason: string;
}

export const PUPIL_FIELDS = ["pupilDate", "pupilReason"] as const;

export function pupilState(p: PupilInformed | null | undefined): PupilState {
  return {
    pupilInformed: p?.informed ?? false,
    pupilDate: formatDate(p?.date ?? todayIso()),
    pupilReason: p?.reason ?? "",
  };
}

export function pupilPayload(s: PupilState): PupilInformed {
  return s.pupilInformed
    ? { informed: true, date: parseDateInput(s.pupilDate), reason: null }
    : { informed: false, date: null, reason: s.pupilReason.trim() === "" ? null : s.pupilReason };
}

interface PupilFieldsProps<S extends PupilState> {
  state: S;
  set: <K extends keyof S>(field: K, value: S[K]) => void;
  fieldError: (field: string) => string | undefined;
}

/** "Leerling geïnformeerd": a date when yes, otherwise why not (yet). */
export function PupilFields<S extends PupilState>({ state, set, fieldError }: PupilFieldsProps<S>) {
  return (
    <div className="parents-fields">
      <CheckboxField
        id="rec-pupilInformed"
        label={t("stepplan.fields.pupilInformed")}
        checked={state.pupilInformed}
        onChange={(v) => set("pupilInformed", v as S["pupilInformed"])}
      />
      {state.pupilInformed ? (
        <DateField
          id="rec-pupilDate"
          label={t("stepplan.fields.pupilDate")}
          value={state.pupilDate}
          onChange={(v) => set("pupilDate", v as S["pupilDate"])}
          error={fieldError("pupilDate")}
        />
      ) : (
        <TextAreaField
          id="rec-pupilReason"
          label={t("stepplan.fields.pupilReason")}
          value={state.pupilReason}
          onChange={(v) => set("pupilReason", v as S["pupilReason"])}
          error={fieldError("pupilReason")}
          optional
          rows={2}
        />
      )}
    </div>
  );
}

/** A typed optional text: empty → null. */
export const orNull = (s: string): string | null => (s.trim() === "" ? null : s);

/** A typed optional date: empty → null, else ISO (or as typed, for the backend to judge). */
export const dateOrNull = (s: string): string | null => (s.trim() === "" ? null : parseDateInput(s));
