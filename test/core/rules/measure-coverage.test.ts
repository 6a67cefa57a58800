import { rule } from "../../../src/core/rules/measure-coverage";
import { doc, findParagraph, loadFixture, runRule, withoutRange, COMPLETE_MATERIALS } from "../helpers";

describe("measure-coverage", () => {
  it.each(COMPLETE_MATERIALS)("reports nothing for the complete material %s", (name, id) => {
    expect(runRule(rule, loadFixture(name), id)).toEqual([]);
  });

  it("reports an aspect whose measures are missing", () => {
    const banzi = loadFixture("banzi-2025.txt");
    const p = findParagraph(banzi, "（三）在敬畏人民、敬畏组织、敬畏法纪上下功夫");
    const d = withoutRange(banzi, p, p);
    const r = runRule(rule, d, "dlsh-2025/banzi");
    expect(r).toHaveLength(1);
    expect(r[0].message).toBe("“三个敬畏”方面查摆了问题，但“整改措施”中没有对应的措施。");
    expect(r[0]).toMatchObject({ paragraph: findParagraph(d, "四、整改措施"), data: { section: "整改措施", aspectId: "san-jingwei" } });
    expect(r[0].fix).toMatchObject({ type: "insert-skeleton", after: p - 1 });
    if (r[0].fix?.type === "insert-skeleton") expect(r[0].fix.nodes[0].text).toBe("（三）围绕“三个敬畏”抓好整改");
  });

  it("accepts measures grouped differently when their text names the aspect", () => {
    const d = doc(
      "一、存在的问题",
      "（一）在带头严守政治纪律和政治规矩，维护党的团结统一方面",
      "一是……。比如……。",
      "（二）在带头增强党性、严守纪律、砥砺作风方面",
      "一是……。比如……。",
      "二、整改措施",
      "（一）强化理论武装。严守政治纪律和政治规矩，2025年3月底前……。",
      "（二）加强作风建设。砥砺作风，每季度……。",
    );
    expect(runRule(rule, d, "dlsh-2024/banzi")).toEqual([]);
  });

  it("matches by order when no measure sub-heading names an aspect", () => {
    const d = doc("一、存在的问题", "（一）政治纪律方面", "一是……。", "（二）党性作风方面", "一是……。", "二、整改措施", "（一）抓学习", "正文。", "（二）抓落实", "正文。");
    expect(runRule(rule, d, "dlsh-2024/banzi")).toEqual([]);
  });

  it("lets measure groups named in their own words answer the uncovered aspects, but not fewer groups than aspects", () => {
    const problems = [
      "一、存在的问题",
      "（一）在带头严守政治纪律和政治规矩，维护党的团结统一方面",
      "一是传达上级部署不够及时。比如，2024年有2份文件延后一周才组织学习。",
      "（二）在带头增强党性、严守纪律、砥砺作风方面",
      "一是谈心谈话不够经常。比如，班子成员之间全年仅谈话1次。",
      "（三）在带头履行全面从严治党政治责任方面",
      "一是对下监督偏软。比如，对2个科室的提醒没有跟踪落实。",
    ];
    // Three measure groups for three aspects: one names its aspect, two are in the unit's own words.
    const enough = doc(...problems, "二、整改措施", "（一）坚持学思践悟", "每月第一周集中传达学习上级精神。", "（二）坚持真抓实干", "班子成员每季度至少谈心谈话1轮。", "（三）履行全面从严治党政治责任", "年底前完成对下监督清单。");
    expect(runRule(rule, enough, "dlsh-2024/banzi")).toEqual([]);
    // Two groups for three aspects: a real shortfall, each uncovered aspect is named.
    const short = doc(...problems, "二、整改措施", "（一）坚持学思践悟", "每月第一周集中传达学习上级精神。", "（二）履行全面从严治党政治责任", "年底前完成对下监督清单。");
    const r = runRule(rule, short, "dlsh-2024/banzi");
    expect(r.map((f) => f.data?.problemParagraph)).toEqual([1, 3]);
  });

  it("ignores run-in points that merely mention an aspect", () => {
    const d = doc("一、存在的问题", "一是理论学习不够深入。比如……。", "二是工作作风不够扎实。比如……。", "二、整改措施", "一是每月集中学习1次。");
    expect(runRule(rule, d, "dlsh-2023/banzi")).toEqual([]);
  });

  it("ignores aspect headings without any problem under them, and missing sections", () => {
    const d = doc("一、存在的问题", "（一）政治纪律方面", "（二）党性作风方面", "一是……。", "二、整改措施", "（一）围绕“党性作风”抓好整改", "正文。");
    expect(runRule(rule, d, "dlsh-2024/banzi")).toEqual([]);
    expect(runRule(rule, doc("一、存在的问题", "（一）政治纪律方面", "一是……。"), "dlsh-2024/banzi")).toEqual([]);
  });
});
