import { rule } from "../../../src/core/rules/numbering";
import { ctxFromLines } from "../../fixtures/rules/mini-analysis";

const run = (lines: string[]) => rule.check(ctxFromLines(lines));

describe("numbering", () => {
  it("accepts a well-numbered outline", () => {
    const r = run([
      "某局领导班子2025年度民主生活会对照检查材料",
      "一、存在的问题",
      "（一）在强化政治忠诚方面",
      "一是学习不够系统。比如今年3月的读书班只安排了半天。",
      "二是转化不够充分。二季度调研报告仅形成2篇。",
      "（二）在增强党性方面",
      "一是自我要求有所放松。",
      "1.对照检查不够深入。",
      "2.批评意见不够尖锐。",
      "（1）会前沟通少。",
      "（2）会后跟踪少。",
      "二、原因分析",
      "（一）理论武装有差距",
      "（二）党性锤炼有差距",
    ]);
    expect(r).toEqual([]);
  });

  it("reports a skipped sibling and a repeated one, with a fix for a single slip", () => {
    const r = run(["一、存在的问题", "（一）学习方面", "（二）作风方面", "（二）纪律方面", "（四）担当方面", "二、原因分析", "三、整改措施", "五、其他"]);
    const rep = r.find((f) => f.paragraph === 3)!;
    expect(rep.message).toBe("序号“（二）”重复，应为“（三）”");
    expect(rep.fix).toMatchObject({ type: "replace", offset: 0, length: 3, expected: "（二）", replacement: "（三）" });
    const skip = r.find((f) => f.paragraph === 7)!;
    expect(skip.data).toMatchObject({ problem: "skipped", expected: 4 });
    expect(skip.message).toContain("之后应为“四、”");
    expect(r.some((f) => f.paragraph === 4)).toBe(false);
  });

  it("restarts numbering under a new parent", () => {
    const r = run(["一、存在的问题", "（一）甲方面", "1.第一点。", "2.第二点。", "（二）乙方面", "1.第一点。", "二、原因分析", "（一）理论"]);
    expect(r).toEqual([]);
  });

  it("flags out-of-order siblings", () => {
    const r = run(["一、甲", "（一）子一", "（三）子三", "（二）子二"]);
    expect(r.map((f) => f.data?.problem)).toEqual(["skipped", "out-of-order"]);
  });

  it("flags wrong punctuation after markers and offers a marker fix", () => {
    const r = run(["一.存在的问题", "（一）、学习方面", "1、学习深度不够。", "（1）、会前准备。"]);
    expect(r.map((f) => f.message)).toEqual([
      "序号“一.”后应使用顿号，不应使用点号，应为“一、”",
      "序号“（一）、”后不应加顿号，应为“（一）”",
      "序号“1、”后应使用下脚点，不应使用顿号，应为“1.”",
      "序号“（1）、”后不应加顿号，应为“（1）”",
    ]);
    expect(r[1].fix).toMatchObject({ expected: "（一）、", replacement: "（一）", offset: 0, length: 4 });
  });

  it("reports mixed half-/full-width brackets within one level", () => {
    const r = run(["一、存在的问题", "（一）甲方面", "(二)乙方面", "（三）丙方面"]);
    expect(r).toHaveLength(1);
    expect(r[0].paragraph).toBe(2);
    expect(r[0].data).toMatchObject({ problem: "bracket-width", mixedWidth: true });
    expect(r[0].fix).toMatchObject({ replacement: "（二）" });
  });

  it("checks run-in 一是/二是 within and across paragraphs", () => {
    const r = run([
      "一、存在的问题",
      "（一）在学习方面。一是学得不深。二是用得不够。二是转化不足。",
      "（二）在作风方面。一是调研不实。",
      "三是联系群众不够。",
      "（三）在纪律方面。二是要求不严。",
    ]);
    expect(r.map((f) => [f.paragraph, f.data?.problem])).toEqual([
      [1, "repeated"],
      [3, "skipped"],
      [4, "skipped"],
    ]);
  });

  it("names the marker and suggests it in the right form when a slipped marker also has wrong punctuation", () => {
    const r = run([
      "一、存在的问题",
      "（一）在理论学习方面",
      "1、读原著不够。比如，全年只读了2本。",
      "1、研讨不深。比如，3次研讨只有1次形成纪要。",
      "（一）、在担当作为方面",
    ]);
    const rep = r.find((f) => f.data?.problem === "repeated" && f.paragraph === 3);
    expect(rep?.message).toBe("序号“1、”重复，应为“2.”");
    expect(rep?.fix).toBeUndefined(); // not a single slip followed by the expected next marker
    const paren = r.find((f) => f.data?.problem === "repeated" && f.paragraph === 4);
    expect(paren?.message).toBe("序号“（一）、”重复，应为“（二）”");
    expect(r.filter((f) => f.data?.problem === "punctuation").map((f) => f.data?.marker)).toEqual(["1、", "1、", "（一）、"]);
  });

  it("flags a pause mark right after a run-in marker (一是、)", () => {
    const r = run(["一、整改措施", "一是、每月集中学习1次。二是每季度开展1次调研。", "三是．年底前完成台账。"]);
    expect(r.map((f) => f.message)).toEqual(["序号“一是、”后不应加顿号，应为“一是”", "序号“三是．”后不应加点号，应为“三是”"]);
    expect(r[0].fix).toMatchObject({ type: "replace", offset: 0, length: 3, expected: "一是、", replacement: "一是" });
    expect(run(["一、整改措施", "一是每月集中学习1次，二是每季度调研1次。"])).toEqual([]);
  });

  it("does not read ordinary words as run-in markers", () => {
    const r = run(["一、存在的问题", "（一）学习方面。统一是前提，唯一是目标，一是一、二是二的作风还要加强。"]);
    expect(r).toEqual([]);
  });

  it("does not offer text fixes for automatic list numbering", () => {
    const ctx = ctxFromLines(["存在的问题", "学习方面"]);
    ctx.analysis.items = [
      { paragraph: 0, depth: 1, title: "存在的问题", runIn: false, headingLevel: 1, marker: { kind: "cn", value: 1, raw: "一.", source: "list", offset: 0, length: 0, halfWidth: false, punct: "." } },
    ];
    const r = rule.check(ctx);
    expect(r).toHaveLength(1);
    expect(r[0].fix).toBeUndefined();
    expect(r[0].message).toContain("自动编号");
  });

  it("summarises a document written consistently with half-width brackets in one info finding", () => {
    const r = run(["一、存在的问题", "(一)甲方面", "(二)乙方面", "二、原因分析", "(一)理论", "(二)党性", "(三)、宗旨"]);
    expect(r.map((f) => [f.paragraph, f.severity, f.data?.problem])).toEqual([
      [1, "info", "bracket-width"],
      [6, "warning", "punctuation"],
    ]);
    expect(r[0].data).toMatchObject({ count: 4, paragraphs: [1, 2, 4, 5] });
    expect(r[0].fix).toBeUndefined();
  });

  it("treats an aspect heading with a comma as a heading", () => {
    const r = run(["一、存在的问题", "（一）在带头严守政治纪律和政治规矩，维护党的团结统一方面", "一是学习不深。"]);
    expect(r).toEqual([]);
  });
});
