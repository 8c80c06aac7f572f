// The stappenplan part of the fake backend: cycles, steps, records, requirement checks, new
// cycles with carry-over, the dashboard and drafts. Follows the core's rules closely enough for
// UI tests (src-tauri/core/src/usecases/stepplan.rs, domain/records.rs, usecases/dashboard.rs).
import type { CaseSummary } from "../ipc/bindings/CaseSummary";
import type { CommandMap } from "../ipc/bindings/commands";
import type { CycleView } from "../ipc/bindings/CycleView";
import type { DashboardItem } from "../ipc/bindings/DashboardItem";
import type { ParentsInformed } from "../ipc/bindings/ParentsInformed";
import type { RecordPayload as RecordData } from "../features/stepplan/records";
import type { Requirement } from "../ipc/bindings/Requirement";
import type { StepKey } from "../ipc/bindings/StepKey";
import type { StepView } from "../ipc/bindings/StepView";
import type { Template } from "../ipc/bindings/Template";
import type { TimelineEntry } from "../ipc/bindings/TimelineEntry";
import { checkDate, fail, optional, optionalDate, required } from "./fakeErrors";
import { recordStep, STEP_KEYS } from "../features/stepplan/labels";
import { toWire } from "../features/stepplan/records";

export interface FakeCycle {
  id: string;
  caseId: string;
  number: number;
  startedOn: string;
  finishedOn: string | null;
  steps: StepView[];
}

export interface FakeRecord {
  id: string;
  caseId: string;
  cycleId: string;
  date: string;
  data: RecordData;
  carriedFrom: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface FakeRevision {
  cycleId: string;
  recordId: string;
  note: string;
  date: string;
}

/** What the stappenplan needs from the rest of the fake. */
export interface StepplanHost {
  today: string;
  template: Template;
  cases: Map<string, CaseSummary>;
  newId(prefix: string): string;
  pupilName(pupilId: string): string;
  caseDetail(caseId: string): CommandMap["case_get"]["response"];
}

type StepplanCommands =
  | "template_get" | "record_save" | "record_delete" | "step_action" | "cycle_new" | "dashboard_get"
  | "draft_get" | "draft_save" | "draft_delete";
type StepplanHandlers = { [K in StepplanCommands]: (req: CommandMap[K]["request"]) => CommandMap[K]["response"] };

const settled = (s: StepView): boolean => s.state === "done" || s.state === "skipped";

export class FakeStepplan {
  cycles: FakeCycle[] = [];
  records: FakeRecord[] = [];
  revisions: FakeRevision[] = [];
  drafts = new Map<string, { payload: string; updatedAt: string }>();

  constructor(private readonly host: StepplanHost) {}

  startCycle(caseId: string, number: number, startedOn: string): FakeCycle {
    const cycle: FakeCycle = {
      id: this.host.newId("cy"),
      caseId,
      number,
      startedOn,
      finishedOn: null,
      steps: STEP_KEYS.map((key, i) => ({
        key, state: "open", skipReason: null, currentSince: i === 0 ? startedOn : null, settledOn: null,
      })),
    };
    this.cycles.push(cycle);
    return cycle;
  }

  cyclesOf(caseId: string): FakeCycle[] {
    return this.cycles.filter((c) => c.caseId === caseId).sort((a, b) => a.number - b.number);
  }

  currentCycle(caseId: string): FakeCycle {
    return this.cyclesOf(caseId).at(-1) ?? fail("not_found");
  }

  views(caseId: string): CycleView[] {
    return this.cyclesOf(caseId).map((c) => ({
      id: c.id,
      number: c.number,
      startedOn: c.startedOn,
      finishedOn: c.finishedOn,
      steps: c.steps.map((s) => ({ ...s })),
      // The wire type cannot express conversations yet (see features/stepplan/records.ts).
      currentStep: c.steps.find((s) => !settled(s))?.key ?? null,
      records: this.records
        .filter((r) => r.cycleId === c.id)
        .map(({ id, date, data, carriedFrom, createdAt, updatedAt }) => ({ id, date, data: toWire(data), carriedFrom, createdAt, updatedAt })),
    }));
  }

