import { rule } from "../../../src/core/rules/measure-checkable";
import { ctxFromLines } from "../../fixtures/rules/mini-analysis";

const run = (lines: string[]) => rule.check(ctxFromLines(lines));

describe("measure-checkable", () => {
  it("accepts measures with a time limit, a quantity or a responsibility", () => {
    const r = run([
      "一、整改措施",
      "针对上述问题，班子将从以下方面抓好整改。",
      "（一）强化理论武装。坚持“第一议题”制度，每月开展一次集中学习。",
      "（二）改进调查研究。班子成员年底前每人形成一篇高质量调研报告。",
      "（三）压实管党治党责任。由党委书记牵头，建立问题整改台账，逐项对账销号。",
      "（四）立行立改窗口服务问题，对群众反映的办事难题限期办结。",
    ]);
    expect(r).toEqual([]);
  });

  it("flags measures that cannot be checked", () => {
    const r = run([
      "一、整改措施",
      "（一）强化理论武装。进一步提高思想认识，切实增强学习的自觉性和主动性。",
      "（二）改进工作作风。一是持续转变作风，深入基层一线。二是每季度到联系点蹲点调研不少于5天。",
    ]);
    expect(r.map((f) => [f.paragraph, f.data?.item])).toEqual([
      [1, "（一）"],
      [2, "一是"],
    ]);
    expect(r[0].data).toMatchObject({ time: false, quantity: false, responsibility: false });
  });

  it("does not treat a lead-in under a sub-heading as a measure, but keeps a lone paragraph under one", () => {
    const r = run([
      "一、整改措施",
      "（一）针对反面案例暴露问题的整改",
      "对照案例中暴露出的审批漏洞，我们将举一反三，把风险防控贯穿项目管理全过程。",
      "一是年底前完成全部在建项目的风险复核，建立台账。",
      "二是由分管负责同志牵头，每季度开展一次交叉检查。",
      "（二）针对作风方面问题的整改",
      "进一步转变工作作风，切实增强服务意识和责任意识。",
      "（三）针对能力方面问题的整改。一是加强业务学习，不断提升专业素养。",
    ]);
    // Paragraph 2 introduces 一是/二是 and is skipped; 6 is the only text under （二）and is checked;
    // the sibling run-in heading （三） does not turn 6 into a lead-in.
    expect(r.map((f) => f.paragraph)).toEqual([6, 7]);
  });

  it("ignores other sections", () => {
    expect(run(["一、存在的问题", "（一）作风方面。进一步提高思想认识，切实增强学习的自觉性。"])).toEqual([]);
  });
});

describe("measure-checkable and phrase-frame slots", () => {
  it("an unfilled 【时限】/【责任人】 slot counts as the signal (the placeholder rule reports it instead)", () => {
    const { checkability } = jest.requireActual("../../../src/core/rules/measure-checkable") as typeof import("../../../src/core/rules/measure-checkable");
    expect(checkability("建立学习台账，【时限】前完成专题研讨").time).toBe(true);
    expect(checkability("由【责任人】牵头推进").responsibility).toBe(true);
    expect(checkability("进一步加强理论学习，提高思想认识").time).toBe(false);
  });
});
