import { rule } from "../../../src/core/rules/empty-section";
import { doc, heading, loadFixture, runRule, COMPLETE_MATERIALS } from "../helpers";

describe("empty-section", () => {
  it.each(COMPLETE_MATERIALS)("reports nothing for %s", (name, id) => {
    expect(runRule(rule, loadFixture(name), id)).toEqual([]);
  });

  it("flags a top-level section with only its heading", () => {
    const r = runRule(rule, doc("一、存在的问题", "一是……。", "二、原因分析", "三、整改措施", "正文。"), "tongyong/banzi");
    expect(r).toEqual([{ message: "“原因分析”部分只有标题，下面没有内容。", paragraph: 2, quote: "原因分析", data: { section: "原因分析", title: "原因分析" } }]);
  });

  it("flags empty sub-headings but not their parent, and a heading at the very end", () => {
    const r = runRule(rule, doc("一、存在的问题", "（一）理论学习方面", "（二）政治素质方面", "二、原因分析", "正文。", "三、整改措施"), "tongyong/banzi");
    expect(r.map((f) => [f.paragraph, f.message])).toEqual([
      [1, "“理论学习方面”只有标题，下面没有内容。"],
      [2, "“政治素质方面”只有标题，下面没有内容。"],
      [5, "“整改措施”部分只有标题，下面没有内容。"],
    ]);
  });

  it("does not treat run-in points or sentence-like numbered points as headings", () => {
    const d = doc("一、存在的问题", "一是理论学习不深。", "二是调查研究不够。", "1.学用结合不紧。", "2.作风不实。", "二、原因分析", "（一）理论武装放松。具体表现为……", "三、整改措施", "正文。");
    expect(runRule(rule, d, "tongyong/banzi")).toEqual([]);
  });

  it("handles unnumbered styled headings and bare heading lines", () => {
    expect(runRule(rule, doc(heading(1, "存在的问题"), heading(1, "原因分析"), "正文。"), "tongyong/banzi").map((f) => f.paragraph)).toEqual([0]);
    expect(runRule(rule, doc("导语。", "存在的问题", "原因分析", "正文。", "整改措施", "正文。"), "tongyong/banzi").map((f) => f.paragraph)).toEqual([1]);
  });
});
