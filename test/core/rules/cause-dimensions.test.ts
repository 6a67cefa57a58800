import { rule } from "../../../src/core/rules/cause-dimensions";
import { doc, loadFixture, runRule, COMPLETE_MATERIALS } from "../helpers";

describe("cause-dimensions", () => {
  it.each(COMPLETE_MATERIALS)("reports nothing for the complete material %s", (name, id) => {
    expect(runRule(rule, loadFixture(name), id)).toEqual([]);
  });

  it("flags a cause analysis that covers one dimension only", () => {
    const d = doc("一、存在的问题", "一是……。", "二、原因分析", "（一）理论武装不够扎实。学得不深不透。", "（二）工作任务重。", "三、整改措施", "正文。");
    const r = runRule(rule, d, "dlsh-2025/banzi");
    expect(r).toEqual([
      {
        message: "原因分析只涉及1个方面（理论武装），剖析不够全面，建议再从党性修养、宗旨意识、纪律规矩、担当作为等方面深挖思想根源。",
        paragraph: 2,
        data: { covered: ["lilun"], missing: ["dangxing", "zongzhi", "jilv", "dandang", "zeren"], required: 3 },
      },
    ]);
  });

  it("flags a cause analysis that covers none", () => {
    const r = runRule(rule, doc("一、原因分析", "主要是工作太忙，人手不足。"), "dlsh-2024/banzi");
    expect(r[0].message).toMatch(/^原因分析没有涉及预设的任何剖析维度/);
  });

  it("is satisfied by three dimensions, and silent without a cause section or body", () => {
    expect(runRule(rule, doc("一、原因分析", "理想信念有所动摇，宗旨意识有所淡化，党性修养有所放松。"), "tongyong/banzi")).toEqual([]);
    expect(runRule(rule, doc("一、存在的问题", "一是……。"), "tongyong/banzi")).toEqual([]);
    expect(runRule(rule, doc("一、原因分析", "二、整改措施", "正文。"), "tongyong/banzi")).toEqual([]);
  });
});
