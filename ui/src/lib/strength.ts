// A rough, local hint about passphrase strength: length counts most, variety helps.

export const MIN_PASSPHRASE_LENGTH = 10;

export type Strength =
  | { level: "empty" }
  | { level: "too_short"; missing: number }
  | { level: "weak" | "fair" | "strong" };

export function characterClasses(s: string): number {
  let n = 0;
  if (/[a-z]/.test(s)) n += 1;
  if (/[A-Z]/.test(s)) n += 1;
  if (/\d/.test(s)) n += 1;
  if (/[^a-zA-Z\d]/.test(s)) n += 1;
  return n;
}

export function passphraseStrength(passphrase: string): Strength {
  const length = [...passphrase].length;
  if (length === 0) return { level: "empty" };
  if (length < MIN_PASSPHRASE_LENGTH) {
    return { level: "too_short", missing: MIN_PASSPHRASE_LENGTH - length };
  }
  const classes = characterClasses(passphrase);
  const distinct = new Set(passphrase.toLowerCase()).size;
  if (distinct < 5) return { level: "weak" };
  if (length >= 20 || (length >= 16 && classes >= 2) || (length >= 12 && classes >= 3)) {
    return { level: "strong" };
  }
  if (classes >= 2 || length >= 14) return { level: "fair" };
  return { level: "weak" };
}
