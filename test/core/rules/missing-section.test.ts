import { rule } from "../../../src/core/rules/missing-section";
import { doc, findParagraph, heading, loadFixture, runRule, withoutRange, COMPLETE_MATERIALS } from "../helpers";

describe("missing-section", () => {
  it.each(COMPLETE_MATERIALS)("reports nothing for the complete material %s", (name, id) => {
    expect(runRule(rule, loadFixture(name), id)).toEqual([]);
  });

  it("reports each missing core section as an error, in the preset's order", () => {
    const r = runRule(rule, doc("2025年度民主生活会对照检查材料", "今年以来，班子认真履职。"), "dlsh-2025/banzi");
    expect(r.map((f) => [f.severity, f.data?.section])).toEqual([
      ["error", "存在的问题"],
      ["error", "典型案例剖析"],
      ["error", "原因分析"],
      ["error", "整改措施"],
    ]);
    expect(r[0].message).toBe("缺少“存在的问题”部分：对照检查材料应对照要求逐项查摆存在的问题，这是审核的重点。");
  });

  it("accepts a required section nested as a sub-heading (典型案例剖析 inside 存在的问题)", () => {
    const banzi = loadFixture("banzi-2025.txt");
    const start = findParagraph(banzi, "二、反面典型案例剖析");
    const without = withoutRange(banzi, start, findParagraph(banzi, "三、原因分析") - 1);
    expect(runRule(rule, without, "dlsh-2025/banzi").map((f) => f.data?.section)).toEqual(["典型案例剖析"]);
    const nested = doc(...without.paragraphs.slice(0, start).map((p) => p.text), "（六）结合典型案例剖析查摆的问题", "一是……。比如……。", ...without.paragraphs.slice(start).map((p) => p.text));
    expect(runRule(rule, nested, "dlsh-2025/banzi")).toEqual([]);
  });

  it("warns about a missing closing line in an individual material", () => {
    const geren = loadFixture("geren-2024.txt");
    const last = geren.paragraphs.length - 1;
    const r = runRule(rule, withoutRange(geren, last, last), "dlsh-2024/geren");
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ severity: "warning", data: { section: "结束语" }, fix: { type: "insert-skeleton", after: last - 1 } });
  });

  it("inserts with unnumbered headings into a styled, unnumbered document", () => {
    const d = doc(heading(1, "存在的问题"), "一是……。比如……。", heading(1, "整改措施"), "一是……。");
    const r = runRule(rule, d, "tongyong/banzi").filter((f) => f.data?.section === "原因分析");
    expect(r[0].fix).toMatchObject({ after: 1 });
    if (r[0].fix?.type === "insert-skeleton") expect(r[0].fix.nodes[0]).toMatchObject({ level: 1, text: "原因分析" });
  });

  it("shifts the following literal numbers when the inserted number collides", () => {
    const r = runRule(rule, doc("导语。", "一、存在的问题", "一是……。", "二、整改措施", "一是……。", "三、个人有关事项", "无。"), "tongyong/banzi");
    const fix = r.find((f) => f.data?.section === "原因分析")?.fix;
    expect(fix?.label).toBe("插入“原因分析”部分骨架，并将后面各部分的序号顺延");
    expect(fix?.type === "insert-skeleton" && fix.nodes[0].text).toBe("二、原因分析");
    expect(fix?.type === "insert-skeleton" && fix.renumber).toEqual([
      { paragraph: 3, offset: 0, length: 1, expected: "二", replacement: "三" },
      { paragraph: 5, offset: 0, length: 1, expected: "三", replacement: "四" },
    ]);
  });

  it("asks the user to renumber when the following numbers are automatic list numbers", () => {
    const d = doc("导语。", "存在的问题", "一是……。", "整改措施", "一是……。");
    d.paragraphs[1].listString = "一、";
    d.paragraphs[3].listString = "二、";
    const r = runRule(rule, d, "tongyong/banzi");
    const fix = r.find((f) => f.data?.section === "原因分析")?.fix;
    expect(fix?.type === "insert-skeleton" && fix.renumber).toBeFalsy();
  });

  it("says nothing about an empty document", () => {
    expect(runRule(rule, doc(), "dlsh-2025/banzi")).toEqual([]);
    expect(runRule(rule, doc("", "  "), "dlsh-2025/banzi")).toEqual([]);
  });
});
