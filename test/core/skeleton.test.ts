import { analyze } from "../../src/core/analyze";
import { checkDocument } from "../../src/core/checker";
import { aspectInsertion, nextTopLevelNumber, sectionInsertion } from "../../src/core/insertion";
import { allPresets, getPreset } from "../../src/core/presets";
import { buildSkeleton, toChineseNumeral } from "../../src/core/skeleton";
import type { DocumentModel, Preset, SkeletonNode } from "../../src/core/types";
import { doc, findParagraph, loadFixture, withoutRange } from "./helpers";

const P = (id: string) => getPreset(id) as Preset;
const texts = (nodes: SkeletonNode[]) => nodes.map((n) => `${n.level}|${n.text}`);
const headings = (nodes: SkeletonNode[]) => nodes.filter((n) => n.level !== "body").map((n) => n.text);
/** Skeleton nodes as a pasted document (headings as plain lines with their literal numbers). */
const asDoc = (nodes: SkeletonNode[]): DocumentModel => doc(...nodes.map((n) => n.text));

describe("buildSkeleton", () => {
  it("builds the 班子 2025年度 outline with aspects, cause dimensions and prompts", () => {
    const nodes = buildSkeleton(P("dlsh-2025/banzi"), { includeTitle: true });
    expect(nodes[0]).toEqual({ level: 0, text: "中共××委员会（党组）领导班子2025年度民主生活会对照检查材料" });
    expect(headings(nodes)).toEqual([
      "中共××委员会（党组）领导班子2025年度民主生活会对照检查材料",
      "一、存在的问题",
      "（一）在带头强化政治忠诚、提高政治能力方面",
      "（二）在带头固本培元、增强党性方面",
      "（三）在带头敬畏人民、敬畏组织、敬畏法纪方面",
      "（四）在带头干事创业、担当作为方面",
      "（五）在带头坚决扛起管党治党责任方面",
      "二、反面典型案例剖析",
      "三、原因分析",
      "（一）理论武装方面",
      "（二）党性修养方面",
      "（三）宗旨意识方面",
      "（四）纪律规矩方面",
      "（五）担当作为方面",
      "（六）管党治党责任方面",
      "四、整改措施",
      "（一）围绕“政治忠诚”抓好整改",
      "（二）围绕“固本培元”抓好整改",
      "（三）围绕“三个敬畏”抓好整改",
      "（四）围绕“担当作为”抓好整改",
      "（五）围绕“管党治党”抓好整改",
    ]);
    const firstAspect = nodes.findIndex((n) => n.aspectId === "zhengzhi-zhongcheng");
    expect(nodes[firstAspect]).toMatchObject({ level: 2, section: "存在的问题" });
    expect(nodes[firstAspect + 1]).toEqual({ level: "body", text: "【一是……。比如：时间、事例、数据】", section: "存在的问题" });
    expect(nodes.filter((n) => n.section === "导语").every((n) => n.level === "body")).toBe(true);
    expect(nodes.find((n) => n.section === "导语" && n.text.includes("八项规定"))).toBeDefined();
  });

  it("ends an individual material with the optional 个人有关事项 and the closing line", () => {
    const nodes = buildSkeleton(P("dlsh-2024/geren"), { includeTitle: true });
    expect(nodes[0].text).toBe("××同志2024年度民主生活会个人对照检查材料");
    expect(nodes[1]).toEqual({ level: "body", text: "【职务　姓名】" });
    expect(headings(nodes).filter((t) => /^[一二三四五六七八九十]+、/.test(t))).toEqual(["一、存在的问题", "二、反面典型案例剖析", "三、原因分析", "四、整改措施", "五、个人有关事项"]);
    expect(nodes[nodes.length - 1]).toEqual({ level: "body", text: "以上对照检查，不妥之处，恳请同志们批评指正。", section: "结束语" });
  });

  it("builds one section or one aspect, numbered from startAt", () => {
    const p = P("dlsh-2025/banzi");
    expect(headings(buildSkeleton(p, { only: { section: "原因分析" } }))[0]).toBe("三、原因分析");
    expect(headings(buildSkeleton(p, { only: { section: "原因分析" }, startAt: 2 }))[0]).toBe("二、原因分析");
    expect(texts(buildSkeleton(p, { only: { section: "存在的问题", aspectId: "san-jingwei" } }))).toEqual([
      "2|（三）在带头敬畏人民、敬畏组织、敬畏法纪方面",
      "body|【一是……。比如：时间、事例、数据】",
      "body|【二是……。比如：时间、事例、数据】",
    ]);
    expect(headings(buildSkeleton(p, { only: { section: "整改措施", aspectId: "dandang" }, startAt: 7 }))).toEqual(["（七）围绕“担当作为”抓好整改"]);
    expect(buildSkeleton(p, { only: { section: "存在的问题", aspectId: "nope" } })).toEqual([]);
    expect(texts(buildSkeleton(p, { only: { section: "结束语" } }))).toEqual([]);
    expect(headings(buildSkeleton(p, { only: { section: "个人有关事项" }, startAt: 5 }))).toEqual(["五、个人有关事项"]);
  });

  it("can leave headings unnumbered", () => {
    const hs = headings(buildSkeleton(P("dlsh-2025/banzi"), { numbered: false }));
    expect(hs[0]).toBe("存在的问题");
    expect(hs[1]).toBe("在带头强化政治忠诚、提高政治能力方面");
  });

  it("uses prompts instead of sub-headings when the preset has no aspects", () => {
    const nodes = buildSkeleton(P("tongyong/banzi"));
    const i = nodes.findIndex((n) => n.text === "一、存在的问题");
    expect(nodes[i + 1].level).toBe("body");
  });

  it.each(allPresets().map((p) => p.id))("round-trips through analyze and passes the structural rules: %s", (id) => {
    const preset = P(id);
    const d = asDoc(buildSkeleton(preset, { includeTitle: true }));
    const a = analyze(d, preset);
    expect(a.title?.paragraph).toBe(0);
    const kinds = a.sections.map((s) => s.kind);
    for (const s of preset.sections) expect(kinds).toContain(s.kind);
    for (const k of ["存在的问题", "整改措施"] as const) {
      expect(a.sections.find((s) => s.kind === k)?.aspects.map((x) => x.aspectId)).toEqual(preset.aspects.map((x) => x.id));
    }
    const structural = ["missing-section", "section-order", "missing-aspect", "measure-coverage", "cause-dimensions"];
    const r = checkDocument(d, { preset });
    expect(r.findings.filter((f) => structural.includes(f.ruleId))).toEqual([]);
    expect(r.findings.filter((f) => f.ruleId === "empty-section")).toEqual([]);
  });

  it("writes Chinese numerals", () => {
    expect([1, 2, 10, 11, 20, 23].map(toChineseNumeral)).toEqual(["一", "二", "十", "十一", "二十", "二十三"]);
  });
});

