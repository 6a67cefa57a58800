/**
 * The 检查 summary agrees with the findings (issue 9, item 10): 必备部分 n/m counts as missing exactly
 * the sections missing-section reports; 方面覆盖 n/m leaves uncovered exactly the aspects
 * missing-aspect reports (or shows a note instead of a number no finding backs); "未发现问题" only
 * with nothing to report, never beside a missing section.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkDocument } from "../../src/core/checker";
import { getPreset } from "../../src/core/presets";
import { documentFromText } from "../../src/core/text";
import { aspectsLabel, completeness, reportText, type CheckResult } from "../../src/taskpane/check/report";

const fixture = (dir: string, name: string) => readFileSync(join(__dirname, "..", "fixtures", dir, name), "utf8");

const TITLE = "中共某某区委员会领导班子2025年度民主生活会对照检查材料";
const CASES: [string, string, string | undefined][] = [
  ["messy banzi 2025", fixture("rules", "messy-banzi-2025.txt"), "dlsh-2025/banzi"],
  ["clean banzi 2025", fixture("rules", "clean-banzi-2025.txt"), "dlsh-2025/banzi"],
  ["banzi 2025 (core fixture)", fixture("core", "banzi-2025.txt"), undefined],
  ["geren 2024", fixture("core", "geren-2024.txt"), undefined],
  ["zhibu 2022", fixture("core", "zhibu-2022.txt"), undefined],
  ["two sentences, no structure", "今天召开会议，研究了几项工作。\n会议要求抓好落实。", "dlsh-2025/banzi"],
  ["problems without aspect sub-headings", [TITLE, "一、存在的问题", "一是学习不够深入，2025年只研讨2次。", "二是调研不够扎实。", "二、原因分析", "理论武装不够。", "三、整改措施", "每月学习2次，年底前完成。"].join("\n"), "dlsh-2025/banzi"],
  ["two aspects of five", [TITLE, "一、存在的问题", "（一）在带头强化政治忠诚、提高政治能力方面", "学习不够深入，2025年只研讨2次。", "（二）在带头固本培元、增强党性方面", "党性锻炼放松，2025年请假3次。", "二、原因分析", "理论武装不够。", "三、整改措施", "每月学习2次，年底前完成。"].join("\n"), "dlsh-2025/banzi"],
];

describe("the summary is explained by the findings", () => {
  test.each(CASES)("%s", (_name, text, presetId) => {
    const result: CheckResult = checkDocument(documentFromText(text), presetId ? { presetId } : {});
    const preset = getPreset(result.preset.id);
    const c = completeness(result, preset);
    // Every missing required section has its finding, and every finding's section is counted missing.
    const reported = new Set(result.findings.filter((f) => f.ruleId === "missing-section").map((f) => f.data?.section));
    const required = preset!.sections.filter((s) => s.required).map((s) => s.kind);
    expect(c.missingRequired).toEqual(required.filter((k) => reported.has(k)));
    expect(c.requiredPresent + c.missingRequired.length).toBe(c.requiredTotal);
    // Aspects: a count below the total is explained by missing-aspect findings (or by a missing 存在的问题).
    const uncovered = result.findings.filter((f) => f.ruleId === "missing-aspect" && f.data?.aspectId).length;
    if (c.aspectsNote === undefined && c.aspectsCovered < c.aspectsTotal) {
      const noProblems = result.findings.some((f) => f.ruleId === "missing-section" && f.data?.section === "存在的问题");
      expect(noProblems || c.aspectsTotal - c.aspectsCovered === uncovered).toBe(true);
    }
    // "未发现问题" only when true.
    const report = reportText(result, preset);
    if (report.includes("未发现问题")) {
      expect(result.findings).toEqual([]);
      expect(c.requiredPresent).toBe(c.requiredTotal);
    }
    if (c.requiredPresent < c.requiredTotal) expect(report).not.toContain("未发现问题");
  });

  test("two aspects of five: 覆盖 2/5, the three others each have a finding", () => {
    const result = checkDocument(documentFromText(CASES[7][1]), { presetId: "dlsh-2025/banzi" });
    const c = completeness(result, getPreset("dlsh-2025/banzi"));
    expect(aspectsLabel(c)).toBe("覆盖 2/5");
    expect(result.findings.filter((f) => f.ruleId === "missing-aspect")).toHaveLength(3);
  });

  test("problems not listed by aspect: a note, not an unexplained 0/5", () => {
    const result = checkDocument(documentFromText(CASES[6][1]), { presetId: "dlsh-2025/banzi" });
    const c = completeness(result, getPreset("dlsh-2025/banzi"));
    expect(result.findings.filter((f) => f.ruleId === "missing-aspect")).toEqual([]);
    expect(aspectsLabel(c)).toBe("未按方面分列");
  });

  test("no structure at all: the missing parts each have a finding, never 未发现问题", () => {
    const result = checkDocument(documentFromText(CASES[5][1]), { presetId: "dlsh-2025/banzi" });
    const c = completeness(result, getPreset("dlsh-2025/banzi"));
    expect(c.requiredPresent).toBeLessThanOrEqual(1); // the two sentences may stand for a 导语
    expect(result.findings.filter((f) => f.ruleId === "missing-section")).toHaveLength(c.requiredTotal - c.requiredPresent);
    expect(aspectsLabel(c)).toBe(`覆盖 0/${c.aspectsTotal}`);
    expect(reportText(result, getPreset("dlsh-2025/banzi"))).not.toContain("未发现问题");
  });
});
