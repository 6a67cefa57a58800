import { allPresets, checkDocument, getPreset } from "../../src/core";
import { skeletonBuilder } from "../../src/core/skeletonPlan";
import { readDocument } from "../../src/wps/read";
import {
  insertAtCursor,
  insertSkeletonAtCursor,
  lastInsertion,
  MSG_INSERT_EMPTY,
  MSG_NOT_IN_BODY,
  MSG_NOTHING_TO_UNDO,
  MSG_UNDO_EDITED,
  MSG_UNDO_GONE,
  undoLastInsertion,
} from "../../src/wps/edit";
import { MSG_READ_ONLY } from "../../src/wps/app";
import { installWps, texts, uninstallWps } from "./helpers";

afterEach(uninstallWps);

const STRUCTURAL = new Set(["missing-section", "section-order", "missing-aspect", "measure-coverage", "numbering"]);
const preset = getPreset("dlsh-2025/banzi")!;

describe("skeleton round trip in WPS: insert into an empty document, read back, check", () => {
  for (const p of allPresets()) {
    test(`${p.id}: only placeholder findings; headings in 标题 1–3; calls reported = calls made`, async () => {
      const host = installWps();
      host.resetCallCount();
      const outcome = await insertSkeletonAtCursor(skeletonBuilder(p, null));
      expect(outcome.syncs).toBe(host.callCount());
      const { model } = await readDocument();
      const headings = model.paragraphs.filter((x) => x.headingLevel !== null);
      expect(headings.length).toBeGreaterThan(3);
      expect(new Set(headings.map((h) => h.styleName))).toEqual(new Set(["标题 1", "标题 2", "标题 3"].filter((s) => headings.some((h) => h.styleName === s))));
      const report = checkDocument(model, { presetId: p.id });
      expect(report.findings.filter((f) => STRUCTURAL.has(f.ruleId))).toEqual([]);
      expect(report.findings.some((f) => f.ruleId === "placeholder")).toBe(true);
    });
  }
});

