/**
 * Downloads of the 审核台. The content comes from src/core/review/export.ts (the same code as the
 * CLI); the .xlsx writer (write-excel-file) is loaded only when asked for, as its own chunk.
 */
import { zipSync, strToU8 } from "fflate";
import type { FileResult, ReviewResult } from "../core/review/batch";
import { htmlReport, opinionText, summaryCsv, summaryRows, SUMMARY_HEADER, type Cell } from "../core/review/export";

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

const baseName = (file: string) => (file.split(/[/\\]/).pop() ?? file).replace(/\.[^.]+$/, "");

export function exportCsv(result: ReviewResult): void {
  download(`审核汇总-${stamp()}.csv`, new Blob([summaryCsv(result)], { type: "text/csv;charset=utf-8" }));
}

export function exportHtml(result: ReviewResult): void {
  const now = new Date();
  const html = htmlReport(result, { generatedAt: now.toLocaleString("zh-CN") });
  download(`审核报告-${stamp(now)}.html`, new Blob([html], { type: "text/html;charset=utf-8" }));
}

export function exportOpinion(result: ReviewResult, file: FileResult): void {
  download(`审核意见-${baseName(file.file)}.txt`, new Blob([opinionText(result, file)], { type: "text/plain;charset=utf-8" }));
}

export function exportAllOpinions(result: ReviewResult): void {
  const files: Record<string, Uint8Array> = {};
  const used = new Set<string>();
  for (const f of result.files) {
    let name = `审核意见-${baseName(f.file)}.txt`;
    for (let k = 2; used.has(name); k++) name = `审核意见-${baseName(f.file)}-${k}.txt`;
    used.add(name);
    files[name] = strToU8(opinionText(result, f));
  }
  const zip = zipSync(files);
  download(`审核意见-${stamp()}.zip`, new Blob([zip as Uint8Array<ArrayBuffer>], { type: "application/zip" }));
}

/** Sheets of the .xlsx: 汇总, 雷同, 年年提. */
export function xlsxSheets(result: ReviewResult): { sheet: string; rows: Cell[][] }[] {
  return [
    { sheet: "汇总", rows: [[...SUMMARY_HEADER], ...summaryRows(result)] },
    {
      sheet: "雷同",
      rows: [
        ["材料甲", "材料乙", "相同比例（较短材料）", "甲中相同", "乙中相同", "最长一段（字）", "雷同"],
        ...result.pairs.map((p) => [p.a, p.b, p.ratio, p.shareA, p.shareB, p.longest, p.flagged ? "是" : "否"]),
      ],
    },
    {
      sheet: "年年提",
      rows: [["文件", "段落", "今年文字", "往年材料", "往年段落"], ...result.recycled.map((r) => [r.file, r.paragraph + 1, r.text, r.previousFile, r.previousParagraph + 1])],
    },
  ];
}

export async function exportXlsx(result: ReviewResult): Promise<void> {
  const { default: writeXlsxFile } = await import(/* webpackChunkName: "review-xlsx" */ "write-excel-file/browser");
  const sheets = xlsxSheets(result).map((s) => ({
    sheet: s.sheet,
    data: s.rows.map((r, i) => r.map((v) => (i === 0 ? { value: String(v), fontWeight: "bold" as const } : { value: v }))),
    stickyRowsCount: 1,
  }));
  const blob = await writeXlsxFile(sheets).toBlob();
  download(`审核汇总-${stamp()}.xlsx`, blob);
}
