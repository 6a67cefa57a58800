import { createWordHost, type SimParagraphInit } from "../../src/playground/host";
import { applyOfficialFormat } from "../../src/office/format";
import { analyzeForFormat } from "../../src/core/skeletonPlan";
import { CM_TO_PT, formatFor, planRoles } from "../../src/core/format";
import { detectOutline } from "../../src/core";

const g = globalThis as unknown as Record<string, unknown>;
afterEach(() => {
  delete g.Office;
  delete g.Word;
  delete g.OfficeExtension;
});

const MATERIAL: SimParagraphInit[] = [
  { text: "青禾县示范局领导班子2025年度民主生活会对照检查材料" },
  { text: "按照县委部署，班子会前开展集中学习4次。现将对照检查情况报告如下。" },
  { text: "一、存在的问题" },
  { text: "（一）在带头强化政治忠诚方面" },
  { text: "一是学习有时停留在传达层面。比如，5月份……" },
  { text: "1.理论学习方面" },
  { text: "二、原因分析" },
  { text: "表格里的字", table: { tableId: 1 } },
];

function install(opts: Parameters<typeof createWordHost>[0] = {}) {
  const host = createWordHost({ paragraphs: MATERIAL, ...opts });
  host.install(globalThis);
  return host;
}

describe("套用公文格式", () => {
  test("roles: title, heading levels by outline depth, run-in items stay body, tables untouched", () => {
    const paragraphs = MATERIAL.map((p, index) => ({ index, text: p.text, styleName: "", headingLevel: null, listString: "", inTable: !!p.table }));
    const roles = planRoles(paragraphs, detectOutline(paragraphs), 0);
    expect(roles).toEqual(["title", "body", "h1", "h2", "body", "h3", "h1", null]);
  });

  test("web host: fonts through Font.name, sizes, indents, spacing; text unchanged; 2 syncs; margins reported missing", async () => {
    const host = install();
    const before = host.doc.body.map((p) => p.text);
    host.resetSyncCount();
    const out = await applyOfficialFormat({ scope: "document", lineSpacing: 28, analyze: analyzeForFormat });
    expect(host.syncCount()).toBe(2);
    expect(out.syncs).toBe(2);
    expect(out.eastAsianFontSlot).toBe("name");
    expect(out.margins).toBe(false);
    expect(host.doc.body.map((p) => p.text)).toEqual(before);
    const [title, body, h1, h2, , h3] = host.doc.body;
    expect(title.font).toMatchObject({ name: "方正小标宋简体", size: 22, bold: false });
    expect(title.alignment).toBe("Centered");
    expect(h1.font.name).toBe("黑体");
    expect(h2.font.name).toBe("楷体");
    expect(h3.font).toMatchObject({ name: "仿宋", bold: true });
    expect(body.font).toMatchObject({ name: "仿宋", size: 16, bold: false });
    expect(body.firstLineIndent).toBe(32);
    expect(body.lineSpacing).toBe(28);
    expect(host.doc.body[7].font.name).not.toBe("仿宋"); // table paragraph left alone
    expect(out.byRole).toEqual({ title: 1, h1: 2, h2: 1, h3: 1, body: 2 });
  });

  test("desktop host (WordApiDesktop 1.3): East Asian font slot and GB/T 9704 margins", async () => {
    const host = install({ platform: "PC", requirementSets: { WordApi: "1.9", WordApiDesktop: "1.3" } });
    const out = await applyOfficialFormat({ scope: "document", lineSpacing: 28.95, analyze: analyzeForFormat });
    expect(out.eastAsianFontSlot).toBe("nameFarEast");
    expect(out.margins).toBe(true);
    const body = host.doc.body[1];
    expect(body.font).toMatchObject({ name: "Times New Roman", nameFarEast: "仿宋" });
    expect(body.lineSpacing).toBe(28.95);
    expect(host.doc.pageSetup.topMargin).toBeCloseTo(3.7 * CM_TO_PT, 5);
    expect(host.doc.pageSetup.leftMargin).toBeCloseTo(2.8 * CM_TO_PT, 5);
  });

  test("selection scope formats only the selected paragraphs", async () => {
    const host = install();
    host.doc.setSelectionSpan(2, 0, 3, 2);
    const out = await applyOfficialFormat({ scope: "selection", lineSpacing: 28, analyze: analyzeForFormat });
    expect(out.paragraphs).toBe(2);
    expect(host.doc.body[2].font.name).toBe("黑体");
    expect(host.doc.body[3].font.name).toBe("楷体");
    expect(host.doc.body[0].font.name).not.toBe("方正小标宋简体");
    expect(host.doc.body[1].font.name).toBe("仿宋_GB2312"); // outside the selection: unchanged default
  });

  test("read-only document: a Chinese message, nothing changed", async () => {
    const host = install({ readOnly: true });
    const fonts = host.doc.body.map((p) => p.font.name);
    await expect(applyOfficialFormat({ scope: "document", lineSpacing: 28, analyze: analyzeForFormat })).rejects.toThrow(/只读|受保护|查看/);
    expect(host.doc.body.map((p) => p.font.name)).toEqual(fonts);
  });

  test("format table", () => {
    expect(formatFor("h1").font).toBe("黑体");
    expect(formatFor("body", 29).lineSpacing).toBe(29);
  });
});

describe("套用公文格式: only what the last insertion added", () => {
  test("formats the inserted skeleton and nothing else", async () => {
    const { insertSkeletonAtCursor } = await import("../../src/office/skeleton");
    const { skeletonBuilder } = await import("../../src/core/skeletonPlan");
    const { getPreset } = await import("../../src/core");
    const host = install();
    host.doc.setSelection(1, 0);
    const ins = await insertSkeletonAtCursor(skeletonBuilder(getPreset("dlsh-2025/banzi")!, { section: "原因分析", label: "原因分析" }));
    const out = await applyOfficialFormat({ scope: "inserted", lineSpacing: 28, analyze: analyzeForFormat });
    expect(out.paragraphs).toBe(ins.paragraphs);
    expect(host.doc.body[2].text).toMatch(/原因分析$/);
    expect(host.doc.body[2].font.name).toBe("黑体");
    expect(host.doc.body[0].font.name).not.toBe("方正小标宋简体"); // the title was not touched
    expect(host.doc.body[1].font.name).toBe("仿宋_GB2312"); // unchanged default outside the insertion
  });
});
