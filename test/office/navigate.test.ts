import { createWordHost, type WordHostOptions } from "../../src/playground/host";
import { fingerprint, nearestMatch, paragraphRef, selectParagraph } from "../../src/office/navigate";
import { readDocument } from "../../src/office/read";

const PARAS: WordHostOptions["paragraphs"] = [
  { text: "某单位领导班子2025年度民主生活会对照检查材料", styleBuiltIn: "Title" },
  { text: "一、存在的问题", styleBuiltIn: "Heading1" },
  { text: "（一）在深化理论武装方面", styleBuiltIn: "Heading2" },
  { text: "学习停留在读原文、记笔记层面，联系分管工作思考不够。" },
  { text: "二、整改措施", styleBuiltIn: "Heading1" },
  { text: "制定年度学习计划，每季度至少集中研讨一次。" },
];

function setup(opts: WordHostOptions = {}) {
  const host = createWordHost({ paragraphs: PARAS, ...opts });
  host.install(globalThis);
  return host;
}

describe("fingerprint", () => {
  test("ignores width and spacing differences but not wording", () => {
    expect(fingerprint("（一） 在 方面")).toBe(fingerprint("(一) 在 方面 "));
    expect(fingerprint("一、存在的问题")).not.toBe(fingerprint("一、存在问题"));
    expect(fingerprint("")).toBe("0:811c9dc5");
  });
  test("nearestMatch prefers the index, then the closest match", () => {
    const texts = ["a", "b", "c", "b"];
    expect(nearestMatch(texts, 3, fingerprint("b"))).toBe(3);
    expect(nearestMatch(texts, 0, fingerprint("b"))).toBe(1);
    expect(nearestMatch(texts, 2, fingerprint("zzz"))).toBe(-1);
  });
});

describe("selectParagraph", () => {
  test("by uniqueLocalId: selects and highlights in two syncs", async () => {
    const host = setup();
    const { model } = await readDocument();
    host.resetSyncCount();
    const out = await selectParagraph(paragraphRef(model, 3));
    expect(out).toMatchObject({ ok: true, stale: false, syncs: 2 });
    expect(host.syncCount()).toBe(2);
    expect(host.doc.selectionIndex()).toBe(3);
    expect(host.doc.body[3].highlight).toBe("Yellow");
    // The next jump removes the previous temporary highlight.
    await selectParagraph(paragraphRef(model, 5));
    expect(host.doc.body[3].highlight).toBeNull();
    expect(host.doc.body[5].highlight).toBe("Yellow");
    expect(host.doc.selectionIndex()).toBe(5);
  });

  test("by id after an insertion above: still the same paragraph", async () => {
    const host = setup();
    const { model } = await readDocument();
    host.doc.userSplit(0, 0);
    const out = await selectParagraph(paragraphRef(model, 3));
    expect(out.ok).toBe(true);
    expect(out.stale).toBe(false);
    expect(host.doc.selectionIndex()).toBe(4);
  });

  test("by id: an edited paragraph is selected but reported stale; a deleted one is not found", async () => {
    const host = setup();
    const { model } = await readDocument();
    host.doc.userSetText(3, "改过的文字。");
    expect(await selectParagraph(paragraphRef(model, 3))).toMatchObject({ ok: true, stale: true });
    host.doc.userMergeWithPrevious(3);
    const gone = await selectParagraph(paragraphRef(model, 3));
    expect(gone).toMatchObject({ ok: false, stale: true, syncs: 1 });
  });

  test("WordApi 1.3: index + fingerprint, nearest match when paragraphs moved, no highlight", async () => {
    const host = setup({ requirementSets: { WordApi: "1.3" } });
    const { model } = await readDocument();
    expect(model.paragraphs[3].id).toBeUndefined();
    host.resetSyncCount();
    expect(await selectParagraph(paragraphRef(model, 3))).toMatchObject({ ok: true, stale: false, syncs: 2, index: 3 });
    expect(host.doc.selectionIndex()).toBe(3);
    expect(host.doc.body[3].highlight).toBeNull();
    host.doc.userSplit(0, 0);
    expect(await selectParagraph(paragraphRef(model, 3))).toMatchObject({ ok: true, stale: true, index: 4 });
    expect(host.doc.selectionIndex()).toBe(4);
    host.doc.userSetText(4, "完全不同的内容");
    expect(await selectParagraph(paragraphRef(model, 3))).toMatchObject({ ok: false, stale: true, syncs: 1 });
  });

  test("works on a read-only document (selection is UI, not an edit)", async () => {
    const host = setup({ readOnly: true });
    const { model } = await readDocument();
    expect((await selectParagraph(paragraphRef(model, 1))).ok).toBe(true);
    expect(host.doc.selectionIndex()).toBe(1);
  });

  test("tracked deletions: the fingerprint of the visible text still matches (WordApi 1.7 getText)", async () => {
    const text = "学习停留在读原文层面已删除的话，联系分管工作思考不够。";
    const a = text.indexOf("已删除的话");
    const host = setup();
    host.doc.setParagraphs([...PARAS!, { text, deleted: [[a, a + 5]] }]);
    const { model } = await readDocument();
    const i = model.paragraphs.length - 1;
    expect(model.paragraphs[i].text).not.toContain("已删除的话");
    expect(await selectParagraph(paragraphRef(model, i))).toMatchObject({ ok: true, stale: false });
    expect(host.doc.selectionIndex()).toBe(i);
  });
});
