/**
 * Downloads of the 审核台. The content is built in the store worker by src/core/review/export.ts
 * (the same code as the CLI), so the page never holds every finding; the .xlsx writer
 * (write-excel-file) is loaded only when asked for, as its own chunk.
 */
import type { ReviewClient } from "./client";
import { baseName } from "./protocol";

function stamp(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}`;
}

export function download(name: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function exportCsv(client: ReviewClient): Promise<void> {
  const { text } = await client.exportData("csv");
  download(`审核汇总-${stamp()}.csv`, new Blob([text ?? ""], { type: "text/csv;charset=utf-8" }));
}

export async function exportHtml(client: ReviewClient): Promise<void> {
  const now = new Date();
  const { text } = await client.exportData("html", { generatedAt: now.toLocaleString("zh-CN") });
  download(`审核报告-${stamp(now)}.html`, new Blob([text ?? ""], { type: "text/html;charset=utf-8" }));
}

export async function exportOpinion(client: ReviewClient, file: string): Promise<void> {
  const { text } = await client.exportData("opinion", { file });
  download(`审核意见-${baseName(file)}.txt`, new Blob([text ?? ""], { type: "text/plain;charset=utf-8" }));
}

export async function exportAllOpinions(client: ReviewClient): Promise<void> {
  const { bytes } = await client.exportData("opinions");
  download(`审核意见-${stamp()}.zip`, new Blob([(bytes ?? new Uint8Array()) as Uint8Array<ArrayBuffer>], { type: "application/zip" }));
}

export async function exportXlsx(client: ReviewClient): Promise<void> {
  const [{ default: writeXlsxFile }, { sheets = [] }] = await Promise.all([
    import(/* webpackChunkName: "review-xlsx" */ "write-excel-file/browser"),
    client.exportData("xlsx"),
  ]);
  const data = sheets.map((s) => ({
    sheet: s.sheet,
    data: s.rows.map((r, i) => r.map((v) => (i === 0 ? { value: String(v), fontWeight: "bold" as const } : { value: v }))),
    stickyRowsCount: 1,
  }));
  const blob = await writeXlsxFile(data).toBlob();
  download(`审核汇总-${stamp()}.xlsx`, blob);
}
