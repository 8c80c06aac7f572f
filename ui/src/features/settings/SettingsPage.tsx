import type { AppStatus } from "../../ipc/bindings/AppStatus";
import { t } from "../../i18n";
import { PageHeading } from "../../components/PageHeading";
import { AutoLockForm } from "./AutoLockForm";
import { ChangePassphraseForm } from "./ChangePassphraseForm";
import { HolidaysForm } from "./HolidaysForm";
import { TemplatesSection } from "../templates/TemplatesSection";
import "./settings.css";

/** Instellingen: auto-lock time, school holidays, the SWV template, passphrase change and some facts for the administrator. */
export function SettingsPage({ status, onAutoLockChanged }: { status: AppStatus; onAutoLockChanged: (minutes: number) => void }) {
  return (
    <div className="narrow-wide settings-page">
      <PageHeading>{t("settings.title")}</PageHeading>
      <AutoLockForm onSaved={onAutoLockChanged} />
      <HolidaysForm />
      <TemplatesSection />
      <ChangePassphraseForm />
      <section className="card" aria-labelledby="about-heading">
        <h2 id="about-heading">{t("settings.aboutTitle")}</h2>
        <dl className="details">
          <dt>{t("settings.version")}</dt>
          <dd>{status.version}</dd>
          <dt>{t("settings.vaultDir")}</dt>
          <dd className="break mono">{status.vaultDir}</dd>
        </dl>
      </section>
    </div>
  );
}