describe("insertion", () => {
  const banzi = loadFixture("banzi-2025.txt");
  const preset = P("dlsh-2025/banzi");

  it("continues the numbering when a section is appended", () => {
    expect(nextTopLevelNumber(analyze(banzi, preset))).toBe(5);
    expect(nextTopLevelNumber(analyze(doc("存在的问题", "正文。"), preset))).toBe(2);
  });

  it("puts a missing 原因分析 after the case analysis and numbers it 三", () => {
    const start = findParagraph(banzi, "三、原因分析");
    const end = findParagraph(banzi, "四、整改措施") - 1;
    const d = withoutRange(banzi, start, end);
    const ins = sectionInsertion(analyze(d, preset), preset, "原因分析", d.paragraphs.length);
    expect(ins.after).toBe(start - 1);
    expect(ins.number).toBe(3);
    expect(ins.renumberFollowing).toBe(false);
    expect(ins.nodes[0]).toEqual({ level: 1, text: "三、原因分析", section: "原因分析" });
  });

  it("flags renumbering when the inserted number collides with a following section", () => {
    const d = doc("标题：2025年度民主生活会对照检查材料", "一、存在的问题", "正文。", "二、整改措施", "正文。");
    const ins = sectionInsertion(analyze(d, preset), preset, "原因分析", d.paragraphs.length);
    expect([ins.after, ins.number, ins.renumberFollowing]).toEqual([2, 2, true]);
  });

  it("inserts before the first section when nothing precedes it, and 导语/结束语 at the ends", () => {
    const d = doc("2025年度民主生活会对照检查材料", "导语。", "一、原因分析", "正文。", "二、整改措施", "正文。");
    const a = analyze(d, preset);
    const ins = sectionInsertion(a, preset, "存在的问题", d.paragraphs.length);
    expect([ins.after, ins.number, ins.renumberFollowing]).toEqual([1, 1, true]);
    expect(sectionInsertion(a, preset, "结束语", d.paragraphs.length).after).toBe(5);
    const noIntro = doc("2025年度民主生活会对照检查材料", "一、存在的问题", "正文。");
    expect(sectionInsertion(analyze(noIntro, preset), preset, "导语", 3).after).toBe(0);
  });

  it("uses unnumbered headings in a document whose headings are unnumbered", () => {
    const d = doc("2025年度民主生活会对照检查材料", "存在的问题", "一是……。", "整改措施", "一是……。");
    const ins = sectionInsertion(analyze(d, preset), preset, "原因分析", d.paragraphs.length);
    expect(ins.number).toBeNull();
    expect(ins.nodes[0].text).toBe("原因分析");
  });

  it("places a missing aspect after the aspect before it, in its siblings' numbering style", () => {
    const a = analyze(doc("一、存在的问题", "1.政治忠诚方面", "一是……。", "2.固本培元方面", "一是……。", "3.担当作为方面", "一是……。"), preset);
    const sec = a.sections[0];
    const ins = aspectInsertion(a, preset, sec, "san-jingwei");
    expect([ins.after, ins.number, ins.renumberFollowing]).toEqual([4, 3, true]);
    expect(ins.nodes[0]).toMatchObject({ level: 2, text: "3.在带头敬畏人民、敬畏组织、敬畏法纪方面", aspectId: "san-jingwei" });
    const last = aspectInsertion(a, preset, sec, "guandang");
    expect([last.after, last.number, last.renumberFollowing]).toEqual([6, 4, false]);
  });
});
