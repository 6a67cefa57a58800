import type { Fix } from "../../src/core/types";
import { readDocument } from "../../src/wps/read";
import { clearHighlight, paragraphRef, selectParagraph } from "../../src/wps/navigate";
import { applyFix, lastInsertion, MSG_FIX_SPAN_CHANGED, MSG_FIX_STALE, undoLastInsertion } from "../../src/wps/edit";
import { applyOfficialFormat, MSG_NOTHING_INSERTED } from "../../src/wps/format";
import { MSG_READ_ONLY } from "../../src/wps/app";
import { analyzeForFormat } from "../../src/core/skeletonPlan";
import type { SimParagraphInit } from "../../src/playground/host";
import { installWps, texts, uninstallWps } from "./helpers";

afterEach(uninstallWps);

const PARAS: SimParagraphInit[] = [
  { text: "某单位领导班子2025年度民主生活会对照检查材料", styleBuiltIn: "Title" },
  { text: "一、存在的问题", styleBuiltIn: "Heading1" },
  { text: "（一）、在深化理论武装方面", styleBuiltIn: "Heading2" },
  { text: "学习停留在读原文层面，联系分管工作思考不够。本文来自某某网" },
  { text: "某某网，www.example.com" },
  { text: "二、整改措施", styleBuiltIn: "Heading1" },
  { text: "制定年度学习计划，每季度至少集中研讨一次。" },
];

describe("jump: select with text verification", () => {
  test("selects the paragraph in 7 calls, whatever the document's size", async () => {
    const host = installWps(PARAS);
    const { model } = await readDocument();
    host.resetCallCount();
    const out = await selectParagraph(paragraphRef(model, 5));
    expect(out).toEqual({ ok: true, stale: false, syncs: 7, index: 5 });
    expect(host.callCount()).toBe(7);
    expect(host.doc.selection.start.p.text).toBe("二、整改措施");
    expect(host.doc.selection.end.offset).toBe("二、整改措施".length);
  });

  test("paragraphs inserted above: finds the nearest paragraph with the same text, reports it moved", async () => {
    const host = installWps(PARAS);
    const { model } = await readDocument();
    host.doc.userSplit(0, 0);
    const out = await selectParagraph(paragraphRef(model, 5));
    expect(out).toMatchObject({ ok: true, stale: true, index: 6 });
    expect(host.doc.selection.start.p.text).toBe("二、整改措施");
  });

  test("an edited or deleted paragraph is stale, nothing selected; works on a read-only document", async () => {
    const host = installWps(PARAS, { readOnly: "protected" });
    const { model } = await readDocument();
    host.doc.userSetText(5, "二、整改落实");
    expect(await selectParagraph(paragraphRef(model, 5))).toMatchObject({ ok: false, stale: true });
    expect((await selectParagraph(paragraphRef(model, 1))).ok).toBe(true);
    await expect(clearHighlight()).resolves.toBeUndefined();
  });

  test("after a table: index addressing does not drift", async () => {
    const host = installWps([
      { text: "问题", table: { tableId: 1, row: 0, col: 0 } },
      { text: "表现", table: { tableId: 1, row: 0, col: 1 } },
      { text: "二、原因分析", styleBuiltIn: "Heading1" },
    ]);
    const { model } = await readDocument();
    expect((await selectParagraph(paragraphRef(model, 2))).ok).toBe(true);
    expect(host.doc.selection.start.p.text).toBe("二、原因分析");
  });
});

