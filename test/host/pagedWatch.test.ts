/**
 * The stale-results watch on long documents (issue 14): Word compares page by page against the
 * read's per-page signatures and stops at the first page that differs (syncs counted on the
 * simulated host); WPS compares the paragraph count, the end position, then block by block,
 * pausing between blocks (calls counted).
 * States and counts only, no durations.
 */
import { formatParted, parseParted, textSignature, textsSignature } from "../../src/host/changeWatch";
import { readDocument } from "../../src/office/read";
import { onDocumentChange as wordOnDocumentChange, pagedSignature } from "../../src/office/changes";
import { bodyChanged, onDocumentChange as wpsOnDocumentChange, readBlockSignature, textsBlockSignature } from "../../src/wps/changes";
import { readDocument as wpsReadDocument } from "../../src/wps/read";
import { createWordHost, type SimParagraphInit } from "../../src/playground/host";
import { installWps, uninstallWps } from "../wps/helpers";
import { stops, until } from "./waits";


function paragraphs(n: number): SimParagraphInit[] {
  return Array.from({ length: n }, (_, i) => ({ text: `第${i}段：工作推进中存在调研不深、跟踪不紧的情况。` }));
}

describe("parted signatures", () => {
  test("format and parse round-trip; anything else is not parted", () => {
    const sig = formatParted({ unit: 1000, parts: ["3:12:abc", "0:0:811c9dc5"] });
    expect(sig).toBe("1000|3:12:abc;0:0:811c9dc5");
    expect(parseParted(sig)).toEqual({ unit: 1000, parts: ["3:12:abc", "0:0:811c9dc5"] });
    expect(parseParted("2:14:98e9f4aa")).toBeNull();
    expect(parseParted("0|x")).toBeNull();
    expect(parseParted(undefined)).toBeNull();
  });

  test("textSignature of a range equals that of the substring; a changed space changes it", () => {
    expect(textSignature("甲乙 丙丁", 1, 4)).toBe(textSignature("乙 丙"));
    expect(textSignature("乙 丙")).not.toBe(textSignature("乙　丙"));
  });
});

describe("Word: paged comparison (simulated host, syncs counted)", () => {
  const g = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete g.Office;
    delete g.Word;
    delete g.OfficeExtension;
  });

  test("the read keeps one signature per page", async () => {
    const doc = paragraphs(2500);
    const host = createWordHost({ paragraphs: doc });
    host.install(globalThis);
    const r = await readDocument({ pageSize: 1000 });
    const pages = [doc.slice(0, 1000), doc.slice(1000, 2000), doc.slice(2000)].map((ps) => ps.map((p) => p.text));
    expect(r.signature).toBe(pagedSignature(1000, pages));
    expect(parseParted(r.signature)!.parts).toEqual(pages.map((t) => textsSignature(t)));
  });

  test("an edit on the first page costs one sync, on the last page one per page; a hint without a change reads every page", async () => {
    const host = createWordHost({ paragraphs: paragraphs(2500), requirementSets: { WordApi: "1.3" } });
    host.install(globalThis);

    // WordApi 1.3: a selection change is the hint; nothing changed → every page read, no callback.
    let read = await readDocument({ pageSize: 1000 });
    let onChange = jest.fn();
    stops.push(wordOnDocumentChange(onChange, read.signature, 0));
    let before = host.syncCount();
    host.doc.setSelection(5, 1);
    await until(() => host.syncCount() >= before + 3);
    // A second hint proves the first comparison is over (comparisons do not overlap).
    host.doc.setSelection(6, 1);
    await until(() => host.syncCount() >= before + 6);
    expect(onChange).not.toHaveBeenCalled();

    // An edit on page 1: the first page differs, the comparison stops there.
    before = host.syncCount();
    host.doc.userSetText(10, "第10段：改过的文字。");
    host.doc.setSelection(10, 2);
    await until(() => onChange.mock.calls.length > 0);
    expect(host.syncCount() - before).toBe(1);

    // An edit on page 3 (paragraph 2400): three pages.
    read = await readDocument({ pageSize: 1000 });
    onChange = jest.fn();
    stops.push(wordOnDocumentChange(onChange, read.signature, 0));
    before = host.syncCount();
    host.doc.userSetText(2400, "第2400段：改过的文字。");
    host.doc.setSelection(2400, 2);
    await until(() => onChange.mock.calls.length > 0);
    expect(host.syncCount() - before).toBe(3);
  });

  test("WordApi 1.6 events: an edit near the top of a long body costs one sync; trailing pages removed are a change", async () => {
    const host = createWordHost({ paragraphs: paragraphs(2500) });
    host.install(globalThis);
    let read = await readDocument({ pageSize: 1000 });
    let onChange = jest.fn();
    stops.push(wordOnDocumentChange(onChange, read.signature, 0));
    let before = host.syncCount();
    host.doc.userSplit(3, 2);
    await until(() => onChange.mock.calls.length > 0);
    expect(host.syncCount() - before).toBe(1);

    // The last 500 paragraphs deleted: pages 1 and 2 equal, page 3 comes back empty.
    read = await readDocument({ pageSize: 1000 });
    onChange = jest.fn();
    stops.push(wordOnDocumentChange(onChange, read.signature, 0));
    before = host.syncCount();
    host.doc.setParagraphs(host.doc.body.slice(0, 2000).map((p) => ({ text: p.text })));
    await until(() => onChange.mock.calls.length > 0);
    expect(host.syncCount() - before).toBe(3);
  });

  test("an exact multiple of the page: the read's empty last page is compared too (no false change)", async () => {
    const host = createWordHost({ paragraphs: paragraphs(2000), requirementSets: { WordApi: "1.3" } });
    host.install(globalThis);
    const read = await readDocument({ pageSize: 1000 });
    expect(parseParted(read.signature)!.parts).toHaveLength(3);
    const onChange = jest.fn();
    stops.push(wordOnDocumentChange(onChange, read.signature, 0));
    const before = host.syncCount();
    host.doc.setSelection(1, 1);
    await until(() => host.syncCount() >= before + 3);
    host.doc.setSelection(2, 1);
    await until(() => host.syncCount() >= before + 6);
    expect(onChange).not.toHaveBeenCalled();
    host.doc.userSetText(1999, "最后一段改了。");
    host.doc.setSelection(1999, 1);
    await until(() => onChange.mock.calls.length > 0);
  });
});

