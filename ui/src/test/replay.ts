// The UI tests' backend: it replays what the real Rust core answered, recorded by the core's
// `fixtures` test suite (src-tauri/core/tests/fixtures) into ./fixtures/<scenario>.json.
// It holds no rules: no validation, no step rules, no search, no sorting. It only looks up
// the recorded answer for each (command, request). Re-record with `make fixtures`.
import { mockIPC } from "@tauri-apps/api/mocks";
import { emit } from "@tauri-apps/api/event";
import type { CommandName } from "../ipc/bindings/commands";
import type { IpcError } from "../ipc/bindings/IpcError";

export interface RecordedCall {
  command: string;
  request: unknown;
  response?: unknown;
  error?: IpcError;
  /** Done by the backend on its own (auto-lock): recorded for the state, never replayed. */
  offstage?: boolean;
}

export interface Fixture {
  scenario: string;
  about: string;
  now: string;
  /** Named ids of the scenario (placeholders, the same in every recording). */
  ids: Record<string, string>;
  setup: RecordedCall[];
  calls: RecordedCall[];
}

const FIXTURES = import.meta.glob<Fixture>("./fixtures/*.json", { eager: true, import: "default" });

export function fixture(scenario: string): Fixture {
  const found = FIXTURES[`./fixtures/${scenario}.json`];
  if (!found) throw new Error(`no recorded scenario '${scenario}' (see src-tauri/core/tests/fixtures)`);
  return found;
}

/**
 * Commands matched on part of their request only. `draft_save`: the debounce decides how many
 * intermediate saves the UI sends while typing, so only the form's key is compared.
 */
const MATCH_ON: Partial<Record<CommandName, readonly string[]>> = { draft_save: ["key"] };

/** Equal as JSON, where a missing field equals `null` (serde reads both as `None`). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  return [...keys].every((k) => sameJson(x[k], y[k]));
}

function pick(request: unknown, fields: readonly string[] | undefined): unknown {
  if (!fields || request === null || typeof request !== "object") return request;
  const r = request as Record<string, unknown>;
  return Object.fromEntries(fields.map((f) => [f, r[f]]));
}

export interface Call {
  cmd: string;
  req: unknown;
}

/** A stand-in answer for what a recording cannot contain (the native save dialog). */
export type Stub = (req: unknown) => unknown;

export class Replay {
  readonly fixture: Fixture;
  readonly ids: Record<string, string>;
  readonly calls: Call[] = [];
  readonly unrecorded: string[] = [];
  /** Explicit per-test stand-ins, each with a comment in its test saying why. */
  readonly stubs: Partial<Record<CommandName, Stub>> = {};
  private cursor = 0;

  constructor(scenario: string) {
    this.fixture = fixture(scenario);
    this.ids = this.fixture.ids;
  }

  /**
   * Answers one IPC call: the first recorded call with this command and request at or after
   * the last one answered (scenario order), else the latest one before it (a repeated read).
   * So a scenario records a read once per state it should show: a read the UI repeats before
   * its next recorded occurrence already gets that later answer.
   */
  handle(cmd: string, payload: unknown): unknown {
    const req = (payload as { req?: unknown } | undefined)?.req ?? null;
    this.calls.push({ cmd, req });
    const stub = this.stubs[cmd as CommandName];
    if (stub) return stub(req);
    const fields = MATCH_ON[cmd as CommandName];
    const matches = (c: RecordedCall) =>
      !c.offstage && c.command === cmd && sameJson(pick(c.request, fields), pick(req, fields));
    const recorded = this.fixture.calls;
    let index = recorded.findIndex((c, i) => i >= this.cursor && matches(c));
    if (index >= 0) {
      this.cursor = index + 1;
    } else {
      index = -1;
      for (let i = this.cursor - 1; i >= 0 && index < 0; i--) if (matches(recorded[i]!)) index = i;
    }
    const found = recorded[index];
    if (!found) {
      const text = `${cmd} ${JSON.stringify(req)}`;
      this.unrecorded.push(text);
      throw new Error(`unrecorded request in scenario '${this.fixture.scenario}': ${text}`);
    }
    if (found.error) throw structuredClone(found.error);
    return structuredClone(found.response ?? null);
  }

  callsOf(cmd: CommandName): unknown[] {
    return this.calls.filter((c) => c.cmd === cmd).map((c) => c.req);
  }

  /** The backend's auto-lock event (events are not recorded; the lock itself is, offstage). */
  async autoLock(): Promise<void> {
    await emit("vault-locked");
  }
}

let active: Replay | null = null;

/** Installs the replay of `scenario` behind `invoke` (with Tauri's event mocking on). */
export function installReplay(scenario: string): Replay {
  const replay = new Replay(scenario);
  active = replay;
  mockIPC((cmd, payload) => replay.handle(cmd, payload), { shouldMockEvents: true });
  return replay;
}

/** Fails the test when the UI sent a request no recording answers (setup.ts calls it). */
export function checkNoUnrecordedRequests(): void {
  const replay = active;
  active = null;
  if (replay && replay.unrecorded.length > 0) {
    throw new Error(
      `The UI sent requests that scenario '${replay.fixture.scenario}' did not record:\n` +
        replay.unrecorded.join("\n") +
        "\nAdd them to the scenario (src-tauri/core/tests/fixtures) and run `make fixtures`.",
    );
  }
}
