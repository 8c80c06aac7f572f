// Hash routing: `#/leerlingen/…`. No router library and no network; the hash survives a lock,
// so the user returns to the same page after unlocking.
import { useEffect, useState } from "react";
import type { DisputeLink } from "../ipc/bindings/DisputeLink";
import type { DisputeSubject } from "../ipc/bindings/DisputeSubject";

export type Route =
  | { name: "today" }
  | { name: "pupils" }
  | { name: "pupil-new" }
  | { name: "pupil"; id: string }
  | { name: "pupil-edit"; id: string }
  | { name: "case"; id: string }
  /** A hoorgesprek of pupil `id`: a new one when `recordId` is null. */
  | { name: "hearing"; id: string; recordId: string | null }
  /** A zienswijze ouders of pupil `id`: a new one when `recordId` is null. */
  | { name: "parent-view"; id: string; recordId: string | null }
  /** The OPP of pupil `id`: its versions, the selected one, agreements and clock. */
  | { name: "opp"; id: string }
  /** The aanmeldingen of pupil `id`: deadlines, extension and decision. */
  | { name: "enrolment"; id: string }
  /** Verzuim en thuiszitten of pupil `id`. */
  | { name: "absence"; id: string }
  /** The TLV dossier of pupil `id`: aanvragen, checklist, besluit, bezwaar and termijnen. */
  | { name: "tlv"; id: string }
  /** The geschillen of pupil `id` with their escalatieladder; `subject`/`link` prefill "Geschil
   * openen" (from the OPP or TLV page). */
  | { name: "escalation"; id: string; subject: DisputeSubject | null; link: DisputeLink | null }
  /** The attachments (bijlagen) of pupil `id`. */
  | { name: "attachments"; id: string }
  /**
   * The meldcode route of pupil `id` (restricted: the passphrase is asked again). `fromDispute`:
   * reached from a geschil whose answer was "veiligheid" (`?vanuit=geschil`).
   */
  | { name: "meldcode"; id: string; fromDispute: boolean }
  | { name: "settings" }
  | { name: "not-found" };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, "").replace(/\/+$/, "");
  const parts = path.split("/").filter((p) => p !== "").map(decodeURIComponent);
  const [a, b, c, d] = parts;
  if (parts.length === 0) return { name: "today" };
  if (a === "vandaag" && b === undefined) return { name: "today" };
  if (a === "leerlingen") {
    if (b === undefined) return { name: "pupils" };
    if (b === "nieuw" && c === undefined) return { name: "pupil-new" };
    if (c === undefined) return { name: "pupil", id: b };
    if (c === "bewerken" && parts.length === 3) return { name: "pupil-edit", id: b };
    if (c === "opp" && parts.length === 3) return { name: "opp", id: b };
    if (c === "aanmelding" && parts.length === 3) return { name: "enrolment", id: b };
    if (c === "verzuim" && parts.length === 3) return { name: "absence", id: b };
    if (c === "tlv" && parts.length === 3) return { name: "tlv", id: b };
    if (c === "bijlagen" && parts.length === 3) return { name: "attachments", id: b };
    if (c !== undefined && c.split("?")[0] === "meldcode" && parts.length === 3) {
      const query = new URLSearchParams(c.split("?")[1] ?? "");
      return { name: "meldcode", id: b, fromDispute: query.get("vanuit") === "geschil" };
    }
    if (c !== undefined && c.split("?")[0] === "geschillen" && parts.length === 3) return escalationRoute(b, c);
    if ((c === "hoorgesprekken" || c === "zienswijzen") && d !== undefined && parts.length === 4) {
      const recordId = d === "nieuw" ? null : d;
      return c === "hoorgesprekken" ? { name: "hearing", id: b, recordId } : { name: "parent-view", id: b, recordId };
    }
  }
  if (a === "casussen" && b !== undefined && c === undefined) return { name: "case", id: b };
  if (a === "instellingen" && b === undefined) return { name: "settings" };
  return { name: "not-found" };
}

export function href(route: Route): string {
  switch (route.name) {
    case "today":
      return "#/vandaag";
    case "pupils":
    case "not-found":
      return "#/leerlingen";
    case "pupil-new":
      return "#/leerlingen/nieuw";
    case "pupil":
      return `#/leerlingen/${encodeURIComponent(route.id)}`;
    case "pupil-edit":
      return `#/leerlingen/${encodeURIComponent(route.id)}/bewerken`;
    case "opp":
      return `#/leerlingen/${encodeURIComponent(route.id)}/opp`;
    case "enrolment":
      return `#/leerlingen/${encodeURIComponent(route.id)}/aanmelding`;
    case "absence":
      return `#/leerlingen/${encodeURIComponent(route.id)}/verzuim`;
    case "tlv":
      return `#/leerlingen/${encodeURIComponent(route.id)}/tlv`;
    case "attachments":
      return `#/leerlingen/${encodeURIComponent(route.id)}/bijlagen`;
    case "meldcode":
      return `#/leerlingen/${encodeURIComponent(route.id)}/meldcode${route.fromDispute ? "?vanuit=geschil" : ""}`;
    case "escalation": {
      const query = new URLSearchParams();
      if (route.subject) query.set("onderwerp", route.subject);
      if (route.link) query.set("over", `${route.link.kind}:${route.link.id}`);
      const text = query.toString();
      return `#/leerlingen/${encodeURIComponent(route.id)}/geschillen${text ? `?${text}` : ""}`;
    }
    case "case":
      return `#/casussen/${encodeURIComponent(route.id)}`;
    case "hearing":
    case "parent-view": {
      const folder = route.name === "hearing" ? "hoorgesprekken" : "zienswijzen";
      return `#/leerlingen/${encodeURIComponent(route.id)}/${folder}/${route.recordId === null ? "nieuw" : encodeURIComponent(route.recordId)}`;
    }
    case "settings":
      return "#/instellingen";
  }
}

const SUBJECTS: readonly DisputeSubject[] = ["admission", "removal", "opp", "support", "tlv", "other"];
const LINK_KINDS: readonly DisputeLink["kind"][] = ["opp_version", "tlv", "case"];

/** `geschillen?onderwerp=opp&over=opp_version:<id>`: the prefill of "Geschil openen". */
function escalationRoute(id: string, segment: string): Route {
  const query = new URLSearchParams(segment.split("?")[1] ?? "");
  const subject = SUBJECTS.find((s) => s === query.get("onderwerp")) ?? null;
  const [kind, linkId] = (query.get("over") ?? "").split(":");
  const linkKind = LINK_KINDS.find((k) => k === kind);
  const link = linkKind && linkId ? { kind: linkKind, id: linkId } : null;
  return { name: "escalation", id, subject, link };
}

export function navigate(route: Route): void {
  window.location.hash = href(route);
}

/** A stable string per route, used as React key so each page mounts afresh. */
export function routeKey(route: Route): string {
  if ("recordId" in route) return `${route.name}:${route.id}:${route.recordId ?? "new"}`;
  return "id" in route ? `${route.name}:${route.id}` : route.name;
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener("hashchange", onChange);
    onChange();
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}
