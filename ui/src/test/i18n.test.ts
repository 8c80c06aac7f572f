import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import nl from "../i18n/nl.json";
import { t } from "../i18n";

const SRC = join(__dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "bindings" ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function has(key: string): boolean {
  let node: unknown = nl;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object") return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

/** Every `t("…")` key, and every template key `t(`a.${x}`)` expanded over the dictionary. */
function usedKeys(): Array<{ file: string; key: string }> {
  const found: Array<{ file: string; key: string }> = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\bt\(\s*(["'])([^"'\n]+)\1/g)) {
      found.push({ file: relative(SRC, file), key: m[2]! });
    }
    for (const m of text.matchAll(/\bt\(\s*`([^`$]*)\$\{[^}]+\}`/g)) {
      found.push({ file: relative(SRC, file), key: `${m[1]!}*` });
    }
  }
  return found;
}

describe("i18n", () => {
  it("finds the t() calls in the source", () => {
    expect(usedKeys().length).toBeGreaterThan(100);
  });

  it("has every key used with t() in nl.json", () => {
    const missing = usedKeys().filter(({ key }) => {
      if (!key.endsWith("*")) return !has(key);
      // A template key: the prefix must name a group of texts.
      const prefix = key.slice(0, -2);
      let node: unknown = nl;
      for (const part of prefix.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
      return node === null || typeof node !== "object";
    });
    expect(missing).toEqual([]);
  });

  it("has a Dutch text for every error code", () => {
    const codes = readFileSync(join(SRC, "ipc/bindings/ErrorCode.ts"), "utf8").match(/"([a-z_]+)"/g) ?? [];
    expect(codes.length).toBeGreaterThan(20);
    for (const quoted of codes) {
      const code = quoted.slice(1, -1);
      expect(nl.errors, code).toHaveProperty(code);
      expect((nl.errors as Record<string, string>)[code]!.length).toBeGreaterThan(5);
    }
  });

  it("fills parameters", () => {
    expect(t("pupils.noResults", { query: "Jan" })).toBe("Geen leerlingen gevonden voor ‘Jan’");
  });
});
