import { describe, expect, it } from "vitest";
import { formatDate, parseDateInput, todayIso } from "../lib/dates";
import { passphraseStrength } from "../lib/strength";
import { parseRoute, href } from "../app/router";
import { toIpcError } from "../ipc/client";

describe("dates", () => {
  it("formats ISO as dd-mm-jjjj", () => {
    expect(formatDate("2016-09-05")).toBe("05-09-2016");
    expect(formatDate("2025-03-01T10:00:00Z")).toBe("01-03-2025");
    expect(formatDate("")).toBe("");
  });

  it("parses Dutch input to ISO without judging it", () => {
    expect(parseDateInput("05-09-2016")).toBe("2016-09-05");
    expect(parseDateInput("5-9-2016")).toBe("2016-09-05");
    expect(parseDateInput(" 5/9/2016 ")).toBe("2016-09-05");
    expect(parseDateInput("2016-09-05")).toBe("2016-09-05");
    expect(parseDateInput("31-02-2015")).toBe("2015-02-31");
    expect(parseDateInput("")).toBe("");
    expect(parseDateInput("gisteren")).toBe("gisteren");
  });

  it("gives today in local time", () => {
    expect(todayIso(new Date(2024, 0, 9, 23, 30))).toBe("2024-01-09");
  });
});

describe("passphrase strength", () => {
  it("grades by length and variety", () => {
    expect(passphraseStrength("").level).toBe("empty");
    expect(passphraseStrength("abc")).toEqual({ level: "too_short", missing: 7 });
    expect(passphraseStrength("aaaaaaaaaa").level).toBe("weak");
    expect(passphraseStrength("abcdefghij").level).toBe("weak");
    expect(passphraseStrength("abcdefgh12").level).toBe("fair");
    expect(passphraseStrength("Abcdefgh12!x").level).toBe("strong");
    expect(passphraseStrength("paarse olifant fietst").level).toBe("strong");
  });
});

describe("routes", () => {
  it("round-trips", () => {
    for (const r of [
      { name: "today" },
      { name: "pupils" },
      { name: "pupil-new" },
      { name: "pupil", id: "a1" },
      { name: "pupil-edit", id: "a1" },
      { name: "case", id: "c9" },
      { name: "hearing", id: "a1", recordId: null },
      { name: "hearing", id: "a1", recordId: "h2" },
      { name: "parent-view", id: "a1", recordId: null },
      { name: "parent-view", id: "a1", recordId: "v3" },
      { name: "settings" },
    ] as const) {
      expect(parseRoute(href(r))).toEqual(r);
    }
    expect(parseRoute("")).toEqual({ name: "today" });
    expect(parseRoute("#/leerlingen")).toEqual({ name: "pupils" });
    expect(parseRoute("#/onzin")).toEqual({ name: "not-found" });
    expect(parseRoute("#/leerlingen/a1/hoorgesprekken")).toEqual({ name: "not-found" });
    expect(href({ name: "hearing", id: "a1", recordId: null })).toBe("#/leerlingen/a1/hoorgesprekken/nieuw");
    expect(href({ name: "parent-view", id: "a1", recordId: "v3" })).toBe("#/leerlingen/a1/zienswijzen/v3");
  });
});

describe("toIpcError", () => {
  it("keeps real IpcErrors and wraps everything else as internal", () => {
    expect(toIpcError({ code: "required", message: "x", field: "name" })).toEqual({
      code: "required",
      message: "x",
      field: "name",
      fields: [{ field: "name", code: "required" }],
    });
    const several = { field: "name", code: "required" as const };
    const both = [several, { field: "email", code: "invalid_email" as const }];
    expect(toIpcError({ code: "required", message: "x", field: "name", fields: both }).fields).toEqual(both);
    expect(toIpcError("boom")).toEqual({ code: "internal", message: "boom", field: null, fields: [] });
    expect(toIpcError({ code: "nonsense", message: "x", field: null }).code).toBe("internal");
    expect(toIpcError(new Error("kapot"))).toEqual({ code: "internal", message: "kapot", field: null, fields: [] });
  });
});
