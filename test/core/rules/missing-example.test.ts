import { rule, hasExample } from "../../../src/core/rules/missing-example";
import { ctxFromLines } from "../../fixtures/rules/mini-analysis";

const run = (lines: string[]) => rule.check(ctxFromLines(lines));

describe("missing-example", () => {
  it("recognises concrete signals", () => {
    expect(hasExample("比如在推进老旧小区改造时，征求意见走了过场。")).toBe(true);
    expect(hasExample("全年只到基层调研3次。")).toBe(true);
    expect(hasExample("对《关于加强作风建设的意见》学习不够。")).toBe(true);
    expect(hasExample("在季度工作调度会上，议而不决的情况时有发生。")).toBe(true);
    expect(hasExample("两次专题学习都是照本宣科。")).toBe(true);
    expect(hasExample("理论学习的系统性不够，学用结合不够紧密。")).toBe(false);
  });

  it("flags each vague run-in item, not the concrete ones", () => {
    const r = run([
      "一、存在的问题",
      "（一）在强化政治忠诚方面。一是学习的系统性不强，满足于一般性了解。二是学用转化不够，比如今年6月的调研报告停留在现象罗列。",
      "三是贯彻落实上级部署有温差，存在层层传导压力递减的情况。",
      "（二）在增强党性方面",
      "一是批评和自我批评辣味不足，开展批评时顾虑较多。",
      "二是在年中组织生活会上，相互批评多是提希望。",
      "二、原因分析",
      "（一）理论武装不够深入，这一条没有事例也不应报。",
    ]);
    expect(r.map((f) => [f.paragraph, f.data?.item])).toEqual([
      [1, "一是"],
      [2, "三是"],
      [4, "一是"],
    ]);
    expect(r[0].message).toBe("“一是”问题缺少具体事例，未写明时间、事件、数据或名称，显得笼统");
  });

  it("treats a following unmarked paragraph as the example of the previous point", () => {
    const r = run([
      "一、存在的问题",
      "（一）在作风方面",
      "一是调查研究不够深入，存在走马观花的情况。",
      "比如，去年到乡镇调研时，只听了汇报、没有进村入户。",
    ]);
    expect(r).toEqual([]);
  });

  it("skips lead-in paragraphs and colon-ended introductions", () => {
    const r = run([
      "一、存在的问题",
      "对照会议主题，班子认真查摆了以下几方面问题：",
      "（一）在担当作为方面",
      "一是面对难题有畏难情绪，比如征地协调工作拖了两个多月。",
    ]);
    expect(r).toEqual([]);
  });

  it("skips a lead-in under a sub-heading that introduces 一是/二是 points", () => {
    const r = run([
      "一、存在的问题",
      "（一）对照反面案例查摆的问题",
      "对照案例深入反思，班子在项目监管上同样存在薄弱环节。",
      "一是监管措施跟进不及时。比如，2024年5月对两个在建项目的检查间隔超过三个月。",
      "二是风险意识有所淡薄，对潜在隐患的预判还不够充分。",
    ]);
    expect(r.map((f) => [f.paragraph, f.data?.item])).toEqual([[4, "二是"]]);
  });

  it("lessons drawn from a case told concretely under its sub-heading need no example of their own; others still do", () => {
    const lines = [
      "一、存在的问题",
      "（一）对照职责查摆的问题",
      "一是调研不够深入，对基层困难掌握不全面。",
      "（二）结合典型案例剖析查摆的问题",
      "2024年3月，某工地在吊装作业中发生一起物体打击事故，造成1人受伤。对照这起事故，我们查摆出以下问题。",
      "一是安全培训流于形式，讲授多、演练少。",
      "二是隐患排查不够细致，重点部位盯得不紧。",
      "（三）对照群众意见查摆的问题",
      "一是回应群众诉求不够及时。",
    ];
    expect(run(lines).map((f) => f.paragraph)).toEqual([2, 8]);
  });

  it("uses whole paragraphs as items when a section has no markers", () => {
    const ctx = ctxFromLines(["一、存在的问题", "担当精神还不够强，遇事推一推、拖一拖。", "服务群众的意识有待提升，办事流程繁琐的问题未根本解决。"]);
    ctx.analysis.items = ctx.analysis.items.filter((i) => i.paragraph === 0);
    expect(rule.check(ctx).map((f) => f.paragraph)).toEqual([1, 2]);
  });
});

describe("missing-example and website residue", () => {
  it("a residue-only paragraph is reported once, by copy-residue, not also as a problem or a placeholder", async () => {
    const { checkDocument, documentFromText } = await import("../../../src/core");
    const text = [
      "青禾县示范局领导班子2025年度民主生活会对照检查材料",
      "一、存在的问题",
      "（一）在带头强化政治忠诚、提高政治能力方面",
      "学习贯彻有时停留在传达层面。比如，2025年5月印发通知后没有跟进督办。",
      "本文来源于某某范文网，更多精彩范文请关注微信公众号获取全文下载",
      "二、原因分析",
      "理想信念有所松懈。",
      "三、整改措施",
      "年底前完成3次专题调研。",
    ].join("\n");
    const r = checkDocument(documentFromText(text), { presetId: "dlsh-2025/banzi" });
    expect(r.findings.filter((f) => f.paragraph === 4).map((f) => f.ruleId)).toEqual(["copy-residue"]);
  });
});
