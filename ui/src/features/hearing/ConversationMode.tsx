import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { t } from "../../i18n";
import { useFullWindow } from "../../app/fullWindow";
import { SmileyScale } from "./SmileyScale";
import { emptyWish, type WishRow } from "./rows";
import type { AnswerRow } from "./hearingState";

interface ConversationModeProps {
  answers: AnswerRow[];
  onAnswer: (index: number, patch: Partial<AnswerRow>) => void;
  wishes: WishRow[];
  onWishes: (rows: WishRow[]) => void;
  childGoals: string[];
  onGoals: (rows: string[]) => void;
  /** Back to the form; everything typed is already in the form's state (and its draft). */
  onDone: () => void;
}

/**
 * Gespreksmodus: a calm full-window screen for use during the conversation with the child.
 * One question at a time in large type with the answer below, then one screen for wishes and
 * kinddoelen in the child's words. It shows nothing else of the pupil — no name, casus or
 * navigation — because the child may look at the screen.
 *
 * Keys: Ctrl+Enter next, Ctrl+Shift+Enter previous, Escape back to the form. Plain Enter makes
 * a new line in the answer.
 */
export function ConversationMode({ answers, onAnswer, wishes, onWishes, childGoals, onGoals, onDone }: ConversationModeProps) {
  useFullWindow();
  const [step, setStep] = useState(0);
  const last = answers.length;
  const focusRef = useRef<HTMLTextAreaElement | HTMLButtonElement>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);

  useEffect(() => {
    focusRef.current?.focus();
  }, [step]);

  useEffect(() => {
    if (focusTarget === null) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const next = () => (step < last ? setStep(step + 1) : onDone());
  const previous = () => setStep(Math.max(0, step - 1));

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.preventDefault();
      onDone();
    } else if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      if (e.shiftKey) previous();
      else next();
    }
  };

  const answer = answers[step];
  return (
    <section className="conversation" aria-labelledby="conversation-heading" onKeyDown={onKeyDown} data-testid="conversation">
      <div className="conversation-top">
        <h1 id="conversation-heading" className="conversation-title">
          {t("hearing.conversationLabel")}
        </h1>
        <p className="conversation-progress" aria-live="polite" data-testid="conversation-progress">
          {answer ? t("hearing.progress", { n: step + 1, total: answers.length }) : t("hearing.progressLast")}
        </p>
      </div>
      {answer ? (
        <div className="conversation-body" key={step}>
          <label htmlFor="conversation-answer" className="conversation-question">
            {answer.question}
          </label>
          <textarea
            id="conversation-answer"
            data-testid="conversation-answer"
            ref={(el) => {
              focusRef.current = el;
            }}
            className="conversation-answer"
            rows={6}
            value={answer.words}
            onChange={(e) => onAnswer(step, { words: e.target.value })}
          />
          {answer.hasScale ? (
            <SmileyScale
              id={`conversation-scale-${step}`}
              legend={t("hearing.scaleLegend")}
              value={answer.scale}
              onChange={(scale) => onAnswer(step, { scale })}
              large
            />
          ) : null}
        </div>
      ) : (
        <div className="conversation-body" key="last">
          <h2 className="conversation-question">{t("hearing.lastTitle")}</h2>
          <fieldset className="conversation-group">
            <legend>{t("hearing.childWishesTitle")}</legend>
            {wishes.map((wish, index) => (
              <div key={index} className="conversation-line">
                <label htmlFor={`conversation-wish-${index}`}>{t("hearing.childWish", { n: index + 1 })}</label>
                <textarea
                  id={`conversation-wish-${index}`}
                  rows={2}
                  value={wish.words}
                  onChange={(e) => onWishes(wishes.map((w, i) => (i === index ? { ...w, words: e.target.value } : w)))}
                />
              </div>
            ))}
            <button
              type="button"
              id="conversation-wish-add"
              data-testid="conversation-wish-add"
              className="button button-secondary"
              ref={(el) => {
                focusRef.current = el;
              }}
              onClick={() => {
                onWishes([...wishes, emptyWish()]);
                setFocusTarget(`conversation-wish-${wishes.length}`);
              }}
            >
              {t("hearing.addWish")}
            </button>
          </fieldset>
          <fieldset className="conversation-group">
            <legend>{t("hearing.childGoalsTitle")}</legend>
            {childGoals.map((goal, index) => (
              <div key={index} className="conversation-line">
                <label htmlFor={`conversation-goal-${index}`}>{t("hearing.childGoal", { n: index + 1 })}</label>
                <input
                  id={`conversation-goal-${index}`}
                  type="text"
                  autoComplete="off"
                  value={goal}
                  onChange={(e) => onGoals(childGoals.map((g, i) => (i === index ? e.target.value : g)))}
                />
              </div>
            ))}
            <button
              type="button"
              id="conversation-goal-add"
              data-testid="conversation-goal-add"
              className="button button-secondary"
              onClick={() => {
                onGoals([...childGoals, ""]);
                setFocusTarget(`conversation-goal-${childGoals.length}`);
              }}
            >
              {t("hearing.addGoal")}
            </button>
          </fieldset>
        </div>
      )}
      <div className="conversation-actions">
        <button type="button" className="button button-secondary" data-testid="conversation-previous" onClick={previous} disabled={step === 0}>
          {t("hearing.previous")}
        </button>
        {answer ? (
          <button type="button" className="button button-primary" data-testid="conversation-next" onClick={next}>
            {t("hearing.next")}
          </button>
        ) : null}
        <button type="button" className="button button-secondary" data-testid="conversation-done" onClick={onDone}>
          {t("hearing.done")}
        </button>
      </div>
      <p className="conversation-keys muted">{t("hearing.keysHint")}</p>
    </section>
  );
}
