/**
 * Pure helpers of the 检查 tab: completeness summary, grouping of findings (severity → section),
 * and the report as text / JSON for export. No React, no Office.
 */
import { countFindings, coverage, paragraphLabel, SEVERITY_LABEL, SEVERITY_ORDER, shortQuote } from "../../core/findings";
import type { Analysis, Finding, Preset, Report, SectionKind, Severity } from "../../core/types";

/** What checkDocument returns. */
export type CheckResult = Report & { analysis: Analysis };


export interface Completeness {
  /** Required sections of the preset found in the document (every missing one has a missing-section finding). */
  requiredPresent: number;
  requiredTotal: number;
  missingRequired: SectionKind[];
  /**
   * Aspects of the preset covered under 存在的问题: every uncovered one has a missing-aspect finding
   * (or, with no 存在的问题 at all, the missing-section finding explains 0).
   */
  aspectsCovered: number;
  aspectsTotal: number;
  aspectGroup: string;
  /**
   * Set instead of a count when no number can be backed by findings: the problems are not listed by
   * aspect ("未按方面分列"), or their sub-headings match none of the aspects (the info finding says so).
   */
  aspectsNote?: string;
  counts: Record<Severity, number>;
}

/** The summary, derived from the findings so that it never contradicts them (core coverage()). */
export function completeness(result: CheckResult, preset: Preset | undefined): Completeness {
  const c = coverage(result.findings, result.analysis, preset);
  return {
    requiredPresent: c.requiredTotal - c.missingRequired.length,
    requiredTotal: c.requiredTotal,
    missingRequired: c.missingRequired,
    aspectsCovered: c.aspectsCovered,
    aspectsTotal: c.aspectsTotal,
    aspectGroup: preset?.aspectGroup ?? "",
    ...(c.aspectsNote ? { aspectsNote: c.aspectsNote } : {}),
    counts: countFindings(result.findings),
  };
}

/** "覆盖 3/5", or the note when no count applies. */
export function aspectsLabel(c: Completeness): string {
  return c.aspectsNote ?? `覆盖 ${c.aspectsCovered}/${c.aspectsTotal}`;
}

export interface FindingEntry {
  finding: Finding;
  /** Position in result.findings (stable key). */
  index: number;
}

export interface SectionGroup {
  key: string;
  /** "存在的问题", a heading's own wording when it maps to no kind, or "全文". */
  title: string;
  entries: FindingEntry[];
}

export interface SeverityGroup {
  severity: Severity;
  label: string;
  sections: SectionGroup[];
  count: number;
}

/** Display name of the section paragraph `p` belongs to. */
export function sectionTitleOf(analysis: Analysis, p: number): { key: string; title: string } {
  const si = p >= 0 && p < analysis.sectionOf.length ? analysis.sectionOf[p] : -1;
  const s = si >= 0 ? analysis.sections[si] : undefined;
  if (!s) return { key: "doc", title: "全文" };
  return { key: `s${si}`, title: s.kind ?? (s.title || "未识别的部分") };
}

/** Findings grouped by severity (错误 → 警告 → 提示), then by section in document order. */
export function groupFindings(result: CheckResult, keep?: (finding: Finding, index: number) => boolean): SeverityGroup[] {
  const out: SeverityGroup[] = [];
  for (const severity of SEVERITY_ORDER) {
    const entries = result.findings
      .map((finding, index) => ({ finding, index }))
      .filter((e) => e.finding.severity === severity && (!keep || keep(e.finding, e.index)));
    if (!entries.length) continue;
    const bySection = new Map<string, SectionGroup & { order: number }>();
    for (const e of entries) {
      const { key, title } = sectionTitleOf(result.analysis, e.finding.paragraph);
      let g = bySection.get(key);
      if (!g) {
        const si = key === "doc" ? -1 : Number(key.slice(1));
        bySection.set(key, (g = { key, title, entries: [], order: si }));
      }
      g.entries.push(e);
    }
    const sections = [...bySection.values()].sort((a, b) => a.order - b.order).map(({ key, title, entries }) => ({ key, title, entries }));
    for (const g of sections) g.entries.sort((a, b) => a.finding.paragraph - b.finding.paragraph || a.index - b.index);
    out.push({ severity, label: SEVERITY_LABEL[severity], sections, count: entries.length });
  }
  return out;
}

/** Plain-text report in Chinese, like the CLI's text output. */
export function reportText(result: CheckResult, preset: Preset | undefined): string {
  const c = completeness(result, preset);
  const lines: string[] = [];
  lines.push("对照检查材料结构检查报告");
  if (result.file) lines.push(`文件：${result.file}`);
  lines.push(`预设：${result.preset.label}${result.preset.detected ? "（自动识别）" : ""}`);
  lines.push(`段落 ${result.stats.paragraphs} 个，字数 ${result.stats.characters}`);
  lines.push(
    `必备部分 ${c.requiredPresent}/${c.requiredTotal}` +
      (c.missingRequired.length ? `（缺少：${c.missingRequired.join("、")}）` : "") +
      (c.aspectsTotal ? `；${c.aspectGroup || "方面"}${aspectsLabel(c)}` : ""),
  );
  lines.push(`错误 ${c.counts.error} · 警告 ${c.counts.warning} · 提示 ${c.counts.info}`);
  lines.push("");
  lines.push("结构：");
  for (const s of result.analysis.sections) {
    lines.push(`  ${s.title || "（无标题）"} → ${s.kind ?? "未识别"}`);
  }
  lines.push("");
  if (!result.findings.length) lines.push("未发现问题。");
  for (const g of groupFindings(result)) {
    lines.push(`【${g.label}】${g.count} 项`);
    for (const s of g.sections) {
      lines.push(`  ${s.title}`);
      for (const { finding: f } of s.entries) {
        let line = `    ${paragraphLabel(f)}  ${f.message}`;
        if (f.quote) line += `  “${shortQuote(f.quote, 30)}”`;
        line += `  [${f.ruleId}]`;
        lines.push(line);
      }
    }
  }
  return lines.join("\n") + "\n";
}

/** The Report shape as JSON (the analysis is left out, as in the CLI's JSON output). */
export function reportJson(result: CheckResult): string {
  const { analysis: _analysis, ...report } = result;
  const plain: Report = report;
  return JSON.stringify(plain, null, 2) + "\n";
}
