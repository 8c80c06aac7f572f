import { t } from "../../i18n";
import { Link } from "../../components/Link";

/**
 * "Verzuim en thuiszitten" on the pupil page: the way to the pupil's verzuim page, where absences
 * are registered, the rolling total and a report due are shown, and periods at home are kept.
 * It loads nothing itself, so the pupil page stays one round of calls.
 */
export function AbsenceSection({ pupilId }: { pupilId: string }) {
  return (
    <section className="card" aria-labelledby="absence-section-heading" data-testid="absence-section">
      <h2 id="absence-section-heading">{t("absence.title")}</h2>
      <p className="muted">{t("absence.sectionIntro")}</p>
      <p>
        <Link id="absence-open" to={{ name: "absence", id: pupilId }} className="button">
          {t("absence.open")}
        </Link>
      </p>
    </section>
  );
}