  timeline(c: CaseSummary, cycles: CycleView[]): TimelineEntry[] {
    const entry = (date: string, kind: TimelineEntry["kind"], recordId: string, more: Partial<TimelineEntry> = {}): TimelineEntry => ({
      date: date.slice(0, 10), kind, recordId, cycleNumber: null, step: null, note: null, ...more,
    });
    const out = [entry(c.startDate, "case_opened", c.id)];
    for (const cy of cycles) {
      if (cy.number > 1) out.push(entry(cy.startedOn, "cycle_started", cy.id, { cycleNumber: cy.number }));
      for (const s of cy.steps) {
        if (!s.settledOn) continue;
        out.push(entry(s.settledOn, s.state === "skipped" ? "step_skipped" : "step_completed", cy.id, {
          cycleNumber: cy.number, step: s.key, note: s.skipReason,
        }));
      }
      for (const r of cy.records) {
        const data = r.data as RecordData;
        out.push(entry(r.date, data.kind, r.id, { cycleNumber: cy.number, step: recordStep(data) }));
      }
    }
    for (const rev of this.revisions.filter((r) => this.cycles.some((cy) => cy.id === r.cycleId && cy.caseId === c.id))) {
      const number = this.cycles.find((cy) => cy.id === rev.cycleId)?.number ?? null;
      out.push(entry(rev.date, "revision", rev.recordId, { cycleNumber: number, note: rev.note }));
    }
    if (c.closedAt) out.push(entry(c.closedAt, "case_closed", c.id));
    return out.sort((a, b) => a.date.localeCompare(b.date));
  }

  private parents(p: ParentsInformed): ParentsInformed {
    if (p.informed) return { informed: true, date: checkDate(p.date ?? "", "parentsDate", this.host.today), reason: null };
    return { informed: false, date: null, reason: optional(p.reason) };
  }

  validate(d: RecordData): RecordData {
    const { today, template } = this.host;
    const has = (list: Template["decisions"], key: string) => list.some((c) => c.key === key);
    switch (d.kind) {
      case "signal":
        return {
          ...d, date: checkDate(d.date, "date", today), observation: required(d.observation, "observation"),
          sourceOther: optional(d.sourceOther), since: optionalDate(d.since, "since"), data: optional(d.data),
          parents: this.parents(d.parents),
        };
      case "conversation":
        return {
          ...d, date: checkDate(d.date, "date", today), participants: required(d.participants, "participants"),
          summary: required(d.summary, "summary"), agreements: optional(d.agreements),
          parents: d.parents ? this.parents(d.parents) : null,
        };
      case "need":
        return { ...d, description: required(d.description, "description") };
      case "factor":
        if (!has(template.factorDomains, d.domain)) fail("out_of_range", "domain");
        return { ...d, description: required(d.description, "description") };
      case "goal":
        return {
          ...d, description: required(d.description, "description"),
          targetDate: optionalDate(d.targetDate, "targetDate"), evaluationDate: optionalDate(d.evaluationDate, "evaluationDate"),
        };
      case "intervention": {
        if (!has(template.interventionLevels, d.level)) fail("out_of_range", "level");
        const levelNote = optional(d.levelNote);
        if (d.level === "onduidelijk" && levelNote === null) fail("required", "levelNote");
        const startDate = optionalDate(d.startDate, "startDate");
        const endDate = optionalDate(d.endDate, "endDate");
        if (startDate && endDate && endDate < startDate) fail("date_before_start", "endDate");
        return {
          ...d, description: required(d.description, "description"), levelNote, startDate, endDate,
          who: optional(d.who), frequency: optional(d.frequency),
        };
      }
      case "execution":
        return { ...d, date: checkDate(d.date, "date", today), what: required(d.what, "what"), deviations: optional(d.deviations) };
      case "plan_share":
        return { ...d, date: checkDate(d.date, "date", today), method: required(d.method, "method"), snapshot: null };
      case "evaluation":
        d.results.forEach((r, row) => {
          if (!has(template.evaluationOutcomes, r.outcome)) fail("out_of_range", `results[${row}].outcome`);
          required(r.rationale, `results[${row}].rationale`);
        });
        if (d.decision !== null && !has(template.decisions, d.decision)) fail("out_of_range", "decision");
        return { ...d, date: checkDate(d.date, "date", today), notes: optional(d.notes) };
    }
  }

  private missing(cycle: FakeCycle, step: StepKey): Requirement | null {
    const rs = this.records.filter((r) => r.cycleId === cycle.id).map((r) => r.data);
    const goals = this.records.filter((r) => r.cycleId === cycle.id && r.data.kind === "goal");
    const evaluated = new Set(rs.flatMap((d) => (d.kind === "evaluation" ? d.results.map((r) => r.goalId) : [])));
    const met: Record<Requirement, boolean> = {
      signal: rs.some((d) => d.kind === "signal"),
      "signal.parents_informed": rs.some((d) => d.kind === "signal" && (d.parents.informed || d.parents.reason !== null)),
      "signal.data": rs.some((d) => d.kind === "signal" && d.data !== null),
      need: rs.some((d) => d.kind === "need"),
      "factor.helping": rs.some((d) => d.kind === "factor" && d.factorKind === "helping"),
      "factor.hindering": rs.some((d) => d.kind === "factor" && d.factorKind === "hindering"),
      goal: goals.length > 0,
      "goal.evaluation_date": rs.some((d) => d.kind === "goal" && d.evaluationDate !== null),
      intervention: rs.some((d) => d.kind === "intervention"),
      execution: rs.some((d) => d.kind === "execution"),
      plan_shared: rs.some((d) => d.kind === "plan_share"),
      "evaluation.decision": rs.some((d) => d.kind === "evaluation" && d.decision !== null),
      "evaluation.all_goals": goals.length > 0 && goals.every((g) => evaluated.has(g.id)),
    };
    const req = this.host.template.steps.find((s) => s.key === step)?.required ?? [];
    return req.find((r) => !met[r]) ?? null;
  }

