// Small helpers of the geschillen page (no rules: the core validates and computes).
import type { DisputeLink } from "../../ipc/bindings/DisputeLink";
import { parseDateInput } from "../../lib/dates";

/** The select value of a link: `kind:id`. */
export function linkValue(link: DisputeLink): string {
  return `${link.kind}:${link.id}`;
}

/** An optional date field: `null` when empty, else what the user typed as ISO. */
export function optionalDate(text: string): string | null {
  return text.trim() === "" ? null : parseDateInput(text);
}

/** An optional text: `null` when empty. */
export function optionalText(text: string): string | null {
  return text.trim() === "" ? null : text;
}
