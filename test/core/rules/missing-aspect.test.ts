import { rule } from "../../../src/core/rules/missing-aspect";
import { doc, findParagraph, loadFixture, runRule, withoutRange, COMPLETE_MATERIALS } from "../helpers";

describe("missing-aspect", () => {
  it.each(COMPLETE_MATERIALS)("reports nothing for the complete material %s", (name, id) => {
    expect(runRule(rule, loadFixture(name), id)).toEqual([]);
  });

  it("reports an aspect left out, with a skeleton in its place", () => {
    const banzi = loadFixture("banzi-2025.txt");
    const start = findParagraph(banzi, "（三）在带头敬畏人民");
    const d = withoutRange(banzi, start, findParagraph(banzi, "（四）在带头干事创业") - 1);
    const r = runRule(rule, d, "dlsh-2025/banzi");
    expect(r).toHaveLength(1);
    expect(r[0].message).toBe("“存在的问题”缺少“五个带头”中的第3个方面：“带头敬畏人民、敬畏组织、敬畏法纪”。");
    expect(r[0]).toMatchObject({ paragraph: findParagraph(d, "一、存在的问题"), data: { section: "存在的问题", aspectId: "san-jingwei" } });
    // (四)(五) follow with their own numbers, so no renumbering is needed.
    expect(r[0].fix).toMatchObject({ type: "insert-skeleton", after: start - 1, label: "插入“三个敬畏”方面的骨架" });
    if (r[0].fix?.type === "insert-skeleton") expect(r[0].fix.nodes[0].text).toBe("（三）在带头敬畏人民、敬畏组织、敬畏法纪方面");
  });

  it("stays quiet when the problems are not organised by the preset's aspects", () => {
    const oneMatch = doc("一、存在的问题", "（一）政治忠诚方面", "一是……。", "（二）其他方面", "一是……。", "二、原因分析", "正文。");
    expect(runRule(rule, oneMatch, "dlsh-2025/banzi")).toEqual([]);
    const flat = doc("一、存在的问题", "一是……。", "二是……。", "二、原因分析", "正文。");
    expect(runRule(rule, flat, "dlsh-2025/banzi")).toEqual([]);
    // Points that merely mention aspects are not a grouping by aspects.
    const points = doc("一、存在的问题", "一是理论学习不够深入。比如……。", "二是工作作风不够扎实。比如……。", "二、原因分析", "正文。");
    expect(runRule(rule, points, "dlsh-2023/banzi")).toEqual([]);
    expect(runRule(rule, loadFixture("banzi-2025.txt"), "tongyong/banzi")).toEqual([]);
  });

  it("notes a problem list that matches none of this year's aspects", () => {
    const lastYear = doc("一、存在的问题", "（一）理论学习方面", "一是……。", "（二）工作作风方面", "一是……。", "（三）廉洁自律方面", "一是……。", "二、原因分析", "正文。");
    const r = runRule(rule, lastYear, "dlsh-2024/banzi");
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ severity: "info", paragraph: 0, data: { section: "存在的问题", aspectGroup: "四个带头" } });
  });
});

describe("missing-aspect: by content, and info when the preset is unverified", () => {
  const { checkDocument } = require("../../../src/core/checker") as typeof import("../../../src/core/checker");
  const { documentFromText } = require("../../../src/core/text") as typeof import("../../../src/core/text");
  const { rule: r } = require("../../../src/core/rules/missing-aspect") as typeof import("../../../src/core/rules/missing-aspect");
  const run = (lines: string[], presetId: string) => checkDocument(documentFromText(lines.join("\n")), { rules: [r], presetId }).findings;
  const HEAD = ["中共某某委员会领导班子2025年度民主生活会对照检查材料", "一、存在的问题"];

  it("a sub-heading in the writer's own words is matched by the aspect keywords of its items", () => {
    const f = run([
      ...HEAD,
      "（一）在带头强化政治忠诚、提高政治能力方面",
      "政治能力不强，今年有2次学习流于形式。",
      "（二）在带头固本培元、增强党性方面",
      "党性锻炼放松，去年参加组织生活3次缺席。",
      "（三）在带头干事创业、担当作为方面",
      "担当不够，2项重点任务滞后。",
      "（四）在抓班子带队伍方面",
      "落实全面从严治党主体责任不够有力，管党治党偏松偏软，今年只开展1次专题研究。",
      "二、原因分析",
    ], "dlsh-2025/banzi");
    // Four sub-headings for five aspects: the fourth, in the writer's words, covers 管党治党 by its content.
    expect(f.map((x) => x.data?.aspectId)).toEqual([expect.stringMatching(/./)]);
    expect(f[0].message).toMatch(/敬畏/);
  });

  it("a missing aspect of an unverified preset is info and says so", () => {
    const f = run([
      "中共某某委员会领导班子2022年度民主生活会对照检查材料",
      "一、存在的问题",
      "（一）在深刻领悟“两个确立”、坚决做到“两个维护”方面",
      "一是“四个意识”不够强，今年有2次传达不及时。",
      "（二）在学深悟透习近平新时代中国特色社会主义思想方面",
      "一是理论学习不深，今年仅研讨2次。",
      "二、原因分析",
    ], "dlsh-2022/banzi");
    expect(f.length).toBeGreaterThan(0);
    for (const x of f) {
      expect(x.severity).toBe("info");
      expect(x.message).toMatch(/未核实/);
    }
  });
});