  private snapshot(cycleId: string) {
    const rs = this.records.filter((r) => r.cycleId === cycleId).map((r) => r.data);
    const strip = <T extends { kind: string }>(d: T): Omit<T, "kind"> => {
      const { kind: _kind, ...rest } = d;
      return rest;
    };
    return {
      needs: rs.flatMap((d) => (d.kind === "need" ? [strip(d)] : [])),
      factors: rs.flatMap((d) => (d.kind === "factor" ? [strip(d)] : [])),
      goals: rs.flatMap((d) => (d.kind === "goal" ? [strip(d)] : [])),
      interventions: rs.flatMap((d) => (d.kind === "intervention" ? [strip(d)] : [])),
    };
  }

  private revise(cycle: FakeCycle, recordId: string, note: string | null): void {
    const n = optional(note);
    if (n === null) fail("required", "revisionNote");
    this.revisions.push({ cycleId: cycle.id, recordId, note: n, date: this.host.today });
  }

  private cycleById(id: string): FakeCycle {
    return this.cycles.find((c) => c.id === id) ?? fail("not_found");
  }

  readonly handlers: StepplanHandlers = {
    template_get: () => structuredClone(this.host.template),
    record_save: (req) => {
      this.host.cases.get(req.caseId) ?? fail("not_found");
      let data = this.validate(req.data as RecordData);
      const now = `${this.host.today}T10:00:00Z`;
      let record: FakeRecord;
      let cycle: FakeCycle;
      if (req.recordId === null) {
        cycle = this.currentCycle(req.caseId);
        if (cycle.finishedOn) fail("invalid_transition");
        record = { id: this.host.newId("r"), caseId: req.caseId, cycleId: cycle.id, date: "", data, carriedFrom: null, createdAt: now, updatedAt: now };
        this.records.push(record);
      } else {
        record = this.records.find((r) => r.id === req.recordId) ?? fail("not_found");
        if (record.caseId !== req.caseId || record.data.kind !== data.kind) fail("not_found");
        cycle = this.cycleById(record.cycleId);
        if (cycle.finishedOn) this.revise(cycle, record.id, req.revisionNote);
        record.updatedAt = now;
      }
      if (data.kind === "plan_share") data = { ...data, snapshot: this.snapshot(cycle.id) };
      record.data = data;
      record.date = "date" in data ? data.date : this.host.today;
      if (!cycle.finishedOn) {
        const step = cycle.steps.find((s) => s.key === recordStep(data));
        if (step && step.state === "open") step.state = "in_progress";
      }
      return this.host.caseDetail(req.caseId);
    },
    record_delete: (req) => {
      const record = this.records.find((r) => r.id === req.recordId) ?? fail("not_found");
      const cycle = this.cycleById(record.cycleId);
      if (cycle.finishedOn) this.revise(cycle, record.id, req.revisionNote);
      this.records = this.records.filter((r) => r !== record);
      return this.host.caseDetail(record.caseId);
    },
    step_action: (req) => {
      const reason = req.action === "skip" ? optional(req.reason) ?? fail("required", "reason") : null;
      const cycle = this.cycleById(req.cycleId);
      if (cycle.finishedOn) fail("invalid_transition");
      const step = cycle.steps.find((s) => s.key === req.step) ?? fail("not_found");
      const today = this.host.today;
      if (req.action === "start" && step.state === "open") step.state = "in_progress";
      else if (req.action === "complete" && !settled(step)) {
        const missing = this.missing(cycle, req.step);
        if (missing) fail("step_incomplete", missing);
        Object.assign(step, { state: "done", settledOn: today, skipReason: null });
      } else if (req.action === "skip" && !settled(step)) Object.assign(step, { state: "skipped", settledOn: today, skipReason: reason });
      else if (req.action === "reopen" && settled(step)) Object.assign(step, { state: "in_progress", settledOn: null, skipReason: null });
      else fail("invalid_transition");
      if (settled(step)) {
        const next = cycle.steps.find((s) => !settled(s));
        if (next) next.currentSince = today;
        else if (req.step === "evalueren") cycle.finishedOn = today;
      }
      return this.host.caseDetail(cycle.caseId);
    },
    cycle_new: (req) => {
      const previous = this.currentCycle(req.caseId);
      if (!previous.finishedOn) fail("invalid_transition");
      const today = this.host.today;
      const cycle = this.startCycle(req.caseId, previous.number + 1, today);
      const old = this.records.filter((r) => r.cycleId === previous.id);
      const goalIds = new Map(old.filter((r) => r.data.kind === "goal").map((r) => [r.id, this.host.newId("r")]));
      for (const r of old) {
        let data: RecordData | null = null;
        if (r.data.kind === "need" || r.data.kind === "factor" || r.data.kind === "goal") data = structuredClone(r.data);
        if (r.data.kind === "intervention" && (r.data.endDate === null || r.data.endDate >= today)) {
          data = { ...r.data, goalIds: r.data.goalIds.flatMap((g) => (goalIds.has(g) ? [goalIds.get(g)!] : [])) };
        }
        if (!data) continue;
        const now = `${today}T10:00:00Z`;
        const id = goalIds.get(r.id) ?? this.host.newId("r");
        this.records.push({ id, caseId: req.caseId, cycleId: cycle.id, date: today, data, carriedFrom: r.id, createdAt: now, updatedAt: now });
      }
      return this.host.caseDetail(req.caseId);
    },
    dashboard_get: () => this.dashboard(),
    draft_get: (req) => {
      const d = this.drafts.get(req.key);
      return { key: req.key, payload: d?.payload ?? null, updatedAt: d?.updatedAt ?? null };
    },
    draft_save: (req) => {
      if (!/^[A-Za-z0-9/_.-]{1,200}$/.test(req.key)) fail("invalid_characters", "key");
      const d = { payload: req.payload, updatedAt: `${this.host.today}T10:15:00Z` };
      this.drafts.set(req.key, d);
      return { key: req.key, ...d };
    },
    draft_delete: (req) => {
      this.drafts.delete(req.key);
      return { key: req.key, payload: null, updatedAt: null };
    },
  };

