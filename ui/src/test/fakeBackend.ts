// A tiny in-memory stand-in for the Rust core, behind Tauri's own mockIPC. It follows the IPC
// contract (`CommandMap`) and the backend's error codes closely enough for UI tests.
import { mockIPC } from "@tauri-apps/api/mocks";
import { emit } from "@tauri-apps/api/event";
import type { CommandMap, CommandName } from "../ipc/bindings/commands";
import type { AppStatus } from "../ipc/bindings/AppStatus";
import type { CaseSummary } from "../ipc/bindings/CaseSummary";
import type { CaseDetail } from "../ipc/bindings/CaseDetail";
import type { EducationType } from "../ipc/bindings/EducationType";
import type { EducationTypeInfo } from "../ipc/bindings/EducationTypeInfo";
import type { ErrorCode } from "../ipc/bindings/ErrorCode";
import type { Guardian } from "../ipc/bindings/Guardian";
import type { Pupil } from "../ipc/bindings/Pupil";
import type { PupilInput } from "../ipc/bindings/PupilInput";
import type { PupilSummary } from "../ipc/bindings/PupilSummary";
import type { SchoolStage } from "../ipc/bindings/SchoolStage";
import type { Template } from "../ipc/bindings/Template";
import type { VaultState } from "../ipc/bindings/VaultState";
import { fail } from "./fakeErrors";
import { FakeStepplan } from "./fakeStepplan";
import { LANDELIJK } from "./template";

export interface FakeOptions {
  vault?: VaultState;
  demo?: boolean;
  passphrase?: string;
  recoveryKey?: string;
  /** "Today" for date rules, so tests do not depend on the clock. */
  today?: string;
  pupils?: Array<Partial<PupilInput> & { id?: string }>;
  /** The stappenplan template `template_get` answers (default: Landelijk). */
  template?: Template;
}

export interface Call {
  cmd: string;
  req: unknown;
}

type Handlers = { [K in CommandName]: (req: CommandMap[K]["request"]) => CommandMap[K]["response"] };

const DATA_COMMANDS: ReadonlySet<string> = new Set([
  "settings_get", "settings_update", "vault_change_passphrase", "pupil_list", "pupil_get",
  "pupil_create", "pupil_update", "pupil_set_archived", "guardian_add", "guardian_update",
  "guardian_remove", "case_list", "case_get", "case_open", "case_update", "template_get",
  "record_save", "record_delete", "step_action", "cycle_new", "dashboard_get", "draft_get",
  "draft_save", "draft_delete", "export_case_summary", "export_open_last",
]);

const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

export class FakeBackend {
  vault: VaultState;
  demo: boolean;
  passphrase: string;
  recoveryKey: string;
  today: string;
  autoLockMinutes = 5;
  pupils = new Map<string, Pupil>();
  guardians = new Map<string, Guardian>();
  cases = new Map<string, CaseSummary>();
  calls: Call[] = [];
  template: Template;
  readonly stepplan: FakeStepplan = new FakeStepplan(this);
  /** What the next export does: save (as the native dialog would), cancel or fail. */
  exportOutcome: "save" | "cancel" | ErrorCode = "save";
  opened: string[] = [];
  private lastExport: string | null = null;
  private nextId = 1;

  constructor(opts: FakeOptions = {}) {
    this.vault = opts.vault ?? "unlocked";
    this.demo = opts.demo ?? false;
    this.passphrase = opts.passphrase ?? "juiste wachtwoordzin";
    this.recoveryKey = opts.recoveryKey ?? "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789";
    this.today = opts.today ?? "2025-03-01";
    this.template = structuredClone(opts.template ?? LANDELIJK);
    for (const p of opts.pupils ?? []) this.addPupil(p);
  }

  /** Routes one IPC call, as `invoke(cmd, { req })` sends it. */
  handle(cmd: string, payload: unknown): unknown {
    const req = (payload as { req?: unknown } | undefined)?.req ?? null;
    this.calls.push({ cmd, req });
    const handler = (this.handlers as Record<string, ((r: unknown) => unknown) | undefined>)[cmd];
    if (!handler) return fail("internal", null, `unknown command ${cmd}`);
    if (DATA_COMMANDS.has(cmd) && this.vault !== "unlocked") fail("locked");
    return handler(req);
  }

