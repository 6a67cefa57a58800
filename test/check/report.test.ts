import { getPreset } from "../../src/core/presets";
import { paragraphLabel } from "../../src/core/findings";
import { SEVERITY_LABEL, SEVERITY_ORDER } from "../../src/core/findings";
import type { Finding, Severity } from "../../src/core/types";
import { completeness, groupFindings, reportJson, reportText, sectionTitleOf, type CheckResult, type SeverityGroup } from "../../src/taskpane/check/report";
import { ANALYSIS, FINDINGS, result } from "./fixtures";

/** The grouping written the straightforward way (one filter per severity): what groupFindings must equal. */
function groupNaively(r: CheckResult, keep?: (f: Finding, i: number) => boolean): SeverityGroup[] {
  const out: SeverityGroup[] = [];
  for (const severity of SEVERITY_ORDER) {
    const entries = r.findings.map((finding, index) => ({ finding, index })).filter((e) => e.finding.severity === severity && (!keep || keep(e.finding, e.index)));
    if (!entries.length) continue;
    const keys: string[] = [];
    const bySection = new Map<string, { key: string; title: string; entries: typeof entries }>();
    for (const e of entries) {
      const { key, title } = sectionTitleOf(r.analysis, e.finding.paragraph);
      if (!bySection.has(key)) {
        keys.push(key);
        bySection.set(key, { key, title, entries: [] });
      }
      bySection.get(key)!.entries.push(e);
    }
    const order = (k: string) => (k === "doc" ? -1 : Number(k.slice(1)));
    const sections = keys.sort((a, b) => order(a) - order(b)).map((k) => bySection.get(k)!);
    for (const s of sections) s.entries.sort((a, b) => a.finding.paragraph - b.finding.paragraph || a.index - b.index);
    out.push({ severity, label: SEVERITY_LABEL[severity], sections, count: entries.length });
  }
  return out;
}

describe("check report helpers", () => {
  const preset = getPreset("dlsh-2025/banzi");

  test("completeness counts required sections, aspects and severities", () => {
    expect(preset).toBeDefined();
    const c = completeness(result(), preset);
    expect(c.missingRequired).toContain("原因分析");
    expect(c.requiredPresent).toBe(c.requiredTotal - c.missingRequired.length);
    expect(c.aspectsTotal).toBe(preset!.aspects.length);
    expect(c.counts).toEqual({ error: 2, warning: 1, info: 1 });
  });

  test("groups by severity (错误 first), then section in document order", () => {
    const g = groupFindings(result());
    expect(g.map((x) => x.label)).toEqual(["错误", "警告", "提示"]);
    expect(g[0].sections.map((s) => s.title)).toEqual(["存在的问题", "整改措施"]);
    expect(g[0].sections[0].entries[0].finding.ruleId).toBe("copy-residue");
    expect(g[2].sections[0].title).toBe("全文");
  });

  test("one-pass grouping equals the per-severity grouping on a long shuffled list, with and without a filter", () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const severities: Severity[] = ["error", "warning", "info"];
    const findings: Finding[] = [];
    // Paragraphs -1 (全文) to beyond the analysis (no section): every branch of the section lookup.
    for (let i = 0; i < 3000; i++) findings.push({ ruleId: `r${rnd(5)}`, severity: severities[rnd(3)], message: `m${i}`, paragraph: rnd(11) - 1 });
    const r = result("dlsh-2025/banzi", findings);
    expect(ANALYSIS.sectionOf[0]).toBe(-1);
    const plain = groupFindings(r);
    expect(plain).toEqual(groupNaively(r));
    expect(plain.flatMap((g) => g.sections.map((s) => s.title))).toEqual(expect.arrayContaining(["全文", "存在的问题", "整改措施", "导语"]));
    const keep = (f: Finding, i: number) => f.ruleId !== "r2" && i % 7 !== 0;
    expect(groupFindings(r, keep)).toEqual(groupNaively(r, keep));
    expect(groupFindings(r, () => false)).toEqual([]);
    // Ordered by paragraph, as the checker returns them (no sort needed), with ties.
    const sorted = result("dlsh-2025/banzi", [...findings].sort((a, b) => a.paragraph - b.paragraph));
    expect(groupFindings(sorted)).toEqual(groupNaively(sorted));
    expect(groupFindings(sorted, keep)).toEqual(groupNaively(sorted, keep));
  });

  test("text report lists every finding with its rule id; JSON is the Report shape", () => {
    const text = reportText(result(), preset);
    for (const f of FINDINGS) {
      expect(text).toContain(f.message);
      expect(text).toContain(`[${f.ruleId}]`);
    }
    expect(text).toMatch(/缺少：[^）]*原因分析/);
    const json = JSON.parse(reportJson(result()));
    expect(json.analysis).toBeUndefined();
    expect(json.findings).toHaveLength(FINDINGS.length);
    expect(json.preset.id).toBe("dlsh-2025/banzi");
    expect(paragraphLabel({ ...FINDINGS[0], paragraphEnd: 5 })).toBe("第 4—6 段");
  });
});
