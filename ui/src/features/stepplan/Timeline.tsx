import { useState } from "react";
import type { CaseDetail } from "../../ipc/bindings/CaseDetail";
import type { StepKey } from "../../ipc/bindings/StepKey";
import type { Template } from "../../ipc/bindings/Template";
import type { TimelineEntry } from "../../ipc/bindings/TimelineEntry";
import type { TimelineKind } from "../../ipc/bindings/TimelineKind";
import { t } from "../../i18n";
import { SelectField } from "../../components/Field";
import { formatDate } from "../../lib/dates";
import { href, type Route } from "../../app/router";
import { timelineText } from "../cases/labels";
import { stepLabel } from "./labels";
import { payloadOf } from "./records";
import { recordStep, timelineSubject } from "./kinds/registry";
import "../cases/cases.css";

/** Filter order; a Record so tsc fails when the backend grows a kind. */
const KIND_ORDER: Record<TimelineKind, number> = {
  case_opened: 0, signal: 1, conversation: 2, need: 3, factor: 4, goal: 5, intervention: 6, execution: 7,
  plan_share: 8, evaluation: 9, step_completed: 10, step_skipped: 11, cycle_started: 12, correction: 13,
  export: 14, hearing: 15, parent_view: 16, opp_version: 17, case_closed: 18,
};
const KINDS: readonly TimelineKind[] = (Object.keys(KIND_ORDER) as TimelineKind[]).sort((a, b) => KIND_ORDER[a] - KIND_ORDER[b]);

/** Where a timeline entry leads in the stappenplan. */
export interface TimelineTarget {
  cycleId: string;
  step: StepKey | null;
  recordId: string | null;
}

export function targetOf(entry: TimelineEntry, detail: CaseDetail): TimelineTarget | null {
  for (const cycle of detail.cycles) {
    const record = cycle.records.find((r) => r.id === entry.recordId);
    if (record) return { cycleId: cycle.id, step: recordStep(payloadOf(record)), recordId: record.id };
    if (cycle.id === entry.recordId) return { cycleId: cycle.id, step: entry.step, recordId: null };
  }
  const byNumber = detail.cycles.find((c) => c.number === entry.cycleNumber);
  return byNumber ? { cycleId: byNumber.id, step: entry.step, recordId: null } : null;
}

/** Hoorgesprekken, zienswijzen ouders and OPP versions are the pupil's, with a page of their own. */
function hearingRoute(entry: TimelineEntry, detail: CaseDetail): Route | null {
  if (entry.kind === "hearing") return { name: "hearing", id: detail.pupil.id, recordId: entry.recordId };
  if (entry.kind === "parent_view") return { name: "parent-view", id: detail.pupil.id, recordId: entry.recordId };
  if (entry.kind === "opp_version") return { name: "opp", id: detail.pupil.id };
  return null;
}

interface TimelineProps {
  detail: CaseDetail;
  template: Template;
  onOpen: (target: TimelineTarget) => void;
}

/**
 * Every event of the casus in date order, filterable by kind; an entry opens its record (a
 * hoorgesprek or zienswijze ouders on its own page).
 */
export function Timeline({ detail, template, onOpen }: TimelineProps) {
  const [filter, setFilter] = useState<TimelineKind | "all">("all");
  const all = detail.timeline.map((entry, index) => ({ entry, index }));
  all.sort((a, b) => a.entry.date.localeCompare(b.entry.date) || a.index - b.index);
  const shown = all.filter(({ entry }) => filter === "all" || entry.kind === filter);
  const records = new Map(detail.cycles.flatMap((c) => c.records.map((r) => [r.id, r] as const)));

  return (
    <section className="card" aria-labelledby="timeline-heading">
      <div className="section-head">
        <h2 id="timeline-heading">{t("timeline.title")}</h2>
      </div>
      <div className="form-grid">
        <SelectField
          id="timeline-filter"
          label={t("timeline.filter")}
          value={filter}
          onChange={setFilter}
          options={[{ value: "all" as const, label: t("timeline.all") }, ...KINDS.map((k) => ({ value: k, label: timelineText(k) }))]}
        />
      </div>
      {shown.length === 0 ? (
        <p className="empty-state">{filter === "all" ? t("timeline.empty") : t("timeline.emptyFilter")}</p>
      ) : (
        <ol className="timeline">
          {shown.map(({ entry, index }) => {
            const record = records.get(entry.recordId);
            const meta = [
              entry.cycleNumber !== null ? t("timeline.cycle", { n: entry.cycleNumber }) : null,
              entry.step ? stepLabel(template, entry.step) : null,
            ].filter(Boolean);
            const subject = record && entry.kind !== "correction" ? timelineSubject(payloadOf(record), template, detail.pupil.stage) : null;
            const note = entry.note
              ? entry.kind === "correction"
                ? t("timeline.revisionNote", { note: entry.note })
                : entry.kind === "step_completed"
                  ? t("timeline.completedWithout", { note: entry.note })
                  : t("timeline.reason", { note: entry.note })
              : null;
            const page = hearingRoute(entry, detail);
            const target = page ? null : targetOf(entry, detail);
            const body = (
              <>
                <span className="timeline-date">{formatDate(entry.date)}</span>
                <span className="timeline-text">{timelineText(entry.kind)}</span>
                {meta.length > 0 ? <span className="timeline-meta">{meta.join(" · ")}</span> : null}
                {subject ? <span className="timeline-subject">{subject}</span> : null}
                {note ? <span className="timeline-note">{note}</span> : null}
              </>
            );
            return (
              <li key={`${entry.recordId}-${entry.kind}-${index}`} className={`timeline-item timeline-${entry.kind}`} data-testid="timeline-entry">
                {page ? (
                  <a className="timeline-open" href={href(page)} data-testid={`timeline-open-${entry.kind}`}>
                    {body}
                  </a>
                ) : target ? (
                  <button type="button" className="timeline-open" onClick={() => onOpen(target)}>
                    {body}
                  </button>
                ) : (
                  body
                )}
              </li>
            );
          })}
        </ol>
      )}
      <p className="muted">{t("timeline.openHint")}</p>
    </section>
  );
}
