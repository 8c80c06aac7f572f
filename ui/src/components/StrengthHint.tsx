import { t } from "../i18n";
import { passphraseStrength } from "../lib/strength";

/** Live hint under a new-passphrase field: zwak / redelijk / sterk. */
export function StrengthHint({ id, passphrase }: { id: string; passphrase: string }) {
  const s = passphraseStrength(passphrase);
  let text: string;
  let level: "none" | "weak" | "fair" | "strong";
  switch (s.level) {
    case "empty":
      text = t("strength.empty");
      level = "none";
      break;
    case "too_short":
      text = `${t("strength.label")} ${t("strength.tooShort", { count: s.missing })}`;
      level = "weak";
      break;
    case "weak":
      text = `${t("strength.label")} ${t("strength.weak")}`;
      level = "weak";
      break;
    case "fair":
      text = `${t("strength.label")} ${t("strength.fair")}`;
      level = "fair";
      break;
    case "strong":
      text = `${t("strength.label")} ${t("strength.strong")}`;
      level = "strong";
      break;
  }
  return (
    <div className={`strength strength-${level}`}>
      <div className="strength-meter" aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
      <p id={id} className="strength-text" aria-live="polite">
        {text}
      </p>
    </div>
  );
}
