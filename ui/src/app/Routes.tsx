import type { AppStatus } from "../ipc/bindings/AppStatus";
import { t } from "../i18n";
import { PageHeading } from "../components/PageHeading";
import { Link } from "../components/Link";
import type { Route } from "./router";
import { PupilList } from "../features/pupils/PupilList";
import { PupilEditPage, PupilNewPage } from "../features/pupils/PupilFormPage";
import { PupilPage } from "../features/pupils/PupilPage";
import { CasePage } from "../features/cases/CasePage";
import { SettingsPage } from "../features/settings/SettingsPage";
import { DashboardPage } from "../features/dashboard/DashboardPage";
import { HearingFormPage } from "../features/hearing/HearingFormPage";
import { ParentViewFormPage } from "../features/hearing/ParentViewFormPage";
import { OppPage } from "../features/opp/OppPage";
import { EnrolmentPage } from "../features/enrolment/EnrolmentPage";
import { AbsencePage } from "../features/absence/AbsencePage";
import { TlvPage } from "../features/tlv/TlvPage";
import { AttachmentsPage } from "../features/attachments/AttachmentsPage";
import { MeldcodePage } from "../features/meldcode/MeldcodePage";
import { EscalationPage } from "../features/escalation/EscalationPage";

interface RoutesProps {
  route: Route;
  status: AppStatus;
  onAutoLockChanged: (minutes: number) => void;
}

/** The page for the current route (only rendered while the vault is unlocked). */
export function Routes({ route, status, onAutoLockChanged }: RoutesProps) {
  switch (route.name) {
    case "today":
      return <DashboardPage />;
    case "pupils":
      return <PupilList />;
    case "pupil-new":
      return <PupilNewPage />;
    case "pupil":
      return <PupilPage id={route.id} />;
    case "pupil-edit":
      return <PupilEditPage id={route.id} />;
    case "case":
      return <CasePage id={route.id} />;
    case "hearing":
      return <HearingFormPage pupilId={route.id} hearingId={route.recordId} />;
    case "parent-view":
      return <ParentViewFormPage pupilId={route.id} viewId={route.recordId} />;
    case "opp":
      return <OppPage pupilId={route.id} />;
    case "enrolment":
      return <EnrolmentPage pupilId={route.id} />;
    case "absence":
      return <AbsencePage pupilId={route.id} />;
    case "tlv":
      return <TlvPage pupilId={route.id} />;
    case "attachments":
      return <AttachmentsPage pupilId={route.id} />;
    case "meldcode":
      return <MeldcodePage pupilId={route.id} fromDispute={route.fromDispute} />;
    case "escalation":
      return <EscalationPage pupilId={route.id} subject={route.subject} link={route.link} />;
    case "settings":
      return <SettingsPage status={status} onAutoLockChanged={onAutoLockChanged} />;
    case "not-found":
      return (
        <div>
          <PageHeading>{t("app.notFoundTitle")}</PageHeading>
          <p>{t("app.notFoundText")}</p>
          <p>
            <Link to={{ name: "pupils" }}>{t("app.toPupils")}</Link>
          </p>
        </div>
      );
  }
}