describe("fixes verify the paragraph before writing", () => {
  test("replace: corrects a marker via Find inside the paragraph and leaves the rest", async () => {
    const host = installWps(PARAS);
    const { model } = await readDocument();
    const before = texts(host);
    host.resetCallCount();
    const fix: Fix = { type: "replace", label: "改为“（一）”", paragraph: 2, offset: 0, length: 4, expected: "（一）、", replacement: "（一）" };
    const out = await applyFix(fix, model);
    expect(out.method).toBe("search");
    expect(out.syncs).toBe(host.callCount());
    const after = texts(host);
    expect(after[2]).toBe("（一）在深化理论武装方面");
    expect(host.doc.body[2].builtIn).toBe("Heading2");
    expect(after.filter((_, i) => i !== 2)).toEqual(before.filter((_, i) => i !== 2));
  });

  test("replace picks the right occurrence of a repeated span", async () => {
    const host = installWps([{ text: "一是学习，二是学习，三是学习。" }]);
    const { model } = await readDocument();
    await applyFix({ type: "replace", label: "x", paragraph: 0, offset: 7, length: 2, expected: "学习", replacement: "研究" }, model);
    expect(texts(host)).toEqual(["一是学习，二是研究，三是学习。"]);
  });

  test("replace with '' deletes a span; refused when the span changed", async () => {
    const host = installWps(PARAS);
    const { model } = await readDocument();
    const t = model.paragraphs[3].text;
    const offset = t.indexOf("本文来自某某网");
    await applyFix({ type: "replace", label: "删除", paragraph: 3, offset, length: 7, expected: "本文来自某某网", replacement: "" }, model);
    expect(texts(host)[3]).toBe("学习停留在读原文层面，联系分管工作思考不够。");
    host.doc.userSetText(2, "（二）、在深化理论武装方面");
    await expect(
      applyFix({ type: "replace", label: "x", paragraph: 2, offset: 0, length: 4, expected: "（一）、", replacement: "（一）" }, model),
    ).rejects.toThrow(MSG_FIX_STALE);
    expect(texts(host)[2]).toBe("（二）、在深化理论武装方面");
  });

  test("an insertion at the start of a paragraph (length 0)", async () => {
    const host = installWps([{ text: "在深化理论武装方面" }]);
    const { model } = await readDocument();
    await applyFix({ type: "replace", label: "x", paragraph: 0, offset: 0, length: 0, expected: "", replacement: "（一）" }, model);
    expect(texts(host)).toEqual(["（一）在深化理论武装方面"]);
  });

  test("delete-paragraph removes exactly that paragraph; refused when gone or changed", async () => {
    const host = installWps(PARAS);
    const { model } = await readDocument();
    const fix: Fix = { type: "delete-paragraph", label: "删除水印", paragraph: 4, expected: "某某网，www.example.com" };
    const out = await applyFix(fix, model);
    expect(out.paragraphsDelta).toBe(-1);
    expect(texts(host)).toEqual(PARAS.filter((_, i) => i !== 4).map((p) => p.text));
    await expect(applyFix(fix, model)).rejects.toThrow(MSG_FIX_STALE);
    await expect(applyFix({ ...fix, paragraph: 3, expected: "别的文字" }, model)).rejects.toThrow(MSG_FIX_SPAN_CHANGED);
  });

  test("insert-skeleton: heading styles, 【…】 text, undoable; after a table it goes below the table", async () => {
    const host = installWps([...PARAS.slice(0, 5), { text: "表", table: { tableId: 1 } }, ...PARAS.slice(5)]);
    const { model } = await readDocument();
    const fix: Fix = {
      type: "insert-skeleton",
      label: "插入“原因分析”",
      after: 5,
      nodes: [
        { level: 1, text: "二、原因分析", section: "原因分析" },
        { level: "body", text: "【从理想信念、政治能力等方面剖析根源】" },
      ],
      renumber: [{ paragraph: 6, offset: 0, length: 1, expected: "二", replacement: "三" }],
    };
    const out = await applyFix(fix, model);
    expect(out.paragraphsDelta).toBe(2);
    const body = host.doc.body;
    expect(body[5].text).toBe("表");
    expect(body[6].text).toBe("二、原因分析");
    expect(body[6].builtIn).toBe("Heading1");
    expect(body[6].table).toBeNull();
    expect(body[7]).toMatchObject({ text: "【从理想信念、政治能力等方面剖析根源】", builtIn: "Normal" });
    expect(body[8].text).toBe("三、整改措施");
    expect(host.doc.selection.start.p).toBe(body[6]);
    expect(lastInsertion()).not.toBeNull();
    await undoLastInsertion();
    expect(texts(host)).toEqual([...PARAS.slice(0, 5).map((p) => p.text), "表", "三、整改措施", PARAS[6].text]);
  });

  test("insert-skeleton at the very start (after = -1)", async () => {
    const host = installWps([{ text: "正文。" }]);
    const { model } = await readDocument();
    await applyFix({ type: "insert-skeleton", label: "x", after: -1, nodes: [{ level: 0, text: "对照检查材料" }] }, model);
    expect(texts(host)).toEqual(["对照检查材料", "正文。"]);
    expect(host.doc.body[0].builtIn).toBe("Title");
    expect(host.doc.body[1].builtIn).toBe("Normal");
  });

  test("read-only: refused with the Chinese message, document unchanged", async () => {
    const host = installWps(PARAS, { readOnly: true });
    const { model } = await readDocument();
    await expect(applyFix({ type: "delete-paragraph", label: "x", paragraph: 4, expected: PARAS[4].text }, model)).rejects.toThrow(MSG_READ_ONLY);
    expect(texts(host)).toEqual(PARAS.map((p) => p.text));
  });
});

