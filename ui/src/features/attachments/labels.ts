import { t } from "../../i18n";

/** A file size in kB or MB, Dutch decimal comma. */
export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return t("attachments.kilobytes", { size: String(Math.max(1, Math.ceil(bytes / 1024))) });
  const megabytes = (bytes / (1024 * 1024)).toFixed(1).replace(".", ",");
  return t("attachments.megabytes", { size: megabytes });
}

/** The file's name without its extension: a first guess at the title. */
export function titleFromFileName(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}
