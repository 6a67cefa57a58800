import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { readDocx } from "../../src/docx";

/** A material built with the `docx` package (real OOXML from a third-party writer). */
async function build(): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: "outline",
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: "%1、", alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: "（%2）", alignment: AlignmentType.LEFT },
            { level: 2, format: LevelFormat.DECIMAL, text: "%3.", alignment: AlignmentType.LEFT },
          ],
        },
        {
          reference: "circled",
          levels: [{ level: 0, format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: "%1", alignment: AlignmentType.LEFT }],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: "某某单位领导班子2025年度民主生活会对照检查材料", heading: HeadingLevel.TITLE }),
          new Paragraph({ children: [new TextRun("按照上级部署，班子认真开展会前学习，广泛征求意见。"), new TextRun({ text: "现报告如下。", bold: true })] }),
          new Paragraph({ text: "存在的问题", heading: HeadingLevel.HEADING_1, numbering: { reference: "outline", level: 0 } }),
          new Paragraph({ text: "在强化政治忠诚方面", heading: HeadingLevel.HEADING_2, numbering: { reference: "outline", level: 1 } }),
          new Paragraph({ text: "学习不够系统。", numbering: { reference: "outline", level: 2 } }),
          new Paragraph({ text: "联系实际不紧。", numbering: { reference: "outline", level: 2 } }),
          new Paragraph({ text: "在担当作为方面", heading: HeadingLevel.HEADING_2, numbering: { reference: "outline", level: 1 } }),
          new Paragraph({ text: "原因分析", heading: HeadingLevel.HEADING_1, numbering: { reference: "outline", level: 0 } }),
          new Paragraph({ text: "思想上有松懈。", numbering: { reference: "circled", level: 0 } }),
          new Paragraph({ text: "要求上有放松。", numbering: { reference: "circled", level: 0 } }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph("问题")] }), new TableCell({ children: [new Paragraph("整改时限")] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph("学习不够系统")] }), new TableCell({ children: [new Paragraph("2026年6月底前")] })] }),
            ],
          }),
          new Paragraph({ text: "整改措施", heading: HeadingLevel.HEADING_1, numbering: { reference: "outline", level: 0 } }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

it("reads a document written by the docx package: headings, numbering, tables", async () => {
  const model = readDocx(await build());
  const rows = model.paragraphs.map((p) => [p.listString, p.text, p.headingLevel, p.inTable]);
  expect(rows).toEqual([
    ["", "某某单位领导班子2025年度民主生活会对照检查材料", null, false],
    ["", "按照上级部署，班子认真开展会前学习，广泛征求意见。现报告如下。", null, false],
    ["一、", "存在的问题", 1, false],
    ["（一）", "在强化政治忠诚方面", 2, false],
    ["1.", "学习不够系统。", null, false],
    ["2.", "联系实际不紧。", null, false],
    ["（二）", "在担当作为方面", 2, false],
    ["二、", "原因分析", 1, false],
    ["①", "思想上有松懈。", null, false],
    ["②", "要求上有放松。", null, false],
    ["", "问题", null, true],
    ["", "整改时限", null, true],
    ["", "学习不够系统", null, true],
    ["", "2026年6月底前", null, true],
    ["三、", "整改措施", 1, false],
  ]);
  expect(model.paragraphs[2].styleName).toMatch(/^heading 1$/i);
  expect(model.paragraphs[0].styleName).toBe("Title");
});