describe("skeleton insertion", () => {
  test("styles by built-in constants, 【…】 prompts as text, first prompt selected, bookmark for undo", async () => {
    const host = installWps();
    const outcome = await insertSkeletonAtCursor(skeletonBuilder(preset, null));
    const body = host.doc.body;
    expect(body.filter((p) => p.builtIn === "Heading1").map((p) => p.text)[0]).toBe("一、存在的问题");
    expect(body.some((p) => p.builtIn === "Heading2")).toBe(true);
    expect(body.some((p) => /^【.*】$/.test(p.text) && p.builtIn === "Normal")).toBe(true);
    expect(body.every((p) => p.list === null)).toBe(true);
    const sel = host.doc.selection;
    expect(sel.start.p.text).toMatch(/^【.*】$/);
    expect(sel.end.offset).toBe(sel.start.p.text.length);
    expect(lastInsertion()?.tag).toBe(outcome.tag);
    expect(outcome.tag).toMatch(/^duizhao_[a-z0-9]+$/);
  });

  test("continues the document's numbering and inserts after the cursor's paragraph, never touching it", async () => {
    const host = installWps([
      { text: "一、存在的问题", styleBuiltIn: "Heading1" },
      { text: "学习不够深入。" },
      { text: "二、原因分析", styleBuiltIn: "Heading1" },
      { text: "理想信念有所松懈。" },
    ]);
    host.doc.setSelection(3, 3);
    const outcome = await insertSkeletonAtCursor(skeletonBuilder(preset, { section: "整改措施", label: "整改措施" }));
    expect(outcome.firstNumber).toBe("三");
    const t = texts(host);
    expect(t.slice(0, 4)).toEqual(["一、存在的问题", "学习不够深入。", "二、原因分析", "理想信念有所松懈。"]);
    expect(t[4]).toBe("三、整改措施");
    expect(host.doc.body[3].builtIn).toBe("Normal");
  });

  test("renumbers the headings after the cursor when asked (verified, in the same operation)", async () => {
    const host = installWps([
      { text: "一、存在的问题", styleBuiltIn: "Heading1" },
      { text: "学习不够深入。" },
      { text: "二、整改措施", styleBuiltIn: "Heading1" },
      { text: "制定计划。" },
    ]);
    host.doc.setSelection(1, 0);
    const outcome = await insertSkeletonAtCursor(skeletonBuilder(preset, { section: "原因分析", label: "原因分析" }), { renumberFollowing: true });
    expect(outcome.renumbered).toBe(1);
    const t = texts(host);
    expect(t[2]).toBe("二、原因分析");
    expect(t).toContain("三、整改措施");
    expect(t).toContain("制定计划。");
  });

  test("cursor in a table: the block goes after the table", async () => {
    const host = installWps([
      { text: "一、存在的问题", styleBuiltIn: "Heading1" },
      { text: "问题", table: { tableId: 1, row: 0, col: 0 } },
      { text: "表现", table: { tableId: 1, row: 0, col: 1 } },
      { text: "结尾段。" },
    ]);
    host.doc.setSelection(1, 1);
    await insertSkeletonAtCursor(skeletonBuilder(preset, { section: "原因分析", label: "原因分析" }));
    const body = host.doc.body;
    expect(body.slice(0, 3).map((p) => p.text)).toEqual(["一、存在的问题", "问题", "表现"]);
    expect(body[3].text).toBe("二、原因分析");
    expect(body[3].table).toBeNull();
    expect(body[body.length - 1].text).toBe("结尾段。");
  });

  test("an empty paragraph at the cursor takes the first line (no empty paragraph above the skeleton, as in Word)", async () => {
    const host = installWps();
    await insertSkeletonAtCursor(skeletonBuilder(preset, null));
    const body = host.doc.body;
    expect(body[0].text).not.toBe("");
    expect(body[0].builtIn).toBe("Title");
    expect(body.filter((p) => p.builtIn === "Heading1").map((p) => p.text)[0]).toBe("一、存在的问题");
    // Every paragraph got the style of its node: the block's style ranges are not shifted.
    expect(body.filter((p) => /^【.*】$/.test(p.text)).every((p) => p.builtIn === "Normal")).toBe(true);
    expect(body.filter((p) => /^[一二三四]、/.test(p.text)).every((p) => p.builtIn === "Heading1")).toBe(true);
    const sel = host.doc.selection;
    expect(sel.start.p.text).toMatch(/^【.*】$/);
    expect([sel.start.offset, sel.end.offset]).toEqual([0, sel.start.p.text.length]);
    // 撤销插入 leaves the one empty body paragraph the document started with.
    await undoLastInsertion();
    expect(texts(host)).toEqual([""]);
    expect(host.doc.body[0].builtIn).toBe("Normal");
  });

  test("a blank paragraph between others takes the first line; its blanks and the neighbours stay", async () => {
    const host = installWps([{ text: "一、存在的问题", styleBuiltIn: "Heading1" }, { text: "学习不够深入。" }, { text: "  " }, { text: "结尾。" }]);
    host.doc.setSelection(2, 1);
    const outcome = await insertSkeletonAtCursor(skeletonBuilder(preset, { section: "原因分析", label: "原因分析" }));
    const body = host.doc.body;
    expect(body.slice(0, 2).map((p) => p.text)).toEqual(["一、存在的问题", "学习不够深入。"]);
    expect(body[2].text).toBe("  二、原因分析");
    expect(body[2].builtIn).toBe("Heading1");
    expect(body[3].builtIn).toBe("Heading2");
    expect(body[body.length - 1].text).toBe("结尾。");
    expect(body.length).toBe(3 + outcome.paragraphs);
    const sel = host.doc.selection;
    expect(sel.start.p.text.slice(sel.start.offset, sel.end.offset)).toMatch(/^【.*】$/);
  });

  test("cursor in the header: a Chinese message, nothing inserted", async () => {
    const host = installWps([{ text: "正文" }]);
    host.doc.setCursorInStory("Header");
    await expect(insertSkeletonAtCursor(skeletonBuilder(preset, null))).rejects.toThrow(MSG_NOT_IN_BODY);
    expect(texts(host)).toEqual(["正文"]);
  });

  test("read-only and protected documents: refused before any write", async () => {
    for (const readOnly of [true, "protected"] as const) {
      const host = installWps([{ text: "正文" }], { readOnly });
      await expect(insertSkeletonAtCursor(skeletonBuilder(preset, null))).rejects.toThrow(MSG_READ_ONLY);
      await expect(insertAtCursor("一句话")).rejects.toThrow(MSG_READ_ONLY);
      expect(texts(host)).toEqual(["正文"]);
      uninstallWps();
    }
  });
});

