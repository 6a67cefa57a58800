import { rule } from "../../../src/core/rules/balance";
import { ctxFromLines } from "../../fixtures/rules/mini-analysis";

const filler = (n: number) => "班子成员对照要求认真查摆深入剖析".repeat(Math.ceil(n / 16)).slice(0, n);

describe("balance", () => {
  it("reports when problems and causes are far below three quarters", () => {
    const r = rule.check(ctxFromLines(["对照检查材料", "会前准备。" + filler(900), "一、存在的问题", filler(300), "二、原因分析", filler(200), "三、整改措施", filler(800)]));
    expect(r).toHaveLength(1);
    expect(r[0].paragraph).toBe(2);
    expect(r[0].data?.share).toBeLessThan(0.5);
    expect(r[0].message).toMatch(/^存在的问题和原因剖析仅占正文的2\d%，整改措施篇幅已超过存在的问题/);
  });

  it("accepts a material where analysis dominates", () => {
    expect(rule.check(ctxFromLines(["对照检查材料", "会前准备。" + filler(200), "一、存在的问题", filler(1200), "二、原因分析", filler(600), "三、整改措施", filler(500)]))).toEqual([]);
  });

  it("skips short texts and materials without a problems or causes section", () => {
    expect(rule.check(ctxFromLines(["对照检查材料", filler(100), "一、存在的问题", filler(50), "二、原因分析", filler(50), "三、整改措施", filler(500)]))).toEqual([]);
    expect(rule.check(ctxFromLines(["对照检查材料", filler(2000), "一、存在的问题", filler(50), "二、整改措施", filler(500)]))).toEqual([]);
  });
});