  callsOf(cmd: CommandName): unknown[] {
    return this.calls.filter((c) => c.cmd === cmd).map((c) => c.req);
  }

  /** Simulates the backend's auto-lock: locks and emits `vault-locked`. */
  async autoLock(): Promise<void> {
    this.vault = "locked";
    await emit("vault-locked");
  }

  addPupil(p: Partial<PupilInput> & { id?: string }): Pupil {
    const id = p.id ?? this.id("p");
    const firstName = p.firstName ?? "Sam";
    const surnamePrefix = p.surnamePrefix ?? null;
    const lastName = p.lastName ?? "Jansen";
    const educationType = p.educationType ?? "po";
    const pupil: Pupil = {
      id,
      firstName,
      surnamePrefix,
      lastName,
      ...fakeNames(firstName, surnamePrefix, lastName),
      birthDate: p.birthDate ?? "2016-05-04",
      educationType,
      stage: fakeStage(educationType),
      grade: p.grade ?? 3,
      school: p.school ?? "De Regenboog",
      contactPerson: p.contactPerson ?? null,
      notes: p.notes ?? null,
      archivedAt: null,
      createdAt: `${this.today}T09:00:00Z`,
      updatedAt: `${this.today}T09:00:00Z`,
    };
    this.pupils.set(id, pupil);
    return pupil;
  }

