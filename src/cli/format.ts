/** Text rendering of reports for the terminal. */

import { paragraphLabel, SEVERITY_LABEL, shortQuote, type SeverityCounts } from "../core/findings";
import type { Finding, Report, Severity } from "../core/types";

export interface Palette {
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
export const ANSI: Palette = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
  green: wrap(32, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
};
const id = (s: string) => s;
export const PLAIN: Palette = { red: id, yellow: id, cyan: id, green: id, dim: id, bold: id };

function severityColor(p: Palette, s: Severity): (x: string) => string {
  return s === "error" ? p.red : s === "warning" ? p.yellow : p.cyan;
}

export type Counts = SeverityCounts;

/** Display width in a terminal: East Asian wide and full-width characters count 2. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || (c >= 0x7f && c < 0xa0)) continue;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0x303e) ||
      (c >= 0x3041 && c <= 0x33ff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0xa000 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd)
        ? 2
        : 1;
  }
  return w;
}

function pad(s: string, width: number, right = false): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

export function summaryLine(report: Report, counts: Counts, p: Palette): string {
  const preset = `${report.preset.label}${report.preset.detected ? "（自动识别）" : ""}`;
  const parts = [
    counts.error ? p.red(`错误 ${counts.error}`) : `错误 0`,
    counts.warning ? p.yellow(`警告 ${counts.warning}`) : `警告 0`,
    counts.info ? p.cyan(`提示 ${counts.info}`) : `提示 0`,
  ];
  return `${p.bold(report.file ?? "")}  ${p.dim(preset)}  ${parts.join(" · ")}`;
}

/** Text block for one report: summary line and one line per finding (already filtered). */
export function formatReportText(report: Report, findings: Finding[], totals: Counts, p: Palette): string {
  const lines = [summaryLine(report, totals, p)];
  const b = report.preset.basis;
  if (b && (b.type !== "指定" || b.year !== "指定")) lines.push(`  ${p.dim(`识别依据：类型——${b.type}；年度——${b.year}`)}`);
  if (findings.length === 0) {
    lines.push(totals.error + totals.warning + totals.info === 0 ? `  ${p.green("未发现问题")}` : `  ${p.dim("（没有达到所选级别的问题）")}`);
  }
  for (const f of findings) {
    const color = severityColor(p, f.severity);
    let line = `  ${color(SEVERITY_LABEL[f.severity])}  ${pad(paragraphLabel(f), 10)}  ${f.message}`;
    if (f.quote) line += `  ${p.dim(`“${shortQuote(f.quote)}”`)}`;
    line += `  ${p.dim(`[${f.ruleId}]`)}`;
    lines.push(line);
  }
  return lines.join("\n") + "\n";
}

export interface TableRow {
  file: string;
  counts: Counts | null;
  /** Status shown when counts is null (default 无法读取). */
  status?: string;
}

/** Final table for several files: 文件, 错误, 警告, 提示, 状态. */
export function formatTable(rows: TableRow[], p: Palette): string {
  const head = ["文件", "错误", "警告", "提示", "状态"];
  const body = rows.map((r) => {
    if (!r.counts) return { cells: [r.file, "-", "-", "-", r.status ?? "无法读取"], color: p.red };
    const c = r.counts;
    const status = c.error > 0 ? "未通过" : c.warning > 0 ? "有警告" : "通过";
    const color = c.error > 0 ? p.red : c.warning > 0 ? p.yellow : p.green;
    return { cells: [r.file, String(c.error), String(c.warning), String(c.info), status], color };
  });
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...body.map((b) => displayWidth(b.cells[i]))));
  const fmtRow = (cells: string[]) =>
    cells.map((c, i) => (i >= 1 && i <= 3 ? pad(c, widths[i], true) : pad(c, widths[i]))).join("  ").trimEnd();
  const out = [p.bold(fmtRow(head)), widths.map((w) => "-".repeat(w)).join("  ")];
  for (const b of body) {
    const cells = b.cells.slice();
    const line = fmtRow(cells);
    // Colour only the status column (padding already applied).
    const statusAt = line.lastIndexOf(cells[4]);
    out.push(line.slice(0, statusAt) + b.color(cells[4]));
  }
  return out.join("\n") + "\n";
}