describe("公文格式 via paragraph and font properties", () => {
  const opts = { lineSpacing: 28 as const, analyze: analyzeForFormat };

  test("whole document: fonts, indents, exact line spacing and margins; text untouched", async () => {
    const host = installWps(PARAS);
    const before = texts(host);
    host.resetCallCount();
    const out = await applyOfficialFormat({ scope: "document", ...opts });
    expect(out.syncs).toBe(host.callCount());
    expect(out).toMatchObject({ eastAsianFontSlot: "nameFarEast", margins: true });
    expect(out.paragraphs).toBe(PARAS.length);
    const body = host.doc.body;
    expect(body[0].font).toMatchObject({ size: 22, name: "Times New Roman" });
    expect(body[0].alignment).toBe("Centered");
    expect(body[1].font.nameFarEast).toBe("黑体");
    expect(body[6].lineSpacing).toBe(28);
    expect(host.doc.pageSetup.topMargin).toBeCloseTo((3.7 * 72) / 2.54);
    expect(texts(host)).toEqual(before);
  });

  test("selection and inserted scopes; nothing inserted yet → Chinese message", async () => {
    const host = installWps(PARAS);
    host.doc.setSelectionSpan(5, 0, 6, 2);
    const out = await applyOfficialFormat({ scope: "selection", ...opts });
    expect(out.paragraphs).toBe(2);
    expect(out.margins).toBe(false);
    expect(host.doc.body[4].font.nameFarEast).toBeUndefined();
  });

  test("inserted scope: only the block the last insertion added", async () => {
    const host = installWps([{ text: "导语。" }, { text: "结尾。" }]);
    if (lastInsertion()) await undoLastInsertion({ force: true }).catch(() => undefined);
    await expect(applyOfficialFormat({ scope: "inserted", ...opts })).rejects.toThrow(MSG_NOTHING_INSERTED);
    const { model } = await readDocument();
    await applyFix({ type: "insert-skeleton", label: "x", after: 0, nodes: [{ level: 1, text: "一、存在的问题" }, { level: "body", text: "【写问题】" }] }, model);
    const out = await applyOfficialFormat({ scope: "inserted", ...opts });
    expect(out.paragraphs).toBe(2);
    expect(host.doc.body[1].font.nameFarEast).toBe("黑体");
    expect(host.doc.body[0].font.nameFarEast).toBeUndefined();
    expect(host.doc.body[3].font.nameFarEast).toBeUndefined();
  });
});
