import { t } from "../../i18n";
import { Link } from "../../components/Link";
import { PageHeading } from "../../components/PageHeading";
import { AttachmentList } from "./AttachmentList";

/** "Bijlagen" of one pupil: the attachment list with its add form, on a page of its own. */
export function AttachmentsPage({ pupilId }: { pupilId: string }) {
  return (
    <div>
      <PageHeading>{t("attachments.pageTitle")}</PageHeading>
      <p>
        <Link to={{ name: "pupil", id: pupilId }}>{t("attachments.toPupil")}</Link>
      </p>
      <AttachmentList pupilId={pupilId} />
    </div>
  );
}
