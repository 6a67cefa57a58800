import { rule } from "../../../src/core/rules/placeholder";
import { ctxFromLines } from "../../fixtures/rules/mini-analysis";

const run = (lines: string[]) => rule.check(ctxFromLines(lines));

describe("placeholder", () => {
  it("finds XX, ××, ***, 某某, underscores, 【】 and （此处填写…） with one finding per paragraph", () => {
    const r = run([
      "XX局领导班子20XX年度民主生活会对照检查材料",
      "会前共征求意见××条，***党委召开座谈会__次。",
      "一是学习不够深入。比如，【时间】在【事例】中，表现为某某情况。",
      "（此处填写整改时限）",
      "共开展谈心谈话X人次。",
    ]);
    expect(r.map((f) => f.paragraph)).toEqual([0, 1, 2, 3, 4]);
    expect(r[0].data?.placeholders).toEqual(["XX"]);
    expect(r[1].data?.placeholders).toEqual(["××", "***", "__"]);
    expect(r[2].data?.placeholders).toEqual(["【时间】", "【事例】", "某某"]);
    expect(r[3].data?.placeholders).toEqual(["（此处填写整改时限）"]);
    expect(r[4].data?.placeholders).toEqual(["X"]);
    expect(r[1].message).toBe("有未填写的占位内容：“××”、“***”、“__”，请补充实际内容");
    expect(r.every((f) => (f.quote ?? "").length <= 40)).toBe(true);
  });

  it("flags a single-asterisk anonymisation", () => {
    expect(run(["*单位领导班子秉承问题导向。"])).toHaveLength(1);
  });

  it("leaves filled text, Latin words, URLs and case names alone", () => {
    const r = run([
      "一、典型案例剖析",
      "原局长王某某违反中央八项规定精神问题警示我们，必须时刻绷紧纪律之弦。",
      "二、存在的问题",
      "2025年共开展集中学习12次，在XBRL报表和Linux系统培训中学用结合不够。",
      "二〇二五年度，举办“读书沙龙”3期。3×4的工作专班运转正常。",
    ]);
    expect(r).toEqual([]);
  });

  it("still flags 某某 after a surname outside the case section", () => {
    const r = run(["一、存在的问题", "对李某某同志反映的问题回应不及时。"]);
    expect(r).toHaveLength(1);
  });
});

describe("placeholder: stand-ins inside a word", () => {
  const check = (lines: string[]) => rule.check(ctxFromLines(lines));
  it.each([
    ["市x局党组认真开展学习。", "x"],
    ["X中X会召开后，班子认真学习。", "X"],
    ["作为*部门，学习不够深入。", "*"],
    ["会前共征求意见XX条。", "XX"],
    ["当前×发展任务繁重，班子研究不够。", "×"],
    ["市某局在落实中存在差距。", "某"],
    ["按照县某委的部署开展工作。", "某"],
  ])("%s → %s", (line, ph) => {
    const r = check([line]);
    expect(r).toHaveLength(1);
    expect(r[0].data?.placeholders).toContain(ph);
  });

  it("legitimate uses stay quiet: X光, 4×100, product and model names, 某些/某种", () => {
    expect(check([
      "组织职工进行X光体检，开展4×100米接力比赛。",
      "采购的iPhone X手机和Windows XP系统已淘汰。",
      "某些同志存在某种程度的畏难情绪，在某一方面做得不够。",
      "比如，对某科室负责人在招标中程序不规范的问题，我只作了批评提醒。",
    ])).toEqual([]);
  });
});
