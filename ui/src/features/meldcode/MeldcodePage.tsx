import { useEffect, useState } from "react";
import { call } from "../../ipc/client";
import type { MeldcodePage as Page } from "../../ipc/bindings/MeldcodePage";
import { errorText, t } from "../../i18n";
import { PageHeading } from "../../components/PageHeading";
import { FormAlert, StatusMessage } from "../../components/ErrorText";
import { Link } from "../../components/Link";
import { formatDateTime } from "../../lib/dates";
import { PassphraseDialog } from "./PassphraseDialog";
import { StartForm } from "./StartForm";
import { RouteView } from "./RouteView";
import "./meldcode.css";

/**
 * The meldcode route of a pupil (`#/leerlingen/<id>/meldcode`), restricted: the page first asks
 * the passphrase again (`meldcode_open`); the core grants ten minutes and refuses every other
 * meldcode command without that grant (`meldcode_locked`), which brings the dialog back. After
 * opening: the five steps with their entries and forms, the decision of step 5, closing; closed
 * routes read-only. Leaving the page ends the access (`meldcode_leave`). `fromDispute`: reached
 * from a geschil answered "veiligheid" (`?vanuit=geschil`), which the page explains.
 */
export function MeldcodePage({ pupilId, fromDispute }: { pupilId: string; fromDispute: boolean }) {
  const [page, setPage] = useState<Page | null>(null);
  const [lockedNotice, setLockedNotice] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(
    () => () => {
      // The grant ends with the page; the answer carries nothing to show.
      call("meldcode_leave", { id: pupilId }).catch(() => undefined);
    },
    [pupilId],
  );

  const changed = (next: Page, message: string) => {
    setPage(next);
    setNotice(message);
  };
  /** A command was refused for want of a live grant: ask the passphrase again. */
  const locked = () => {
    setPage(null);
    setNotice(null);
    setLockedNotice(errorText("meldcode_locked"));
  };
  const open = page?.open ?? null;

  return (
    <div className="meldcode-page">
      {/* The passphrase field takes focus first; once open, the heading (top of the page). */}
      <PageHeading focus={page !== null}>{t("meldcode.title")}</PageHeading>
      <p>
        <Link to={{ name: "pupil", id: pupilId }}>{t("meldcode.backToPupil")}</Link>
      </p>
      <p className="meldcode-apart" data-testid="meldcode-apart">
        {t("meldcode.apart")}
      </p>
      {fromDispute ? (
        <p className="meldcode-from-dispute" data-testid="meldcode-from-dispute">
          {t("meldcode.fromDispute")}
        </p>
      ) : null}
      {page === null ? (
        <>
          <FormAlert text={lockedNotice} />
          <PassphraseDialog
            pupilId={pupilId}
            onOpened={(next) => {
              setLockedNotice(null);
              setPage(next);
            }}
          />
        </>
      ) : (
        <>
          <p className="muted" data-testid="meldcode-access">
            {t("meldcode.accessUntil", { time: formatDateTime(page.accessUntil, (date, time) => t("common.dateTime", { date, time })) })}
          </p>
          <p className="muted">{t("meldcode.source", { source: page.source })}</p>
          <StatusMessage text={notice} />
          {open === null && page.closed.length === 0 ? <p className="empty-state">{t("meldcode.none")}</p> : null}
          {page.canStart ? (
            <StartForm page={page} onDone={(next) => changed(next, t("meldcode.started"))} onLocked={locked} />
          ) : null}
          {open ? <RouteView page={page} route={open} onChanged={changed} onLocked={locked} /> : null}
          {page.closed.length > 0 ? (
            <section aria-labelledby="meldcode-closed-heading">
              <h2 id="meldcode-closed-heading">{t("meldcode.closedRoutes")}</h2>
              {page.closed.map((route) => (
                <RouteView key={route.id} page={page} route={route} onChanged={changed} onLocked={locked} />
              ))}
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
