import { useState } from "react";
import { t } from "../../i18n";
import { PageHeading } from "../../components/PageHeading";
import { CheckboxField } from "../../components/Field";
import "./vault.css";

/** The recovery key, shown once, with print support and an explicit "I saved it" step. */
export function RecoveryKeyView({ recoveryKey, onContinue }: { recoveryKey: string; onContinue: () => void }) {
  const [saved, setSaved] = useState(false);
  return (
    <div className="narrow">
      <PageHeading>{t("vault.recoveryTitle")}</PageHeading>
      <p className="lead no-print">{t("vault.recoveryIntro")}</p>
      <section className="print-area" aria-labelledby="recovery-key-label">
        <h2 className="print-only">{t("vault.printHeading")}</h2>
        <p id="recovery-key-label" className="recovery-key-label">
          {t("vault.recoveryKeyLabel")}
        </p>
        <p id="recovery-key" className="recovery-key" aria-describedby="recovery-key-label">
          {recoveryKey}
        </p>
        <p className="print-only">{t("vault.printExplanation")}</p>
      </section>
      <p className="no-print">{t("vault.recoveryAdvice")}</p>
      <div className="button-row no-print">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t("vault.print")}
        </button>
      </div>
      <form
        className="no-print"
        onSubmit={(e) => {
          e.preventDefault();
          if (saved) onContinue();
        }}
      >
        <CheckboxField id="recovery-saved" label={t("vault.recoverySaved")} checked={saved} onChange={setSaved} />
        <div className="button-row">
          <button id="recovery-continue" type="submit" className="button button-primary" disabled={!saved}>
            {t("vault.recoveryContinue")}
          </button>
        </div>
      </form>
    </div>
  );
}