  private dashboard(): CommandMap["dashboard_get"]["response"] {
    const today = this.host.today;
    const open = [...this.host.cases.values()].filter((c) => c.status === "open");
    const items: DashboardItem[] = [];
    const perStep = new Map<StepKey, number>();
    const endOfWeek = addDays(today, (7 - isoWeekday(today)) % 7);
    for (const c of open) {
      const base = { caseId: c.id, caseTitle: c.title, pupilId: c.pupilId, pupilName: this.host.pupilName(c.pupilId) };
      const cycle = this.cyclesOf(c.id).at(-1);
      if (!cycle || cycle.finishedOn) continue;
      const current = cycle.steps.find((s) => !settled(s));
      if (!current) continue;
      perStep.set(current.key, (perStep.get(current.key) ?? 0) + 1);
      const since = current.currentSince ?? cycle.startedOn;
      const step = this.host.template.steps.find((s) => s.key === current.key)!;
      const waited = daysBetween(since, today);
      if (waited > step.waitingWeeks * 7) {
        items.push({
          ...base, reason: "step_waiting", recordId: null, subject: null, step: current.key, date: since, days: waited,
          rule: `Stap ‘${step.label}’ staat langer open dan ${step.waitingWeeks} weken (Ibis-ontwerp, sjabloon ‘${this.host.template.name}’ versie ${this.host.template.version})`,
        });
      }
      const evaluated = new Set(
        this.records.flatMap((r) => (r.cycleId === cycle.id && r.data.kind === "evaluation" ? r.data.results.map((g) => g.goalId) : [])),
      );
      for (const g of this.records.filter((r) => r.cycleId === cycle.id)) {
        if (g.data.kind !== "goal" || g.data.evaluationDate === null || evaluated.has(g.id)) continue;
        const due = g.data.evaluationDate;
        if (due > endOfWeek) continue;
        const overdue = due < today;
        items.push({
          ...base, reason: overdue ? "evaluation_overdue" : "evaluation_due_this_week", recordId: g.id,
          subject: g.data.description, step: "evalueren", date: due,
          days: overdue ? daysBetween(due, today) : daysBetween(today, due),
          rule: "Evaluatiedatum van het doel, vastgelegd in stap ‘Plannen’ (Ibis-ontwerp)",
        });
      }
    }
    const order = { evaluation_overdue: 0, evaluation_due_this_week: 1, step_waiting: 2 } as const;
    items.sort((a, b) => order[a.reason] - order[b.reason] || a.date.localeCompare(b.date));
    return {
      today,
      items,
      openPerStep: STEP_KEYS.map((step) => ({ step, count: perStep.get(step) ?? 0 })),
      openCases: open.length,
    };
  }
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** 1 = Monday … 7 = Sunday. */
function isoWeekday(iso: string): number {
  return ((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}
