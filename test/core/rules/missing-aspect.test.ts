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