  private id(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  newId(prefix: string): string {
    return this.id(prefix);
  }

  pupilName(pupilId: string): string {
    const p = this.pupil(pupilId);
    return p.fullName;
  }

  private status(): AppStatus {
    return { vault: this.vault, demo: this.demo, autoLockMinutes: this.autoLockMinutes, version: "0.1.0-test", vaultDir: "/tmp/ibis-test" };
  }

  private checkNewPassphrase(p: string, repeat: string, field: string): void {
    if ([...p].length < 10) fail("passphrase_too_short", field);
    if (p !== repeat) fail("passphrase_mismatch", field);
  }

  private checkDate(value: string, field: string, allowFuture: boolean): void {
    if (value === "") fail("required", field);
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!m) fail("invalid_date", field);
    const d = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) fail("invalid_date", field);
    if (!allowFuture && value > this.today) fail("date_in_future", field);
  }

  private validatePupil(p: PupilInput): void {
    if (p.firstName.trim() === "") fail("required", "firstName");
    if (p.lastName.trim() === "") fail("required", "lastName");
    this.checkDate(p.birthDate, "birthDate", false);
    const max = fakeStage(p.educationType) === "secondary" ? 6 : 8;
    if (!Number.isInteger(p.grade) || p.grade < 1 || p.grade > max) fail("grade_out_of_range", "grade");
    if (p.school.trim() === "") fail("required", "school");
  }

  private summary(p: Pupil): PupilSummary {
    const openCases = [...this.cases.values()].filter((c) => c.pupilId === p.id && c.status === "open").length;
    return {
      id: p.id, firstName: p.firstName, surnamePrefix: p.surnamePrefix, lastName: p.lastName,
      fullName: p.fullName, listName: p.listName, birthDate: p.birthDate, educationType: p.educationType,
      stage: p.stage, grade: p.grade, school: p.school, archived: p.archivedAt !== null, openCases,
    };
  }

  private pupil(id: string): Pupil {
    return this.pupils.get(id) ?? fail("not_found");
  }

  private detail(id: string) {
    const pupil = this.pupil(id);
    return {
      pupil,
      guardians: [...this.guardians.values()].filter((g) => g.pupilId === id),
      cases: [...this.cases.values()].filter((c) => c.pupilId === id),
    };
  }

  caseDetail(id: string): CaseDetail {
    const c = this.cases.get(id) ?? fail("not_found");
    const cycles = this.stepplan.views(c.id);
    return { case: c, pupil: this.summary(this.pupil(c.pupilId)), cycles, timeline: this.stepplan.timeline(c, cycles) };
  }

  readonly handlers: Handlers = {
    app_status: () => this.status(),
    session_touch: () => null,
    vault_create: (req) => {
      if (this.vault !== "no_vault") fail("vault_exists");
      this.checkNewPassphrase(req.passphrase, req.passphraseRepeat, "passphrase");
      this.passphrase = req.passphrase;
      this.vault = "unlocked";
      return { recoveryKey: this.recoveryKey };
    },
    vault_unlock: (req) => {
      if (this.vault === "no_vault") fail("vault_missing");
      if (req.passphrase !== this.passphrase) fail("wrong_passphrase", "passphrase");
      this.vault = "unlocked";
      return this.status();
    },
    vault_lock: () => {
      if (this.vault === "unlocked") this.vault = "locked";
      return this.status();
    },
    vault_recover: (req) => {
      if (req.recoveryKey !== this.recoveryKey) fail("invalid_recovery_key", "recoveryKey");
      this.checkNewPassphrase(req.newPassphrase, req.newPassphraseRepeat, "newPassphrase");
      this.passphrase = req.newPassphrase;
      this.vault = "unlocked";
      return this.status();
    },
    vault_change_passphrase: (req) => {
      if (req.currentPassphrase !== this.passphrase) fail("wrong_passphrase", "currentPassphrase");
      this.checkNewPassphrase(req.newPassphrase, req.newPassphraseRepeat, "newPassphrase");
      this.passphrase = req.newPassphrase;
      return null;
    },
    settings_get: () => ({ autoLockMinutes: this.autoLockMinutes }),
    settings_update: (req) => {
      if (req.autoLockMinutes < 1 || req.autoLockMinutes > 15) fail("out_of_range", "autoLockMinutes");
      this.autoLockMinutes = req.autoLockMinutes;
      return { autoLockMinutes: this.autoLockMinutes };
    },
    pupil_list: (req) => {
      const words = fold(req.query ?? "").split(/\s+/).filter(Boolean);
      const pupils = [...this.pupils.values()]
        .filter((p) => req.includeArchived || p.archivedAt === null)
        .filter((p) => words.every((w) => fold(p.fullName).includes(w)))
        .sort((a, b) => a.lastName.localeCompare(b.lastName, "nl") || a.firstName.localeCompare(b.firstName, "nl"))
        .map((p) => this.summary(p));
      return { pupils: req.limit === null ? pupils : pupils.slice(0, req.limit) };
    },
    pupil_get: (req) => this.detail(req.id),
    education_types: () => ({ types: FAKE_EDUCATION_TYPES }),
    pupil_create: (req) => {
      this.validatePupil(req);
      const p = this.addPupil(req);
      return this.detail(p.id);
    },
    pupil_update: (req) => {
      const old = this.pupil(req.id);
      this.validatePupil(req.pupil);
      const { firstName, surnamePrefix, lastName, educationType } = req.pupil;
      this.pupils.set(req.id, {
        ...old,
        ...req.pupil,
        ...fakeNames(firstName, surnamePrefix, lastName),
        stage: fakeStage(educationType),
      });
      return this.detail(req.id);
    },
    pupil_set_archived: (req) => {
      const p = this.pupil(req.id);
      this.pupils.set(req.id, { ...p, archivedAt: req.archived ? `${this.today}T10:00:00Z` : null });
      return this.detail(req.id);
    },
    guardian_add: (req) => {
      this.pupil(req.pupilId);
      if (req.guardian.lastName.trim() === "") fail("required", "lastName");
      if (req.guardian.email !== null && !req.guardian.email.includes("@")) fail("invalid_email", "email");
      const id = this.id("g");
      const { firstName, surnamePrefix, lastName } = req.guardian;
      const { fullName } = fakeNames(firstName ?? "", surnamePrefix, lastName);
      this.guardians.set(id, { id, pupilId: req.pupilId, ...req.guardian, fullName });
      return this.detail(req.pupilId);
    },
    guardian_update: (req) => {
      const g = this.guardians.get(req.id) ?? fail("not_found");
      if (req.guardian.lastName.trim() === "") fail("required", "lastName");
      const { firstName, surnamePrefix, lastName } = req.guardian;
      const { fullName } = fakeNames(firstName ?? "", surnamePrefix, lastName);
      this.guardians.set(req.id, { ...g, ...req.guardian, fullName });
      return this.detail(g.pupilId);
    },
    guardian_remove: (req) => {
      const g = this.guardians.get(req.id) ?? fail("not_found");
      this.guardians.delete(req.id);
      return this.detail(g.pupilId);
    },
    case_list: (req) => ({
      cases: [...this.cases.values()].filter((c) => req.pupilId === null || c.pupilId === req.pupilId),
    }),
    case_get: (req) => this.caseDetail(req.id),
    case_open: (req) => {
      this.pupil(req.pupilId);
      if (req.title.trim() === "") fail("required", "title");
      const startDate = req.startDate ?? this.today;
      this.checkDate(startDate, "startDate", true);
      const id = this.id("c");
      this.cases.set(id, {
        id, pupilId: req.pupilId, title: req.title, startDate, status: "open",
        templateId: req.templateId ?? "landelijk", templateVersion: 1, closedAt: null, createdAt: `${this.today}T09:00:00Z`,
      });
      this.stepplan.startCycle(id, 1, startDate);
      return this.caseDetail(id);
    },
    case_update: (req) => {
      const c = this.cases.get(req.id) ?? fail("not_found");
      if (req.title.trim() === "") fail("required", "title");
      this.checkDate(req.startDate, "startDate", true);
      const closedAt = req.status === "closed" ? (c.closedAt ?? `${this.today}T10:00:00Z`) : null;
      this.cases.set(req.id, { ...c, title: req.title, startDate: req.startDate, status: req.status, closedAt });
      return this.caseDetail(req.id);
    },
    ...this.stepplan.handlers,
    export_case_summary: (req) => {
      const detail = this.caseDetail(req.caseId);
      if (this.exportOutcome === "cancel") return { saved: null };
      if (this.exportOutcome !== "save") fail(this.exportOutcome);
      const initials = `${detail.pupil.firstName[0] ?? ""}${detail.pupil.surnamePrefix?.[0] ?? ""}${detail.pupil.lastName[0] ?? ""}`;
      const fileName = `casusoverzicht-${initials}-${this.today}.pdf`;
      this.lastExport = fileName;
      return { saved: { fileName, pages: 2, bytes: 48_213 } };
    },
    export_open_last: () => {
      if (this.lastExport === null) fail("not_found");
      this.opened.push(this.lastExport);
      return null;
    },
  };
}

