/**
 * copy-residue, layout debris: sentences split over lines by a PDF copy (join-paragraphs fix), a
 * contents list pasted before the title and a repeated title (delete fixes). Every fix is applied
 * and the document re-checked: nothing new appears. Fixtures are our own writing.
 */
import { checkDocument } from "../../../src/core/checker";
import { documentFromText } from "../../../src/core/text";
import { joinAppendix, joinedText } from "../../../src/core/join";
import type { DocumentModel, Finding } from "../../../src/core/types";
import { applyFix } from "../../fixtures/rules/apply-fix";

const PRESET = "dlsh-2025/banzi";
const check = (lines: string[]) => checkDocument(documentFromText(lines.join("\n")), { presetId: PRESET });
const layout = (fs: Finding[], kind: string) => fs.filter((f) => f.ruleId === "copy-residue" && f.data?.kind === kind);
/** Structure findings, by section: the same with and without the debris. */
const structure = (fs: Finding[]) =>
  fs.filter((f) => ["empty-section", "missing-section", "section-order"].includes(f.ruleId)).map((f) => `${f.ruleId} ${String(f.data?.section ?? f.message)}`);

const TITLE = "中共某某区委员会领导班子2025年度民主生活会对照检查材料";
const BODY = [
  "一、存在的问题",
  "（一）在带头强化政治忠诚、提高政治能力方面",
  "一是理论学习不够深入。班子全年集中学习12次，但联系本区城市更新工作研究",
  "不多，2025年5月讨论老旧小区改造方案时，对群众诉求的分析还停留在表面，",
  "没有形成有分量的调研成果。",
  "二是政治判断力有待提高。对个别苗头性问题察觉较晚，2025年8月一起信访事项处置不够及时。",
  "（二）在带头固本培元、增强党性方面",
  "班子成员参加双重组织生活不够经常，2025年有3人次请假。",
  "（三）在带头干事创业、担当作为方面",
  "面对招商引资压力，班子研究新办法不够，2025年有2个项目推进滞后。",
  "（四）在带头坚决扛起管党治党责任方面",
  "对基层监督的指导偏少，2025年只开展专项检查1次。",
  "二、原因分析",
  "（一）理论武装不够系统。学习缺乏计划性。",
  "（二）党性修养有所放松。自我要求降低。",
  "（三）宗旨意识有所淡化。联系群众减少。",
  "三、整改措施",
  "（一）强化理论武装。每月集中学习不少于2次，年底前完成专题调研报告。",
  "（二）锤炼党性修养。每季度开展1次党性分析，由党委书记负责。",
  "（三）践行宗旨。班子成员每季度下基层不少于3天，2026年6月底前完成。",
];

function recheckAfter(doc: DocumentModel, f: Finding): string[] {
  const before = checkDocument(doc, { presetId: PRESET }).findings;
  const after = checkDocument(applyFix(doc, f.fix!), { presetId: PRESET }).findings;
  const count = (fs: Finding[], id: string) => fs.filter((g) => g.ruleId === id).length;
  const ids = new Set(after.map((g) => g.ruleId));
  return [...ids].filter((id) => count(after, id) > count(before, id));
}

describe("joinAppendix", () => {
  it("appends the following texts without their indentation; a space only between Latin letters or digits", () => {
    expect(joinAppendix(["对新思想的学习", "　　还停留在表面，", "没有深入。"])).toBe("还停留在表面，没有深入。");
    expect(joinedText(["使用 Office", "365 办公"])).toBe("使用 Office 365 办公");
    expect(joinedText(["只有一段。"])).toBe("只有一段。");
  });
});

