/**
 * Presentation helpers for findings shared by every front end (CLI text report, 检查 tab list and
 * exported report): severity order and labels, counts, paragraph labels and one-line quotes.
 * Pure: no DOM, no Office.
 */
import type { Analysis, Finding, Preset, SectionKind, Severity } from "./types";

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

export interface Coverage {
  /** Required sections reported missing by missing-section, in the preset's order. */
  missingRequired: SectionKind[];
  requiredTotal: number;
  /** Aspects covered under 存在的问题: the total less those missing-aspect reports (0 with no 存在的问题). */
  aspectsCovered: number;
  aspectsTotal: number;
  /**
   * Instead of a count no finding backs: the problems are not listed by aspect ("未按方面分列"), or
   * their sub-headings match none of the aspects ("小标题与各方面对不上", the info finding says so).
   */
  aspectsNote?: string;
}

/**
 * The completeness summary derived from the findings, so that it never contradicts them: a section
 * counts as missing exactly when missing-section reports it, an aspect as uncovered exactly when
 * missing-aspect reports it.
 */
export function coverage(findings: readonly Finding[], analysis: Pick<Analysis, "sections">, preset: Preset | undefined): Coverage {
  const required = preset ? preset.sections.filter((s) => s.required).map((s) => s.kind) : [];
  const reported = new Set(findings.filter((f) => f.ruleId === "missing-section").map((f) => f.data?.section));
  const aspectIds = new Set((preset?.aspects ?? []).map((a) => a.id));
  const aspectFindings = findings.filter((f) => f.ruleId === "missing-aspect");
  const uncovered = new Set(aspectFindings.map((f) => f.data?.aspectId).filter((id): id is string => typeof id === "string" && aspectIds.has(id)));
  const problems = analysis.sections.filter((s) => s.kind === "存在的问题");
  const byHeading = new Set(problems.flatMap((s) => s.aspects.map((a) => a.aspectId)).filter((id) => id !== null && aspectIds.has(id)));
  let aspectsCovered = aspectIds.size - uncovered.size;
  let aspectsNote: string | undefined;
  if (!problems.length) aspectsCovered = 0;
  else if (!uncovered.size && aspectFindings.length) aspectsNote = "小标题与各方面对不上";
  else if (!uncovered.size && byHeading.size < 2) aspectsNote = "未按方面分列";
  return {
    missingRequired: required.filter((k) => reported.has(k)),
    requiredTotal: required.length,
    aspectsCovered,
    aspectsTotal: aspectIds.size,
    ...(aspectsNote ? { aspectsNote } : {}),
  };
}
