import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import { createWordHost } from "../../src/playground/host";
import { createDemo } from "../../src/playground/demo";
import { toSimParagraphs } from "../../src/playground/convert";
import { EXAMPLE_MATERIAL } from "../../src/playground/example";

function setup() {
  const host = createWordHost();
  const errors: (string | null)[] = [];
  const demo = createDemo(host, (m) => errors.push(m));
  return { host, demo, errors };
}

describe("playground demo API", () => {
  test("loadText: markdown headings become heading styles", () => {
    const { demo } = setup();
    demo.loadText("# 一、存在的问题\n\n一是学习不够。\n## （一）在理论学习方面");
    expect(demo.paragraphs()).toEqual([
      { text: "一、存在的问题", style: "标题 1", headingLevel: 1, listString: "", inTable: false },
      { text: "一是学习不够。", style: "正文", headingLevel: null, listString: "", inTable: false },
      { text: "（一）在理论学习方面", style: "标题 2", headingLevel: 2, listString: "", inTable: false },
    ]);
  });

  test("loadDocx reads a document written by the docx package", async () => {
    const { demo } = setup();
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: "二、原因分析", heading: HeadingLevel.HEADING_1 }),
            new Paragraph("理论学习不够深入。"),
          ],
        },
      ],
    });
    await demo.loadDocx(new Uint8Array(await Packer.toBuffer(doc)));
    expect(demo.paragraphs().map((p) => [p.text, p.headingLevel])).toEqual([
      ["二、原因分析", 1],
      ["理论学习不够深入。", null],
    ]);
  });

  test("a broken file rejects with a Chinese message and leaves the document alone", async () => {
    const { demo, errors } = setup();
    demo.loadExample();
    const n = demo.paragraphs().length;
    await expect(demo.loadDocx(new Uint8Array([1, 2, 3]))).rejects.toThrow(/^无法打开该文件：/);
    expect(errors[errors.length - 1]).toMatch(/^无法打开该文件：/);
    expect(demo.paragraphs()).toHaveLength(n);
  });

  test("cursor helpers, read-only and requirement switches", () => {
    const { host, demo } = setup();
    demo.loadText("甲\n乙\n丙");
    demo.setCursor(2, 1);
    expect(demo.selection()).toEqual({ paragraphIndex: 2, start: 1, end: 1, story: "MainDoc" });
    demo.select(1, 0, 1);
    expect(demo.selection()).toMatchObject({ paragraphIndex: 1, start: 0, end: 1 });
    demo.setCursorInHeader();
    expect(demo.selection()).toMatchObject({ paragraphIndex: -1, story: "Header" });
    expect(demo.setCursorInTable()).toBe(false);
    demo.setRequirement("WordApi", "1.3");
    expect(host.Office.context.requirements.isSetSupported("WordApi", "1.4")).toBe(false);
    demo.setReadOnly(true);
    expect(host.doc.readOnly).toBe(true);
  });

  test("the example material is a complete 2025年度 班子 material", () => {
    const texts = EXAMPLE_MATERIAL.map((p) => p.text);
    expect(texts[0]).toMatch(/2025年度民主生活会对照检查材料$/);
    for (const h of ["存在的问题", "反面典型案例剖析", "原因分析", "整改措施"]) {
      expect(texts.some((t) => t.endsWith(h))).toBe(true);
    }
    expect(EXAMPLE_MATERIAL.filter((p) => p.styleBuiltIn === "Heading2" && /^（[一二三四五]）在带头/.test(p.text))).toHaveLength(5);
  });
});

describe("toSimParagraphs", () => {
  test("keeps custom heading styles as outline levels, list strings and table runs", () => {
    const sims = toSimParagraphs([
      { index: 0, text: "一、问题", styleName: "1", headingLevel: 1, listString: "", inTable: false },
      { index: 1, text: "格一", styleName: "", headingLevel: null, listString: "", inTable: true },
      { index: 2, text: "格二", styleName: "", headingLevel: null, listString: "", inTable: true },
      { index: 3, text: "正文", styleName: "Normal", headingLevel: null, listString: "（一）", inTable: false },
      { index: 4, text: "格三", styleName: "", headingLevel: null, listString: "", inTable: true },
      { index: 5, text: "标题", styleName: "heading 2", headingLevel: 2, listString: "", inTable: false },
    ]);
    expect(sims[0]).toMatchObject({ style: "1", styleBuiltIn: "Other", outlineLevel: 1 });
    expect(sims[1].table?.tableId).toBe(sims[2].table?.tableId);
    expect(sims[4].table?.tableId).not.toBe(sims[1].table?.tableId);
    expect(sims[3]).toMatchObject({ style: "Normal", listString: "（一）" });
    expect(sims[5]).toMatchObject({ styleBuiltIn: "Heading2" });
  });
});