/** Installs a fresh fake backend behind `invoke` (with Tauri's event mocking on). */
export function installFakeBackend(opts: FakeOptions = {}): FakeBackend {
  const fake = new FakeBackend(opts);
  mockIPC((cmd, payload) => fake.handle(cmd, payload), { shouldMockEvents: true });
  return fake;
}

// Stand-ins for what the core computes (names, stage, education types), until the fake is
// replaced by responses recorded from the real core (issue 7, item 15).
function fakeNames(first: string, prefix: string | null, last: string): { fullName: string; listName: string } {
  const surname = prefix ? `${prefix} ${last}` : last;
  const given = [first, prefix].filter((part): part is string => !!part).join(" ");
  return { fullName: first ? `${first} ${surname}` : surname, listName: given ? `${last}, ${given}` : last };
}

function fakeStage(e: EducationType): SchoolStage {
  return e === "vo" || e === "vso" || e === "pro" ? "secondary" : "primary";
}

const FAKE_EDUCATION_TYPES: EducationTypeInfo[] = (["po", "sbo", "so", "vo", "vso", "pro"] as const).map((e) => ({
  educationType: e,
  stage: fakeStage(e),
  minGrade: 1,
  maxGrade: fakeStage(e) === "secondary" ? 6 : 8,
  hasContactPerson: fakeStage(e) === "secondary",
}));
