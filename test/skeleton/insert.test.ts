import { createWordHost, type SimParagraphInit } from "../../src/playground/host";
import { allPresets, checkDocument, getPreset } from "../../src/core";
import { PLACEHOLDER_TAG } from "../../src/core/types";
import { readDocument } from "../../src/office/read";
import {
  insertSkeletonAtCursor,
  isPrompt,
  MSG_LOCKED_CONTROL,
  MSG_NOT_IN_BODY,
  MSG_UNDO_EDITED,
  undoLastInsertion,
} from "../../src/office/skeleton";
import { MSG_READ_ONLY_OR_VIEWING, MSG_READ_ONLY } from "../../src/office/errors";
import { skeletonBuilder, nextNumbers } from "../../src/core/skeletonPlan";
import { documentFromText } from "../../src/core";

const g = globalThis as unknown as Record<string, unknown>;
afterEach(() => {
  delete g.Office;
  delete g.Word;
  delete g.OfficeExtension;
});

function install(paragraphs: SimParagraphInit[] = [{ text: "" }], opts: Parameters<typeof createWordHost>[0] = {}) {
  const host = createWordHost({ paragraphs, ...opts });
  host.install(globalThis);
  return host;
}

const STRUCTURAL = new Set(["missing-section", "section-order", "missing-aspect", "measure-coverage", "numbering"]);

describe("skeleton round trip: insert into an empty document, read back, check", () => {
  for (const preset of allPresets()) {
    test(`${preset.id}: only placeholder findings, ≤ 2 syncs`, async () => {
      const host = install();
      host.resetSyncCount();
      const outcome = await insertSkeletonAtCursor(skeletonBuilder(preset, null));
      expect(outcome.syncs).toBeLessThanOrEqual(2);
      expect(host.syncCount()).toBeLessThanOrEqual(2);
      const { model } = await readDocument();
      const headings = model.paragraphs.filter((p) => p.headingLevel !== null);
      expect(headings.length).toBeGreaterThan(3);
      const report = checkDocument(model, { presetId: preset.id });
      const structural = report.findings.filter((f) => STRUCTURAL.has(f.ruleId));
      expect(structural).toEqual([]);
      expect(report.findings.some((f) => f.ruleId === "placeholder")).toBe(true);
    });
  }
});

describe("insertion behaviour", () => {
  const preset = getPreset("dlsh-2025/banzi")!;

  test("headings get built-in heading styles, prompts become tagged placeholder controls, the cursor sits in the first one", async () => {
    const host = install();
    await insertSkeletonAtCursor(skeletonBuilder(preset, null));
    const paras = host.doc.body;
    const h1 = paras.filter((p) => p.builtIn === "Heading1").map((p) => p.text);
    expect(h1[0]).toBe("一、存在的问题");
    expect(paras.some((p) => p.builtIn === "Heading2")).toBe(true);
    const controls = host.doc.contentControls().filter((c) => c.cc.tag === PLACEHOLDER_TAG);
    expect(controls.length).toBeGreaterThan(5);
    expect(controls.every((c) => isPrompt(c.cc.placeholderText) && c.paragraphs.every((p) => p.text === ""))).toBe(true);
    const selected = paras[host.doc.selectionIndex()];
    expect(selected.ccs.some((c) => c.tag === PLACEHOLDER_TAG)).toBe(true);
  });

  test("continues the document's numbering: 原因分析 after 一、二、 becomes 三、; later headings untouched", async () => {
    const host = install([
      { text: "一、存在的问题", styleBuiltIn: "Heading1" },
      { text: "一是学习不深。比如2025年3月……" },
      { text: "二、典型案例剖析", styleBuiltIn: "Heading1" },
      { text: "结合案例查摆了差距。" },
      { text: "三、整改措施", styleBuiltIn: "Heading1" },
    ]);
    host.doc.setSelection(3, 0);
    await insertSkeletonAtCursor(skeletonBuilder(preset, { section: "原因分析", label: "原因分析" }));
    const texts = host.doc.body.map((p) => p.text);
    expect(texts[4]).toBe("三、原因分析");
    expect(texts).toContain("三、整改措施");
    expect(texts.slice(0, 4)).toEqual(["一、存在的问题", "一是学习不深。比如2025年3月……", "二、典型案例剖析", "结合案例查摆了差距。"]);
  });

  test("an aspect alone continues the second-level numbering", () => {
    const { paragraphs } = documentFromText("一、存在的问题\n（一）在带头强化政治忠诚方面\n一是……\n（二）在带头固本培元方面\n二是……");
    expect(nextNumbers(paragraphs)).toEqual({ top: 2, second: 3 });
    const nodes = skeletonBuilder(preset, { section: "存在的问题", aspectId: preset.aspects[2].id, label: "x" })(paragraphs);
    expect(nodes[0].text.startsWith("（三）")).toBe(true);
    expect(nodes.some((n) => n.level === 1)).toBe(false);
  });

  test("a non-empty selection is kept: insertion goes after it", async () => {
    const host = install([{ text: "第一段" }, { text: "第二段文字" }]);
    host.doc.setSelection(1, 0, 3);
    await insertSkeletonAtCursor(skeletonBuilder(preset, { section: "原因分析", label: "原因分析" }));
    expect(host.doc.body[0].text).toBe("第一段");
    expect(host.doc.body[1].text).toBe("第二段文字");
    expect(host.doc.body[2].builtIn).toBe("Heading1");
  });

  test("inside a table: inserts after the table", async () => {
    const host = install([{ text: "前文" }, { text: "单元格", table: { tableId: 1 } }, { text: "后文" }]);
    host.doc.setSelection(1, 0);
    await insertSkeletonAtCursor(skeletonBuilder(preset, { section: "原因分析", label: "原因分析" }));
    const after = host.doc.body[2];
    expect(after.table).toBeFalsy();
    expect(after.builtIn).toBe("Heading1");
  });

  test("in a header: a Chinese message, nothing inserted", async () => {
    const host = install([{ text: "正文" }], { header: [{ text: "页眉" }] });
    host.doc.setCursorInStory("Header");
    const before = host.doc.body.length;
    await expect(insertSkeletonAtCursor(skeletonBuilder(preset, null))).rejects.toThrow(MSG_NOT_IN_BODY);
    expect(host.doc.body.length).toBe(before);
  });

  test("read-only document: a message, not a crash, document unchanged", async () => {
    const host = install([{ text: "正文" }], { readOnly: true });
    const before = host.doc.body.map((p) => p.text);
    await expect(insertSkeletonAtCursor(skeletonBuilder(preset, null))).rejects.toThrow(
      new RegExp(`${MSG_READ_ONLY_OR_VIEWING}|${MSG_READ_ONLY}`.replace(/[()（）]/g, ".")),
    );
    expect(host.doc.body.map((p) => p.text)).toEqual(before);
  });

  test("撤销插入 removes exactly the inserted block and nothing else", async () => {
    const host = install([{ text: "用户自己的第一段" }, { text: "用户自己的第二段" }]);
    host.doc.setSelection(0, 0);
    await insertSkeletonAtCursor(skeletonBuilder(preset, { section: "原因分析", label: "原因分析" }));
    expect(host.doc.body.length).toBeGreaterThan(2);
    host.resetSyncCount();
    await undoLastInsertion();
    expect(host.syncCount()).toBeLessThanOrEqual(2);
    expect(host.doc.body.map((p) => p.text)).toEqual(["用户自己的第一段", "用户自己的第二段"]);
  });

  test("撤销插入 refuses when the user has typed into the inserted block", async () => {
    const host = install([{ text: "用户的段落" }]);
    await insertSkeletonAtCursor(skeletonBuilder(preset, { section: "原因分析", label: "原因分析" }));
    const idx = host.doc.body.findIndex((p) => p.ccs.some((c) => c.tag === PLACEHOLDER_TAG));
    host.doc.userSetText(idx, "理论学习上满足于完成规定动作。");
    await expect(undoLastInsertion()).rejects.toThrow(MSG_UNDO_EDITED);
    expect(host.doc.body.map((p) => p.text)).toContain("理论学习上满足于完成规定动作。");
  });

  test("a locked content control refuses", async () => {
    const host = install([{ text: "锁定内容", contentControl: { tag: "x", cannotEdit: true } } as SimParagraphInit]);
    host.doc.setSelection(0, 0);
    await expect(insertSkeletonAtCursor(skeletonBuilder(preset, null))).rejects.toThrow(MSG_LOCKED_CONTROL);
  });
});

