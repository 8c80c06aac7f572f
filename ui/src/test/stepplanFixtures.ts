// Seeds casussen in the fake backend through its own handlers (the same rules as over IPC).
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createElement } from "react";
import { App } from "../app/App";
import type { StepKey } from "../ipc/bindings/StepKey";
import { toWire, type RecordPayload } from "../features/stepplan/records";
import { installFakeBackend, type FakeBackend, type FakeOptions } from "./fakeBackend";

export const PUPIL = { id: "p7", firstName: "Lotte", lastName: "Meijer" };

export class Seed {
  constructor(
    readonly fake: FakeBackend,
    readonly caseId: string,
  ) {}

  static open(fake: FakeBackend, title = "Leesproblemen", startDate = "2025-02-03", pupilId = PUPIL.id): Seed {
    const d = fake.handlers.case_open({ pupilId, title, startDate, templateId: null });
    return new Seed(fake, d.case.id);
  }

  get detail() {
    return this.fake.handlers.case_get({ id: this.caseId });
  }

  get cycleId(): string {
    return this.detail.cycles.at(-1)!.id;
  }

  save(data: RecordPayload): string {
    const before = new Set(this.detail.cycles.flatMap((c) => c.records.map((r) => r.id)));
    const d = this.fake.handlers.record_save({ caseId: this.caseId, recordId: null, data: toWire(data), correctionNote: null });
    return d.cycles.flatMap((c) => c.records).find((r) => !before.has(r.id))!.id;
  }

  step(step: StepKey, action: "start" | "complete" | "skip" | "reopen", reason: string | null = null): void {
    this.fake.handlers.step_action({ cycleId: this.cycleId, step, action, reason });
  }

  signal(date = "2025-02-03"): string {
    return this.save({
      kind: "signal", date, source: "teacher", sourceOther: null, observation: "Leest traag en raadt woorden.",
      since: null, data: null, parents: { informed: true, date, reason: null }, pupilInformed: { informed: true, date, reason: null },
    });
  }

  goal(description: string, evaluationDate: string | null): string {
    return this.save({ kind: "goal", description, targetDate: null, evaluationDate, madeWithParents: true, madeWithPupil: true });
  }

  /** Walks cycle 1 to the end: signal, need, factor, goal, plan share, evaluation with `decision`. */
  finishCycle(decision: string): { goalId: string } {
    this.signal();
    this.step("signaleren", "complete");
    this.save({ kind: "need", description: "Heeft korte instructie in kleine stappen nodig." });
    this.save({ kind: "factor", factorKind: "helping", domain: "thuis", description: "Ouders lezen elke avond voor." });
    this.step("begrijpen", "complete");
    const goalId = this.goal("Leest AVI M4 vlot.", "2025-02-20");
    this.save({
      kind: "intervention", description: "Duo-lezen", level: "basis", levelNote: null, who: "Juf Anne",
      startDate: "2025-02-05", endDate: null, frequency: "3x per week", goalIds: [goalId],
    });
    this.step("plannen", "complete");
    this.step("realiseren", "skip", "Loopt al via de groepsaanpak.");
    this.save({ kind: "plan_share", date: "2025-02-06", method: "In een gesprek", snapshot: null });
    this.step("vastleggen", "complete");
    this.save({ kind: "evaluation", date: "2025-02-28", results: [{ goalId, outcome: "deels", rationale: "AVI M4 met hulp." }], decision, notes: null });
    this.step("evalueren", "complete");
    return { goalId };
  }
}

/** Installs the fake, lets `seed` fill it, opens `hash`, and renders the app. */
export function renderWith(opts: FakeOptions, seed: (fake: FakeBackend) => string) {
  const fake = installFakeBackend({ pupils: [PUPIL], ...opts });
  window.location.hash = seed(fake);
  const user = userEvent.setup();
  const utils = render(createElement(App));
  return { fake, user, ...utils };
}