describe("copy-residue: hard line breaks from a PDF copy", () => {
  it("one finding per run of split lines, with a fix that joins them", () => {
    const r = check([TITLE, ...BODY]);
    const found = layout(r.findings, "line-break");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "warning", paragraph: 3, paragraphEnd: 5 });
    expect(found[0].fix).toMatchObject({ type: "join-paragraphs", paragraph: 3, count: 3 });
    const after = applyFix(documentFromText([TITLE, ...BODY].join("\n")), found[0].fix!);
    expect(after.paragraphs[3].text).toBe(BODY[2] + BODY[3] + BODY[4]);
    expect(after.paragraphs).toHaveLength(BODY.length + 1 - 2);
  });

  it("after joining, the re-check finds nothing new and no further line break", () => {
    const doc = documentFromText([TITLE, ...BODY].join("\n"));
    const f = layout(checkDocument(doc, { presetId: PRESET }).findings, "line-break")[0];
    expect(recheckAfter(doc, f)).toEqual([]);
    expect(layout(checkDocument(applyFix(doc, f.fix!), { presetId: PRESET }).findings, "line-break")).toEqual([]);
  });

  it("a two-line split is one finding of two paragraphs", () => {
    const body = [...BODY];
    body.splice(5, 1, "二是政治判断力有待提高。对个别苗头性问题察觉较晚，2025年8月一起信访", "事项处置不够及时，群众有意见。");
    const found = layout(check([TITLE, ...body]).findings, "line-break");
    expect(found.map((f) => [f.paragraph, f.paragraphEnd])).toEqual([
      [3, 5],
      [6, 7],
    ]);
    expect(found[1].fix).toMatchObject({ type: "join-paragraphs", count: 2, label: "合并为一段" });
  });

  it("no fix when a split line keeps trailing spaces (the join would leave them between characters)", () => {
    const doc: DocumentModel = documentFromText([TITLE, ...BODY].join("\n"));
    doc.paragraphs[3] = { ...doc.paragraphs[3], text: doc.paragraphs[3].text + "  " };
    const found = layout(checkDocument(doc, { presetId: PRESET }).findings, "line-break");
    expect(found).toHaveLength(1);
    expect(found[0].fix).toBeUndefined();
  });

  it("quiet on normal paragraphs, headings, a contents list, verse, a signature block and numbered items", () => {
    const lines = [
      TITLE,
      "会前，班子广泛征求意见，共收集意见建议15条，逐条梳理后形成问题清单",
      "一、存在的问题",
      "（一）在带头强化政治忠诚、提高政治能力方面",
      "一是学习不够深入，对新思想的学习还停留在读原文、记笔记层面，研讨发言联系实际不够",
      "二是调研不够扎实，2025年开展调研6次，但形成的成果转化为政策措施的不多",
      "（二）在带头固本培元、增强党性方面",
      "正如一首小诗所写：",
      "春风吹绿了山岗，",
      "细雨润湿了田垄，",
      "党性锻炼也需要润物无声的日常功夫，2025年班子成员参加组织生活请假3人次。",
      "（三）在带头干事创业、担当作为方面",
      "面对重点项目推进中的难题，班子有时研究办法不够多，2025年有2个项目滞后",
      "1.城市更新项目进度滞后两个月",
      "2.产业园区招商任务完成不到八成",
      "（四）在带头坚决扛起管党治党责任方面",
      "对基层党组织的监督指导偏少，2025年只开展专项检查1次。",
      "二、原因分析",
      "理论武装不够系统，学习缺乏计划性。",
      "三、整改措施",
      "（一）坚持以习近平新时代中国特色社会主义思想为指导，持续深入推进班子成员的理论武装和党性教育工作，不断提高政治能力",
      "每月集中学习不少于2次，年底前完成专题调研报告。",
      "中共某某区委员会领导班子",
      "2026年1月10日",
    ];
    expect(layout(check(lines).findings, "line-break")).toEqual([]);
  });

  it("quiet on a table of contents inside the body and on a heading without punctuation before its text", () => {
    const lines = [
      TITLE,
      "目录",
      "存在的问题……………………………………………………………………1",
      "原因分析…………………………………………………………………………3",
      "一、存在的问题",
      "在理论学习方面存在的主要问题和差距分析情况",
      "学习不够深入，2025年集中研讨仅2次，对新思想的理解不够透彻。",
      "二、原因分析",
      "理论武装不够系统，学习缺乏计划性。",
      "三、整改措施",
      "每月集中学习不少于2次，年底前完成专题调研报告。",
    ];
    expect(layout(check(lines).findings, "line-break")).toEqual([]);
  });
});

describe("copy-residue: a contents list pasted before the title, and a repeated title", () => {
  const OUTLINE = ["目录", "一、存在的问题", "二、原因分析", "三、整改措施"];

  it("an outline before the title: one finding deleting it; no empty or missing section from it", () => {
    const r = check([...OUTLINE, TITLE, ...BODY]);
    const found = layout(r.findings, "outline");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ paragraph: 0, paragraphEnd: 3 });
    expect(found[0].fix).toMatchObject({ type: "delete-paragraphs", paragraph: 0, count: 4, expected: OUTLINE });
    expect(structure(r.findings)).toEqual(structure(check([TITLE, ...BODY]).findings));
    expect(r.findings.filter((f) => f.ruleId === "empty-section")).toEqual([]);
    // The structure is the material's own, after the title.
    expect(r.sections.map((s) => [s.kind, s.start])).toEqual([
      ["存在的问题", 5],
      ["原因分析", 17],
      ["整改措施", 21],
    ]);
    expect(r.preset.id).toBe(PRESET);
  });

  it("an outline without a 目录 line is found when every entry comes back after the title", () => {
    const lines = ["一、存在的问题", "（一）在带头强化政治忠诚、提高政治能力方面", "二、原因分析", "三、整改措施", TITLE, ...BODY];
    const r = check(lines);
    expect(layout(r.findings, "outline")).toHaveLength(1);
    expect(r.findings.filter((f) => f.ruleId === "empty-section" || f.ruleId === "numbering")).toEqual([]);
  });

  it("lines before the title that are not a pasted outline are left alone", () => {
    // A unit line before the title, and two marked lines that do not come back later.
    expect(layout(check(["中共某某区委员会", TITLE, ...BODY]).findings, "outline")).toEqual([]);
    expect(layout(check(["一、本次会议的准备", "二、会议议程安排", TITLE, ...BODY]).findings, "outline")).toEqual([]);
  });

  it("deleting the outline: the re-check finds nothing new", () => {
    const doc = documentFromText([...OUTLINE, TITLE, ...BODY].join("\n"));
    const f = layout(checkDocument(doc, { presetId: PRESET }).findings, "outline")[0];
    expect(recheckAfter(doc, f)).toEqual([]);
    expect(applyFix(doc, f.fix!).paragraphs[0].text).toBe(TITLE);
  });

  it("a repeated title (with page metadata between) is reported with a delete fix; re-check finds nothing new", () => {
    const doc = documentFromText([TITLE, "发布时间：2026-01-12", TITLE, ...BODY].join("\n"));
    const r = checkDocument(doc, { presetId: PRESET });
    const found = layout(r.findings, "duplicate-title");
    expect(found).toHaveLength(1);
    expect(found[0].fix).toMatchObject({ type: "delete-paragraph", paragraph: 2, expected: TITLE });
    expect(structure(r.findings)).toEqual(structure(check([TITLE, ...BODY]).findings));
    expect(recheckAfter(doc, found[0])).toEqual([]);
  });

  it("a title-like sentence further down is not a repeated title", () => {
    const lines = [TITLE, ...BODY.slice(0, 5), TITLE, ...BODY.slice(5)];
    expect(layout(check(lines).findings, "duplicate-title")).toEqual([]);
  });
});
