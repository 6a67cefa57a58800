/**
 * Presentation helpers for findings shared by every front end (CLI text report, 检查 tab list and
 * exported report): severity order and labels, counts, paragraph labels and one-line quotes.
 * Pure: no DOM, no Office.
 */
import type { Finding, Severity } from "./types";

/** 0 = most severe. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** Most severe first. */
export const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];
export const SEVERITY_LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

/** Whether severity `s` is `min` or more severe. */
export function atLeast(s: Severity, min: Severity): boolean {
  return SEVERITY_RANK[s] <= SEVERITY_RANK[min];
}

export type SeverityCounts = Record<Severity, number>;

export function countFindings(findings: readonly Finding[]): SeverityCounts {
  const c: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/** Quote for display: one line, at most `max` characters (code points), "…" when cut. */
export function shortQuote(s: string, max = 40): string {
  const one = s.replace(/\s+/g, " ").trim();
  const chars = Array.from(one);
  return chars.length > max ? chars.slice(0, max).join("") + "…" : one;
}

/** Human paragraph reference (1-based): "第 12 段", "第 12—14 段", or "全文" (paragraph < 0). */
export function paragraphLabel(f: Pick<Finding, "paragraph" | "paragraphEnd">): string {
  if (f.paragraph < 0) return "全文";
  const a = f.paragraph + 1;
  if (f.paragraphEnd !== undefined && f.paragraphEnd > f.paragraph) return `第 ${a}—${f.paragraphEnd + 1} 段`;
  return `第 ${a} 段`;
}
