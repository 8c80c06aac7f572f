import { t } from "../../i18n";
import { Link } from "../../components/Link";

/**
 * "Bijlagen" on the pupil page: the way to the pupil's attachments. It loads nothing itself, so
 * the pupil page stays one round of calls (as the verzuim section).
 */
export function AttachmentSection({ pupilId }: { pupilId: string }) {
  return (
    <section className="card" aria-labelledby="attachment-section-heading" data-testid="attachment-section">
      <h2 id="attachment-section-heading">{t("attachments.title")}</h2>
      <p className="muted">{t("attachments.sectionIntro")}</p>
      <p>
        <Link id="attachments-open" to={{ name: "attachments", id: pupilId }} className="button">
          {t("attachments.open")}
        </Link>
      </p>
    </section>
  );
}