describe("撤销插入 via the bookmark", () => {
  test("removes exactly the inserted block", async () => {
    const host = installWps([{ text: "一、存在的问题", styleBuiltIn: "Heading1" }, { text: "学习不够深入。" }, { text: "结尾。" }]);
    host.doc.setSelection(1, 2);
    await insertSkeletonAtCursor(skeletonBuilder(preset, { section: "原因分析", label: "原因分析" }));
    expect(texts(host).length).toBeGreaterThan(3);
    host.resetCallCount();
    const r = await undoLastInsertion();
    expect(r.syncs).toBe(host.callCount());
    expect(texts(host)).toEqual(["一、存在的问题", "学习不够深入。", "结尾。"]);
    expect(host.doc.body[1].builtIn).toBe("Normal");
    expect(lastInsertion()).toBeNull();
    await expect(undoLastInsertion()).rejects.toThrow(MSG_NOTHING_TO_UNDO);
  });

  test("at the end of the document the last mark stays as an empty body paragraph", async () => {
    const host = installWps([{ text: "导语。" }]);
    await insertSkeletonAtCursor(skeletonBuilder(preset, { section: "原因分析", label: "原因分析" }));
    await undoLastInsertion();
    expect(texts(host)).toEqual(["导语。", ""]);
    expect(host.doc.body[1].builtIn).toBe("Normal");
  });

  test("refuses when the user edited the block (unless forced); says so when it is gone", async () => {
    const host = installWps([{ text: "导语。" }, { text: "结尾。" }]);
    host.doc.setSelection(0, 0);
    await insertSkeletonAtCursor(skeletonBuilder(preset, { section: "原因分析", label: "原因分析" }));
    host.doc.userSetText(1, "一、原因分析（已修改）");
    await expect(undoLastInsertion()).rejects.toThrow(MSG_UNDO_EDITED);
    await undoLastInsertion({ force: true });
    expect(texts(host)).toEqual(["导语。", "结尾。"]);

    await insertSkeletonAtCursor(skeletonBuilder(preset, { section: "原因分析", label: "原因分析" }));
    const n = host.doc.body.length;
    for (let i = n - 2; i >= 1; i--) host.doc.removeParagraph(host.doc.body[i]);
    await expect(undoLastInsertion()).rejects.toThrow(MSG_UNDO_GONE);
  });
});

describe("phrases: Selection.TypeText", () => {
  test("inserts at the cursor in 5 calls and leaves the caret after it", async () => {
    const host = installWps([{ text: "学习不够。" }]);
    host.doc.setSelection(0, 4);
    host.resetCallCount();
    const r = await insertAtCursor("深入");
    expect(r.syncs).toBe(5);
    expect(host.callCount()).toBe(5);
    expect(texts(host)).toEqual(["学习不够深入。"]);
    expect(host.doc.selection.start.offset).toBe(6);
  });

  test("replaces a selection; works in the header; refuses empty text", async () => {
    const host = installWps([{ text: "学习XX深入。" }]);
    host.doc.setSelection(0, 2, 4);
    await insertAtCursor("不够");
    expect(texts(host)).toEqual(["学习不够深入。"]);
    host.doc.setCursorInStory("Header");
    await insertAtCursor("页眉");
    expect(host.doc.header[0].text).toBe("页眉");
    await expect(insertAtCursor("")).rejects.toThrow(MSG_INSERT_EMPTY);
  });
});
