import type { MeldcodePage } from "../../ipc/bindings/MeldcodePage";
import type { MeldcodeRouteView } from "../../ipc/bindings/MeldcodeRouteView";
import { t } from "../../i18n";
import { formatDate } from "../../lib/dates";
import { StepSection } from "./StepSection";
import { CloseForm } from "./CloseForm";

interface RouteViewProps {
  page: MeldcodePage;
  route: MeldcodeRouteView;
  onChanged: (page: MeldcodePage, message: string) => void;
  onLocked: () => void;
}

/**
 * One route: the recorded answer to the question, the five steps in order (each with its
 * entries; forms while the route is open), and closing. A closed route is read-only.
 */
export function RouteView({ page, route, onChanged, onLocked }: RouteViewProps) {
  const headingId = `meldcode-route-${route.id}-heading`;
  const title = route.editable ? t("meldcode.openRoute") : t("meldcode.closedRoute", { date: formatDate(route.closedOn) });
  return (
    <section className="card meldcode-route" aria-labelledby={headingId} data-testid="meldcode-route">
      <h2 id={headingId}>{title}</h2>
      <p data-testid="meldcode-question">
        {t("meldcode.questionAnswered", {
          date: formatDate(route.question.answeredOn),
          by: route.question.answeredBy,
          answer: route.answerLabel,
        })}
      </p>
      {route.steps.map((step) => (
        <StepSection key={step.info.step} page={page} route={route} step={step} onChanged={onChanged} onLocked={onLocked} />
      ))}
      {route.closingNote ? <p>{t("meldcode.closingNoteShown", { note: route.closingNote })}</p> : null}
      {route.editable ? (
        <CloseForm pupilId={page.pupilId} onDone={(next) => onChanged(next, t("meldcode.closedNotice"))} onLocked={onLocked} />
      ) : null}
    </section>
  );
}
