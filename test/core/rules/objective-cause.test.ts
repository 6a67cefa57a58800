import { rule } from "../../../src/core/rules/objective-cause";
import { ctxFromLines } from "../../fixtures/rules/mini-analysis";

const run = (lines: string[]) => rule.check(ctxFromLines(lines));

describe("objective-cause", () => {
  it("flags objective causes in 原因分析", () => {
    const r = run([
      "一、原因分析",
      "（一）学习不够深入。主要是日常工作忙、任务重，挤占了学习时间。",
      "（二）一些问题属于历史遗留，基础薄弱，短期内难以解决。",
    ]);
    expect(r.map((f) => f.paragraph)).toEqual([1, 2]);
    expect(r[0].data?.phrases).toEqual(["工作忙", "任务重"]);
    expect(r[1].data?.phrases).toEqual(["历史遗留", "基础薄弱"]);
    expect(r[0].message).toContain("应从思想、党性等主观方面剖析根源");
  });

  it("does not flag self-criticism of the excuse or subjective weaknesses", () => {
    const r = run([
      "一、原因分析",
      "（一）思想上放松了要求，总以工作忙、任务重为由放松学习。",
      "（二）强调客观原因多、剖析主观原因少，归根到底是党性修养不够。",
      "（三）自身理论基础薄弱，业务能力不足。",
    ]);
    expect(r).toEqual([]);
  });

  it("in 存在的问题 flags only when used as an explanation", () => {
    const r = run([
      "一、存在的问题",
      "（一）一是学习不够系统。由于任务重，集中学习多次推迟。",
      "二是对人手少的基层站所关心不够，今年仅走访2次。",
    ]);
    expect(r.map((f) => f.paragraph)).toEqual([1]);
  });

  it("ignores other sections", () => {
    expect(run(["一、会前准备情况", "克服时间紧、任务重的困难，按时完成各项准备。"])).toEqual([]);
  });
});
