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

/** Index in analysis.sections of the section paragraph `p` belongs to; -1 = none (全文). */
function sectionIndexOf(analysis: Analysis, p: number): number {
  const si = p >= 0 && p < analysis.sectionOf.length ? analysis.sectionOf[p] : -1;
  return si >= 0 && analysis.sections[si] ? si : -1;
}

/** Key and display name of section `si` (-1 = 全文). */
function sectionLabel(analysis: Analysis, si: number): { key: string; title: string } {
  if (si < 0) return { key: "doc", title: "全文" };
  const s = analysis.sections[si];
  return { key: `s${si}`, title: s.kind ?? (s.title || "未识别的部分") };
}

/** Display name of the section paragraph `p` belongs to. */
export function sectionTitleOf(analysis: Analysis, p: number): { key: string; title: string } {
  return sectionLabel(analysis, sectionIndexOf(analysis, p));
}

/**
 * Findings grouped by severity (错误 → 警告 → 提示), then by section in document order; within a
 * section by paragraph, then position. One pass over the findings (the list can be tens of
 * thousands long and is regrouped on the UI thread whenever a filter changes).
 */
export function groupFindings(result: CheckResult, keep?: (finding: Finding, index: number) => boolean): SeverityGroup[] {
  const { findings, analysis } = result;
  /** Per severity: section index (-1 = 全文) → its entries in index order. */
  const buckets = new Map<Severity, Map<number, FindingEntry[]>>(SEVERITY_ORDER.map((s) => [s, new Map()]));
  const counts = new Map<Severity, number>();
  for (let index = 0; index < findings.length; index++) {
    const finding = findings[index];
    const bySection = buckets.get(finding.severity);
    if (!bySection || (keep && !keep(finding, index))) continue;
    const si = sectionIndexOf(analysis, finding.paragraph);
    let entries = bySection.get(si);
    if (!entries) bySection.set(si, (entries = []));
    entries.push({ finding, index });
    counts.set(finding.severity, (counts.get(finding.severity) ?? 0) + 1);
  }
  const out: SeverityGroup[] = [];
  for (const severity of SEVERITY_ORDER) {
    const bySection = buckets.get(severity)!;
    if (!bySection.size) continue;
    const sections = [...bySection.keys()]
      .sort((a, b) => a - b)
      .map((si) => {
        const entries = bySection.get(si)!;
        // The checker returns its findings by paragraph: usually already in order, no sort needed.
        const byParagraph = (a: FindingEntry, b: FindingEntry) => a.finding.paragraph - b.finding.paragraph || a.index - b.index;
        if (!entries.every((e, k) => k === 0 || byParagraph(entries[k - 1], e) < 0)) entries.sort(byParagraph);
        return { ...sectionLabel(analysis, si), entries };
      });
    out.push({ severity, label: SEVERITY_LABEL[severity], sections, count: counts.get(severity)! });
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
