import { useState } from "react";
import { call, toIpcError } from "../../ipc/client";
import type { AttachmentItem } from "../../ipc/bindings/AttachmentItem";
import type { PupilAttachments } from "../../ipc/bindings/PupilAttachments";
import { errorText, t } from "../../i18n";
import { ConfirmInline } from "../../components/ConfirmInline";
import { FormAlert, StatusMessage } from "../../components/ErrorText";
import { formatDate } from "../../lib/dates";
import { useLoad } from "../../lib/useLoad";
import { AttachmentForm } from "./AttachmentForm";
import { sizeText } from "./labels";

/**
 * A pupil's attachments (onderzoeksverslagen, toetsoverzichten, scans), stored encrypted in the
 * vault: title, kind, date, source, pages or pixel size and file size, with Bekijken (the
 * system viewer, through the private view folder the core empties on lock), Wijzigen and
 * Verwijderen (after a confirm), and the "Bijlage toevoegen" form. Self-contained so the TLV
 * page can embed it; `headingLevel` fits it under that page's headings.
 */
export function AttachmentList({
  pupilId,
  headingLevel = 2,
  onChanged,
}: {
  pupilId: string;
  headingLevel?: 2 | 3;
  /** Called after an attachment was added, changed or removed (the TLV checklist reloads). */
  onChanged?: () => void;
}) {
  const loaded = useLoad(() => call("attachment_list", { id: pupilId }), pupilId);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const page = loaded.data;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const update = (next: PupilAttachments, message: string) => {
    loaded.setData(next);
    setEditing(null);
    setConfirming(null);
    setError(null);
    setStatus(message);
    onChanged?.();
  };
  const view = async (item: AttachmentItem) => {
    setError(null);
    try {
      await call("attachment_view", { id: item.id });
      setStatus(t("attachments.viewed", { title: item.title }));
    } catch (e) {
      setError(errorText(toIpcError(e).code));
    }
  };
  const remove = async (item: AttachmentItem) => {
    setBusy(true);
    try {
      update(await call("attachment_delete", { id: item.id }), t("attachments.deleted"));
    } catch (e) {
      setError(errorText(toIpcError(e).code));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="attachments-heading" data-testid="attachments">
      <Heading id="attachments-heading">{t("attachments.title")}</Heading>
      <p className="muted">{t("attachments.intro")}</p>
      <StatusMessage text={status} />
      <FormAlert text={loaded.error ? errorText(loaded.error.code) : error} />
      {!page && loaded.loading ? <p role="status">{t("common.loading")}</p> : null}
      {page ? (
        <>
          {page.attachments.length === 0 ? (
            <p className="empty-state">{t("attachments.none")}</p>
          ) : (
            <div className="table-wrap">
              <table className="data-table">
                <caption className="visually-hidden">{t("attachments.title")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("attachments.colTitle")}</th>
                    <th scope="col">{t("attachments.colKind")}</th>
                    <th scope="col">{t("attachments.colDate")}</th>
                    <th scope="col">{t("attachments.colSource")}</th>
                    <th scope="col">{t("attachments.colExtent")}</th>
                    <th scope="col">{t("attachments.colSize")}</th>
                    <th scope="col">{t("common.actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.attachments.map((item) => (
                    <tr key={item.id} data-testid="attachment-row">
                      <th scope="row">{item.title}</th>
                      <td>{item.kindLabel}</td>
                      <td className="nowrap">{item.documentDate ? formatDate(item.documentDate) : t("common.empty")}</td>
                      <td>{item.source ?? t("common.empty")}</td>
                      <td className="nowrap">
                        {item.pageCount !== null
                          ? t("attachments.pages", { count: String(item.pageCount) })
                          : t("attachments.pixels", { width: String(item.width ?? 0), height: String(item.height ?? 0) })}
                      </td>
                      <td className="nowrap">{sizeText(item.sizeBytes)}</td>
                      <td>
                        {confirming === item.id ? (
                          <ConfirmInline
                            message={t("attachments.confirmDelete", { title: item.title })}
                            confirmLabel={t("common.remove")}
                            busy={busy}
                            onConfirm={() => void remove(item)}
                            onCancel={() => setConfirming(null)}
                          />
                        ) : (
                          <div className="button-row button-row-tight">
                            <button type="button" className="button button-secondary" onClick={() => void view(item)} aria-label={t("attachments.viewLabel", { title: item.title })}>
                              {t("attachments.view")}
                            </button>
                            <button type="button" className="button button-secondary" onClick={() => setEditing(item.id)} aria-label={t("attachments.editLabel", { title: item.title })}>
                              {t("attachments.edit")}
                            </button>
                            <button type="button" className="button button-secondary" onClick={() => setConfirming(item.id)} aria-label={t("attachments.deleteLabel", { title: item.title })}>
                              {t("common.remove")}
                            </button>
                          </div>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {editing !== null ? (
            <AttachmentForm
              key={editing}
              pupilId={pupilId}
              kinds={page.kinds}
              editing={page.attachments.find((item) => item.id === editing) ?? null}
              onSaved={(next) => update(next, t("attachments.updated"))}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <AttachmentForm
              pupilId={pupilId}
              kinds={page.kinds}
              editing={null}
              onSaved={(next) => update(next, t("attachments.added"))}
              onCancel={null}
            />
          )}
        </>
      ) : null}
    </section>
  );
}
