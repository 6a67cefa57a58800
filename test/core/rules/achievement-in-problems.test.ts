import { rule } from "../../../src/core/rules/achievement-in-problems";
import { ctxFromLines } from "../../fixtures/rules/mini-analysis";

const run = (lines: string[]) => rule.check(ctxFromLines(lines));

describe("achievement-in-problems", () => {
  it("flags achievements reported as problems", () => {
    const r = run([
      "一、存在的问题",
      "（一）在担当作为方面。全年圆满完成各项目标任务，营商环境显著提升，获得省级表彰2次。",
      "（二）在作风建设方面。班子作风建设取得了明显成效，受到上级的充分肯定。",
    ]);
    expect(r.map((f) => f.paragraph)).toEqual([1, 2]);
    expect(r[0].data?.phrases).toEqual(["圆满完成", "显著提升", "获得省级表彰"]);
    expect(r[1].message).toMatch(/^存在的问题中摆了成绩/);
  });

  it("accepts concessions and negations", () => {
    const r = run([
      "一、存在的问题",
      "（一）虽然在项目建设上取得一定成效，但对群众急难愁盼问题回应不够及时。",
      "（二）专项整治取得了初步进展，但长效机制还没有建立起来。",
      "（三）一些改革举措推进缓慢，未取得实质性突破，成效不明显。",
      "（四）对标先进地区，我们获得的荣誉多，群众认可的实事少，这正是政绩观的偏差。",
    ]);
    expect(r.filter((f) => f.paragraph !== 4)).toEqual([]);
  });

  it("ignores other sections", () => {
    expect(run(["一、上年度整改落实情况", "各项整改任务已圆满完成，取得了明显成效。"])).toEqual([]);
  });
});
