import { getPreset } from "../../src/core/presets";
import { paragraphLabel } from "../../src/core/findings";
import { completeness, groupFindings, reportJson, reportText } from "../../src/taskpane/check/report";
import { FINDINGS, result } from "./fixtures";

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
