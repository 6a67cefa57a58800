import { checkDocument } from "../../src/core/checker";
import { PresetError } from "../../src/core/presets";
import { RULES } from "../../src/core/rules";
import type { Rule } from "../../src/core/types";
import { doc, findParagraph, loadFixture, preset, withoutRange, COMPLETE_MATERIALS } from "./helpers";

const STRUCTURAL = ["missing-section", "section-order", "empty-section", "missing-aspect", "measure-coverage", "cause-dimensions"];
const FIXTURES = COMPLETE_MATERIALS;

describe("checkDocument contract", () => {
  it.each(FIXTURES)("a complete material (%s) has no structural findings and its preset is detected", (name, id) => {
    const r = checkDocument(loadFixture(name));
    expect(r.preset).toMatchObject({ id, detected: true });
    expect(r.findings.filter((f) => STRUCTURAL.includes(f.ruleId))).toEqual([]);
  });

  it("removing 原因分析 yields a missing-section error with a skeleton fix", () => {
    const banzi = loadFixture("banzi-2025.txt");
    const start = findParagraph(banzi, "三、原因分析");
    const d = withoutRange(banzi, start, findParagraph(banzi, "四、整改措施") - 1);
    const r = checkDocument(d);
    const f = r.findings.filter((x) => x.ruleId === "missing-section");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", paragraph: start, data: { section: "原因分析" } });
    expect(f[0].message).toMatch(/^缺少“原因分析”部分：/);
    expect(f[0].fix).toMatchObject({ type: "insert-skeleton", after: start - 1, label: "插入“原因分析”部分骨架" });
    if (f[0].fix?.type === "insert-skeleton") expect(f[0].fix.nodes[0].text).toBe("三、原因分析");
  });

  it("reports sections, stats and the options it was given", () => {
    const d = loadFixture("geren-2024.txt");
    const r = checkDocument(d, { presetId: "dlsh-2024/geren", file: "王立新.docx" });
    expect(r.file).toBe("王立新.docx");
    expect(r.preset).toEqual({ id: "dlsh-2024/geren", label: "2024年度民主生活会 · 个人", detected: false, basis: { type: "指定", year: "指定" } });
    expect(r.sections.map((s) => s.kind)).toEqual(["导语", "存在的问题", "原因分析", "整改措施", "个人有关事项", "结束语"]);
    expect(r.stats.paragraphs).toBe(d.paragraphs.length);
    expect(r.stats.characters).toBe(d.paragraphs.reduce((n, p) => n + p.text.length, 0));
    expect(r.stats.ms).toBeGreaterThanOrEqual(0);
    expect(r.analysis.sections.length).toBe(r.sections.length);
  });

  it("switches the material type and rejects an unknown preset id", () => {
    expect(checkDocument(loadFixture("banzi-2025.txt"), { materialType: "geren" }).preset.id).toBe("dlsh-2025/geren");
    expect(checkDocument(loadFixture("banzi-2025.txt"), { preset: preset("dlsh-2024/banzi") }).preset.id).toBe("dlsh-2024/banzi");
    expect(() => checkDocument(doc("x"), { presetId: "nope/banzi" })).toThrow(PresetError);
  });

  it("keeps going when a rule throws, and reports it as an info finding", () => {
    const boom: Rule = { id: "boom", severity: "error", description: "", check: () => { throw new Error("坏了"); } };
    const ok: Rule = { id: "ok", severity: "warning", description: "", check: () => [{ message: "m", paragraph: 1 }] };
    const r = checkDocument(doc("a", "b"), { rules: [boom, ok], preset: preset("tongyong/banzi") });
    expect(r.findings).toEqual([
      { ruleId: "boom", severity: "info", message: "检查规则“boom”运行出错，已跳过：坏了", paragraph: 0, data: { internalError: true } },
      { ruleId: "ok", severity: "warning", message: "m", paragraph: 1 },
    ]);
  });

  it("sorts by paragraph then severity, and filters by minimum severity", () => {
    const r1: Rule = {
      id: "r1",
      severity: "info",
      description: "",
      check: () => [{ message: "c", paragraph: 3 }, { message: "a", paragraph: 1 }, { message: "b", paragraph: 1, severity: "error" }],
    };
    const p = preset("tongyong/banzi");
    expect(checkDocument(doc("a", "b", "c", "d"), { rules: [r1], preset: p }).findings.map((f) => f.message)).toEqual(["b", "a", "c"]);
    expect(checkDocument(doc("a", "b", "c", "d"), { rules: [r1], preset: p, minSeverity: "warning" }).findings.map((f) => f.message)).toEqual(["b"]);
  });

  it("registers the structural rules with unique ids and Chinese descriptions", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of STRUCTURAL) expect(ids).toContain(id);
    for (const r of RULES) expect(r.description).toMatch(/[\u4e00-\u9fff]/);
  });

  // Speed is measured in bench/ (npm run bench), not asserted here.
  it("checks a 10,000-paragraph document with every rule", () => {
    const base = loadFixture("banzi-2025.txt").paragraphs;
    const big = { paragraphs: Array.from({ length: 10000 }, (_, i) => ({ ...base[i % base.length], index: i })) };
    const report = checkDocument(big, { preset: preset("dlsh-2025/banzi") });
    expect(report.stats.paragraphs).toBe(10000);
    expect(report.findings.every((f) => !(f.data && "internalError" in f.data))).toBe(true);
  });
});
