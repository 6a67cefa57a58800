import fc from "fast-check";
import { checkDocument } from "../../src/core/checker";
import { allPresets } from "../../src/core/presets";
import type { Paragraph } from "../../src/core/types";

const pieces = [
  "一、", "二、", "三、", "（一）", "（二）", "(三)", "1.", "2．", "（1）", "①", "一是", "二是", "第一，", "首先，",
  "存在的问题", "原因分析", "整改措施", "努力方向", "典型案例剖析", "政绩观", "个人有关事项", "会前准备", "上年度整改落实情况",
  "在带头强化政治忠诚、提高政治能力方面", "理论学习方面", "比如，2025年3月", "。", "，", "：", "不妥之处，请同志们批评指正。",
  "2025年度民主生活会对照检查材料", "组织生活会", "【……】", "\u3000", " ", "\u200b", "1.5亿元", "2024年", "方面", "廿",
];
const paragraphArb = fc.record({
  text: fc.oneof({ weight: 4, arbitrary: fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((a) => a.join("")) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) }),
  styleName: fc.constantFrom("", "标题 1", "Heading 2", "Title"),
  headingLevel: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null, freq: 3 }),
  listString: fc.oneof({ weight: 5, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.constantFrom("一、", "（一）", "1.", "•", "1.1") }),
  inTable: fc.boolean(),
});

describe("robustness", () => {
  const presets = allPresets();

  it("analyze and every rule handle arbitrary documents without throwing", () => {
    fc.assert(
      fc.property(fc.array(paragraphArb, { maxLength: 40 }), fc.integer({ min: 0, max: presets.length - 1 }), (ps, k) => {
        const paragraphs: Paragraph[] = ps.map((p, index) => ({ ...p, index }));
        const r = checkDocument({ paragraphs }, { preset: presets[k] });
        const n = paragraphs.length;
        // No rule failed internally; findings point into the document.
        if (r.findings.some((f) => f.data?.internalError)) return false;
        if (n > 0 && r.findings.some((f) => f.paragraph < 0 || f.paragraph >= n)) return false;
        // Sections are ordered, disjoint, within the document, and sectionOf agrees with them.
        let prevEnd = -1;
        for (const s of r.analysis.sections) {
          if (s.start <= prevEnd || s.end < s.start - 1 || s.end >= n) return false;
          prevEnd = s.end;
        }
        return r.analysis.sectionOf.every((si, i) => si === -1 || (r.analysis.sections[si].start <= i && i <= r.analysis.sections[si].end));
      }),
      { numRuns: 400 },
    );
  });

  it("handles pathological paragraphs", () => {
    const preset = presets[0];
    const huge = "一、" + "存在的问题".repeat(5000);
    const cases: string[][] = [[], [""], ["\u3000\u3000"], [huge], ["（"], ["(一"], ["一是"], ["第一"], ["⑳⑳⑳"], Array.from({ length: 200 }, () => "一、")];
    for (const texts of cases) {
      const paragraphs = texts.map((text, index) => ({ index, text, styleName: "", headingLevel: null, listString: "", inTable: false }));
      expect(() => checkDocument({ paragraphs }, { preset })).not.toThrow();
    }
  });
});
