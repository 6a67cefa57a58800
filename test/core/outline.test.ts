import fc from "fast-check";
import { detectOutline, splitTitle } from "../../src/core/outline";
import type { Paragraph } from "../../src/core/types";
import { doc, heading, loadFixture, para } from "./helpers";

const outline = (...items: (string | Paragraph)[]) => detectOutline(doc(...items).paragraphs);
const shape = (...items: (string | Paragraph)[]) => outline(...items).map((i) => [i.paragraph, i.depth, i.title, i.runIn]);

describe("splitTitle", () => {
  it("takes the lead clause of a run-in heading", () => {
    expect(splitTitle("在理论学习方面。一是……")).toEqual({ title: "在理论学习方面", runIn: true });
    expect(splitTitle("理论学习不够深入。")).toEqual({ title: "理论学习不够深入", runIn: false });
    expect(splitTitle("存在的问题")).toEqual({ title: "存在的问题", runIn: false });
    expect(splitTitle("在理论学习方面：")).toEqual({ title: "在理论学习方面", runIn: false });
    expect(splitTitle("")).toEqual({ title: "", runIn: false });
  });
  it("caps a long first sentence at its first clause", () => {
    const r = splitTitle("学习的系统性还不够，日常忙于具体事务的时间多、静下心来读原著的时间少，集中学习时联系本单位审批改革实际的思考不多，学用结合有差距。");
    expect(r).toEqual({ title: "学习的系统性还不够", runIn: true });
  });
});

describe("detectOutline", () => {
  it("nests the standard levels", () => {
    expect(shape("标题", "一、存在的问题", "（一）理论学习方面", "1.学得不深", "（1）具体", "①细节", "一是……。", "二、原因分析")).toEqual([
      [1, 1, "存在的问题", false],
      [2, 2, "理论学习方面", false],
      [3, 3, "学得不深", false],
      [4, 4, "具体", false],
      [5, 5, "细节", false],
      [6, 6, "……", false],
      [7, 1, "原因分析", false],
    ]);
  });

  it("derives depth from context when a level is skipped", () => {
    expect(outline("一、存在的问题", "1.理论学习方面", "一是学得不深。比如……", "二是用得不够。", "2.政治素质方面", "二、原因分析").map((i) => i.depth)).toEqual([1, 2, 3, 3, 2, 1]);
  });

  it("handles run-in headings and body paragraphs between items", () => {
    const items = outline("一、存在的问题", "（一）在理论学习方面。一是学得不深。比如，2025年3月……", "正文段落，不是条目。", "（二）政治素质方面。一是……");
    expect(items.map((i) => [i.paragraph, i.depth, i.title, i.runIn])).toEqual([
      [0, 1, "存在的问题", false],
      [1, 2, "在理论学习方面", true],
      [3, 2, "政治素质方面", true],
    ]);
  });

  it("treats styled paragraphs without numbers as items, depth from the heading level", () => {
    const items = outline(heading(1, "存在的问题"), heading(2, "理论学习方面"), "一是……。比如……", heading(2, "政治素质方面"), heading(1, "原因分析"));
    expect(items.map((i) => [i.depth, i.title, i.headingLevel, i.marker?.kind ?? null])).toEqual([
      [1, "存在的问题", 1, null],
      [2, "理论学习方面", 2, null],
      [3, "……", null, "runin"],
      [2, "政治素质方面", 2, null],
      [1, "原因分析", 1, null],
    ]);
  });

  it("mixes styled unnumbered sections with literal sub-numbering", () => {
    expect(outline(heading(1, "存在的问题"), "（一）理论学习方面", "1.学得不深", heading(1, "原因分析")).map((i) => i.depth)).toEqual([1, 2, 3, 1]);
  });

  it("ignores table cells, empty styled paragraphs and false markers", () => {
    expect(shape(para("1.表格内容", { inTable: true }), heading(2, "  "), "1.5亿元资金", "2024年以来", "一是一，二是二")).toEqual([]);
  });

  it("uses automatic numbering", () => {
    const items = outline(para("存在的问题", { listString: "一、" }), para("理论学习方面", { listString: "（一）" }));
    expect(items.map((i) => [i.depth, i.title, i.marker?.source])).toEqual([[1, "存在的问题", "list"], [2, "理论学习方面", "list"]]);
  });

  it("finds the outline of each fixture", () => {
    const banzi = detectOutline(loadFixture("banzi-2025.txt").paragraphs);
    expect(banzi.filter((i) => i.depth === 1).map((i) => i.title)).toEqual(["存在的问题", "反面典型案例剖析", "原因分析", "整改措施"]);
    const hw = detectOutline(loadFixture("halfwidth-runin-2023.txt").paragraphs);
    expect(hw.filter((i) => i.depth === 2 && i.runIn).length).toBeGreaterThan(10);
    const styled = detectOutline(loadFixture("styled-unnumbered.md").paragraphs);
    expect(styled.filter((i) => i.headingLevel === 3).length).toBe(6);
  });

  it("never throws, keeps document order and nests one level at a time (property)", () => {
    const piece = fc.constantFrom("一、", "（一）", "(二)", "1.", "1.5", "（1）", "①", "一是", "第一，", "首先，", "2024年", "存在的问题", "。", "，", "\u3000", " ", "\u200b", "是", "十", "廿", "（", ")", "标题");
    const paraArb = fc.record({
      text: fc.oneof(fc.array(piece, { maxLength: 8 }).map((a) => a.join("")), fc.string({ maxLength: 30 })),
      headingLevel: fc.option(fc.integer({ min: -1, max: 12 }), { nil: null }),
      listString: fc.oneof(fc.constant(""), piece, fc.string({ maxLength: 4 })),
      inTable: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(paraArb, { maxLength: 40 }), (ps) => {
        const paragraphs = ps.map((p, index) => ({ ...p, index, styleName: "" }));
        const items = detectOutline(paragraphs);
        let prevPara = -1;
        let prevDepth = 0;
        for (const it of items) {
          if (it.paragraph <= prevPara || it.depth < 1 || it.depth > prevDepth + 1) return false;
          prevPara = it.paragraph;
          prevDepth = it.depth;
        }
        return true;
      }),
      { numRuns: 500 },
    );
  });

  // Speed is measured in bench/ (npm run bench), not asserted here.
  it("handles 10,000 paragraphs and a 120,000-character paragraph", () => {
    const base = loadFixture("banzi-2025.txt").paragraphs;
    const paragraphs = Array.from({ length: 10000 }, (_, i) => ({ ...base[i % base.length], index: i }));
    expect(detectOutline(paragraphs).length).toBeGreaterThan(5000);
    const long = [{ ...base[0], index: 0, text: "一是" + "很长的句子，".repeat(20000) }];
    expect(detectOutline(long)).toHaveLength(1);
  });
});
