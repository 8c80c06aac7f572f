import { useEffect, useState, type FormEvent } from "react";
import { call, toIpcError } from "../../ipc/client";
import type { HolidayList } from "../../ipc/bindings/HolidayList";
import { errorText, t } from "../../i18n";
import { DateField, TextField } from "../../components/Field";
import { FormAlert, StatusMessage } from "../../components/ErrorText";
import { formatDate, parseDateInput } from "../../lib/dates";
import { useFormErrors } from "../../lib/useFormErrors";

const FIELD_IDS = {
  schoolYear: "holiday-schoolYear",
  name: "holiday-name",
  firstDay: "holiday-firstDay",
  lastDay: "holiday-lastDay",
};

/**
 * Schoolvakanties per schooljaar. The core validates (end not before start, inside the
 * schooljaar) and counts waiting times and evaluation dates in school weeks with them.
 */
export function HolidaysForm() {
  const [list, setList] = useState<HolidayList | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [schoolYear, setSchoolYear] = useState("");
  const [name, setName] = useState("");
  const [firstDay, setFirstDay] = useState("");
  const [lastDay, setLastDay] = useState("");
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const errors = useFormErrors(FIELD_IDS);

  useEffect(() => {
    let current = true;
    call("holiday_list", null).then(
      (l) => {
        if (!current) return;
        setList(l);
        setSchoolYear(l.currentSchoolYear);
      },
      (e: unknown) => current && setLoadError(errorText(toIpcError(e).code)),
    );
    return () => {
      current = false;
    };
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setDone(null);
    errors.clear();
    try {
      const next = await call("holiday_add", {
        schoolYear: schoolYear.trim(),
        name: name.trim(),
        firstDay: parseDateInput(firstDay),
        lastDay: parseDateInput(lastDay),
      });
      setList(next);
      setDone(t("settings.holidayAdded", { name: name.trim() }));
      setName("");
      setFirstDay("");
      setLastDay("");
    } catch (err) {
      errors.setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function remove(id: string, holidayName: string) {
    setDone(null);
    try {
      setList(await call("holiday_remove", { id }));
      setDone(t("settings.holidayRemoved", { name: holidayName }));
    } catch (err) {
      errors.setError(err);
    }
  }

  return (
    <section className="card" aria-labelledby="holidays-heading">
      <h2 id="holidays-heading">{t("settings.holidaysTitle")}</h2>
      <p className="muted">{t("settings.holidaysIntro")}</p>
      <FormAlert text={loadError} />
      {list && list.holidays.length === 0 ? <p id="holidays-empty">{t("settings.holidaysEmpty")}</p> : null}
      {list && list.holidays.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table" id="holidays-table">
            <caption className="visually-hidden">{t("settings.holidaysTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("settings.holidaySchoolYear")}</th>
                <th scope="col">{t("settings.holidayName")}</th>
                <th scope="col">{t("settings.holidayFirstDay")}</th>
                <th scope="col">{t("settings.holidayLastDay")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("settings.holidayActions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.holidays.map((h) => (
                <tr key={h.id} data-testid="holiday-row">
                  <td>{h.schoolYear}</td>
                  <th scope="row">{h.name}</th>
                  <td>{formatDate(h.firstDay)}</td>
                  <td>{formatDate(h.lastDay)}</td>
                  <td>
                    <button type="button" className="button button-secondary" onClick={() => void remove(h.id, h.name)}>
                      {t("settings.holidayRemove", { name: h.name })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate aria-busy={busy}>
        <TextField id="holiday-schoolYear" label={t("settings.holidaySchoolYear")} hint={t("settings.holidaySchoolYearHint")} value={schoolYear} onChange={setSchoolYear} error={errors.fieldError("schoolYear")} inputClassName="input-short" />
        <TextField id="holiday-name" label={t("settings.holidayName")} hint={t("settings.holidayNameHint")} value={name} onChange={setName} error={errors.fieldError("name")} />
        <DateField id="holiday-firstDay" label={t("settings.holidayFirstDay")} value={firstDay} onChange={setFirstDay} error={errors.fieldError("firstDay")} />
        <DateField id="holiday-lastDay" label={t("settings.holidayLastDay")} value={lastDay} onChange={setLastDay} error={errors.fieldError("lastDay")} />
        <FormAlert text={errors.formError} />
        <div className="button-row">
          <button id="holiday-add" type="submit" className="button button-primary" disabled={busy}>
            {busy ? t("common.saving") : t("settings.holidayAdd")}
          </button>
        </div>
        <StatusMessage id="holiday-saved" text={done} />
      </form>
    </section>
  );
}
