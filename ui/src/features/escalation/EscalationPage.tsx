import { useState } from "react";
import { call } from "../../ipc/client";
import type { DisputeLink } from "../../ipc/bindings/DisputeLink";
import type { DisputeSubject } from "../../ipc/bindings/DisputeSubject";
import type { EscalationPage as Page } from "../../ipc/bindings/EscalationPage";
import { errorText, t } from "../../i18n";
import { PageHeading } from "../../components/PageHeading";
import { FormAlert, StatusMessage } from "../../components/ErrorText";
import { Link } from "../../components/Link";
import { useLoad } from "../../lib/useLoad";
import { SafetyQuestion } from "./SafetyQuestion";
import { OpenForm } from "./OpenForm";
import { EscalationCard } from "./EscalationCard";
import "./escalation.css";

interface Props {
  pupilId: string;
  /** Prefill of "Geschil openen" (from the OPP or TLV page). */
  subject: DisputeSubject | null;
  link: DisputeLink | null;
}

/**
 * The geschillen of a pupil (`#/leerlingen/<id>/geschillen`): "Geschil openen" first asks
 * whether this is about the pupil's safety or a disagreement — "veiligheid" goes to the
 * meldcode route, never to the ladder — then the opening form. Each geschil shows its
 * escalatieladder (the steps of its own template, done, skipped, where it is now, to come), its
 * termijnen with rule and source, and the forms to record a step, skip one or close it. The
 * core decides everything shown; the page only follows its answers.
 */
export function EscalationPage({ pupilId, subject, link }: Props) {
  const loaded = useLoad(() => call("escalation_list", { id: pupilId }), pupilId);
  const [notice, setNotice] = useState<string | null>(null);
  // Arriving with a prefill (from the OPP or TLV page) starts at the safety question.
  const [stage, setStage] = useState<"idle" | "question" | "form">(subject !== null ? "question" : "idle");
  const page = loaded.data;
  const changed = (next: Page, message: string) => {
    loaded.setData(next);
    setNotice(message);
  };
  return (
    <div>
      <PageHeading>{t("escalation.title")}</PageHeading>
      <p>
        <Link to={{ name: "pupil", id: pupilId }}>{t("escalation.backToPupil")}</Link>
      </p>
      <p className="muted">{t("escalation.intro")}</p>
      <StatusMessage text={notice} />
      {loaded.error ? <FormAlert text={errorText(loaded.error.code)} /> : null}
      {!page && loaded.loading ? <p role="status">{t("common.loading")}</p> : null}
      {page && page.disputes.length === 0 ? <p className="empty-state">{t("escalation.none")}</p> : null}
      {page && stage === "idle" ? (
        <p>
          <button type="button" className="button button-primary" id="escalation-start" onClick={() => setStage("question")}>
            {t("escalation.start")}
          </button>
        </p>
      ) : null}
      {page && stage === "question" ? (
        <SafetyQuestion pupilId={pupilId} onDisagreement={() => setStage("form")} onCancel={() => setStage("idle")} />
      ) : null}
      {page && stage === "form" ? (
        <OpenForm
          page={page}
          subject={subject}
          link={link}
          onSaved={(next) => {
            setStage("idle");
            changed(next, t("escalation.opened"));
          }}
          onCancel={() => setStage("idle")}
        />
      ) : null}
      {page?.disputes.map((view) => (
        <EscalationCard key={view.id} view={view} page={page} onChanged={changed} />
      ))}
    </div>
  );
}