describe("WPS: the read's block signature, compared block by block", () => {
  afterEach(uninstallWps);

  test("the read's signature (from its own texts, no call) equals the one read from WPS in blocks", async () => {
    const host = installWps(paragraphs(2500));
    const read = await wpsReadDocument();
    host.resetCallCount();
    expect(read.signature).toBe(await readBlockSignature());
    const texts = host.doc.body.map((p) => p.text);
    expect(await textsBlockSignature(texts, undefined, 1000)).toBe(await readBlockSignature(undefined, 1000));
    expect(parseParted(await readBlockSignature(undefined, 1000))!.parts).toHaveLength(1 + 3);
  });

  test("with a table the read gives no signature; the watch reads its baseline when it starts", async () => {
    installWps([{ text: "前言" }, { text: "甲", table: { tableId: 1, row: 0, col: 0 } }, { text: "后" }]);
    const read = await wpsReadDocument();
    expect(read.mode).toBe("two-pass");
    expect(read.signature).toBeUndefined();
  });

  test("calls: count (3) and end (2) first, then 5 a block up to the first block that differs", async () => {
    const host = installWps(paragraphs(2500));
    const baseline = await textsBlockSignature(host.doc.body.map((p) => p.text), undefined, 1000);
    const end: { value?: number } = {};
    const calls = async (edit: () => void) => {
      edit();
      host.resetCallCount();
      const changed = await bodyChanged(baseline, end);
      return { changed, calls: host.callCount() };
    };
    // Unchanged: every block, and the end position is remembered.
    expect(await calls(() => undefined)).toEqual({ changed: false, calls: 5 + 3 * 5 });
    expect(end.value).toBe(host.Application.ActiveDocument!.Content.End);
    const original = host.doc.body.map((p) => ({ text: p.text }));
    const restore = () => host.doc.setParagraphs(original);
    // A paragraph more: the count tells.
    expect(await calls(() => host.doc.userSplit(5, 2))).toEqual({ changed: true, calls: 3 });
    restore();
    // Typing (a longer paragraph): the end position tells.
    expect(await calls(() => host.doc.userSetText(2400, host.doc.body[2400].text + "补"))).toEqual({ changed: true, calls: 5 });
    restore();
    // The same length: the block that holds it.
    expect(await calls(() => host.doc.userSetText(10, host.doc.body[10].text.replace("调研", "研究")))).toEqual({ changed: true, calls: 5 + 5 });
    restore();
    expect(await calls(() => host.doc.userSetText(2400, host.doc.body[2400].text.replace("调研", "研究")))).toEqual({ changed: true, calls: 5 + 3 * 5 });
    restore();
    expect(await calls(() => undefined)).toEqual({ changed: false, calls: 5 + 3 * 5 });
  });

  test("the watch starts without a call (the read's baseline); an edit is noticed", async () => {
    const host = installWps(paragraphs(50));
    const read = await wpsReadDocument();
    host.resetCallCount();
    const onChange = jest.fn();
    stops.push(wpsOnDocumentChange(onChange, read.signature, 0));
    expect(host.callCount()).toBe(0);
    host.doc.userSetText(7, "第7段：改过。");
    await until(() => onChange.mock.calls.length > 0);
  });

  test("an edit made after the read's text snapshot still counts (the baseline is the read's, not a later one)", async () => {
    const host = installWps(paragraphs(50));
    const read = await wpsReadDocument();
    host.doc.userSetText(3, "第3段：检查之后、开始监视之前改的。");
    const onChange = jest.fn();
    stops.push(wpsOnDocumentChange(onChange, read.signature, 0));
    await until(() => onChange.mock.calls.length > 0);
  });

  test("blocks are compared with pauses between them (the event loop runs in between)", async () => {
    const host = installWps(paragraphs(2500));
    const texts = host.doc.body.map((p) => p.text);
    let ticked = false;
    setTimeout(() => (ticked = true), 0);
    const baseline = await textsBlockSignature(texts, { every: 1, budgetMs: Infinity }, 1000);
    expect(ticked).toBe(true);
    ticked = false;
    setTimeout(() => (ticked = true), 0);
    expect(await bodyChanged(baseline, {}, { every: 1, budgetMs: Infinity })).toBe(false);
    expect(ticked).toBe(true);
    // One block: nothing else runs in between.
    ticked = false;
    setTimeout(() => (ticked = true), 0);
    await textsBlockSignature(texts.slice(0, 900), { every: 1, budgetMs: Infinity }, 1000);
    expect(ticked).toBe(false);
  });
});