describe("顺延后面的序号 (only when the user asks)", () => {
  const preset = getPreset("dlsh-2025/banzi")!;
  const DOC: SimParagraphInit[] = [
    { text: "一、存在的问题", styleBuiltIn: "Heading1" },
    { text: "一是学习不深。比如2025年3月……" },
    { text: "二、整改措施", styleBuiltIn: "Heading1" },
    { text: "年底前完成专题研讨3次。" },
    { text: "三、个人有关事项", styleBuiltIn: "Heading1" },
  ];

  test("unticked: later headings keep their numbers (the checker will report the repeat)", async () => {
    const host = install(DOC);
    host.doc.setSelection(1, 0);
    const out = await insertSkeletonAtCursor(skeletonBuilder(preset, { section: "原因分析", label: "原因分析" }));
    expect(out.renumbered ?? 0).toBe(0);
    expect(host.doc.body.map((p) => p.text).filter((t) => /^[一二三四]、/.test(t))).toEqual(["一、存在的问题", "二、原因分析", "二、整改措施", "三、个人有关事项"]);
  });

  test("ticked: 二、整改措施 → 三、, 三、个人有关事项 → 四、 in the same 2 syncs; text otherwise untouched", async () => {
    const host = install(DOC);
    host.doc.setSelection(1, 0);
    host.resetSyncCount();
    const out = await insertSkeletonAtCursor(skeletonBuilder(preset, { section: "原因分析", label: "原因分析" }), { renumberFollowing: true });
    expect(host.syncCount()).toBe(2);
    expect(out.renumbered).toBe(2);
    const texts = host.doc.body.map((p) => p.text);
    expect(texts.filter((t) => /^[一二三四]、/.test(t))).toEqual(["一、存在的问题", "二、原因分析", "三、整改措施", "四、个人有关事项"]);
    expect(texts).toContain("年底前完成专题研讨3次。");
    const { model } = await readDocument();
    expect(checkDocument(model, { presetId: preset.id }).findings.filter((f) => f.ruleId === "numbering")).toEqual([]);
  });

  test("ticked but nothing collides: nothing renumbered", async () => {
    const host = install(DOC);
    host.doc.setSelection(4, 0);
    const out = await insertSkeletonAtCursor(skeletonBuilder(preset, { section: "原因分析", label: "原因分析" }), { renumberFollowing: true });
    expect(host.doc.body[5].text).toBe("四、原因分析");
    expect(out.renumbered).toBe(0);
    expect(host.doc.body[4].text).toBe("三、个人有关事项");
  });
});
