// The TLV's choice lists in display order. Their Dutch labels live in nl.json (`tlv.kinds`,
// `tlv.disciplines`, …); which choice is allowed when is the core's to say.
import type { Discipline } from "../../ipc/bindings/Discipline";
import type { ObjectionResult } from "../../ipc/bindings/ObjectionResult";
import type { ParentStance } from "../../ipc/bindings/ParentStance";
import type { TlvCategory } from "../../ipc/bindings/TlvCategory";
import type { TlvKind } from "../../ipc/bindings/TlvKind";

export const KINDS: readonly TlvKind[] = ["sbo", "so_cluster3", "so_cluster4", "vso_cluster3", "vso_cluster4"];

export const DISCIPLINES: readonly Discipline[] = [
  "orthopedagoog",
  "psycholoog",
  "kinder_jeugdpsycholoog",
  "pedagoog",
  "kinderpsychiater",
  "maatschappelijk_werker",
  "arts",
];

export const STANCES: readonly ParentStance[] = ["not_yet", "instemming", "zienswijze"];

export const CATEGORIES: readonly TlvCategory[] = ["laag", "midden", "hoog"];

export const OBJECTION_RESULTS: readonly ObjectionResult[] = ["gegrond", "ongegrond", "ingetrokken"];

/** A free text as the request carries it: empty (or only spaces) is none. */
export function optionalText(value: string): string | null {
  return value.trim() === "" ? null : value;
}
