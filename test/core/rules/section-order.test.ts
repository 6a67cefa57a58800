import { rule } from "../../../src/core/rules/section-order";
import { doc, loadFixture, runRule } from "../helpers";

describe("section-order", () => {
  it("accepts the usual order", () => {
    expect(runRule(rule, loadFixture("banzi-2025.txt"), "dlsh-2025/banzi")).toEqual([]);
    expect(runRule(rule, loadFixture("zhibu-2022.txt"), "zzsh-2022/zhibu")).toEqual([]);
  });

  it("flags 整改措施 written before 原因分析", () => {
    const r = runRule(rule, doc("一、存在的问题", "正文。", "二、整改措施", "正文。", "三、原因分析", "正文。"), "tongyong/banzi");
    expect(r).toEqual([
      {
        message: "“整改措施”部分出现在“原因分析”之前，一般按存在的问题、原因分析、整改措施的顺序行文。",
        paragraph: 2,
        quote: "整改措施",
        data: { section: "整改措施", before: "原因分析" },
      },
    ]);
  });

  it("flags causes placed before the problems", () => {
    const r = runRule(rule, doc("一、原因分析", "正文。", "二、存在的问题", "正文。", "三、整改措施", "正文。"), "tongyong/banzi");
    expect(r.map((f) => f.data)).toEqual([{ section: "原因分析", before: "存在的问题" }]);
  });

  it("does not judge sections whose place varies (典型案例剖析, 上年度整改)", () => {
    const d = doc("一、存在的问题", "正文。", "二、原因分析", "正文。", "三、整改措施", "正文。", "四、典型案例剖析", "正文。", "五、上年度民主生活会整改落实情况", "正文。");
    expect(runRule(rule, d, "dlsh-2025/banzi")).toEqual([]);
  });
});
