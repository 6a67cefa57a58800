/**
 * Paged read of long documents (issue 14 §2): `paragraphs.load({ select, top, skip })` per page of
 * READ_PAGE paragraphs, one sync per page, the same model as one unpaged read.
 */
import { createWordHost, type SimParagraphInit } from "../../src/playground/host";
import { READ_PAGE, readDocument } from "../../src/office/read";

const g = globalThis as unknown as Record<string, unknown>;

function install(paragraphs: SimParagraphInit[], requirementSets?: Record<string, string>) {
  const host = createWordHost({ paragraphs, requirementSets });
  host.install(globalThis);
  return host;
}

afterEach(() => {
  delete g.Office;
  delete g.Word;
  delete g.OfficeExtension;
});

/** Headings, numbered lists, tables and plain text spread over every page. */
function longDocument(n: number): SimParagraphInit[] {
  const out: SimParagraphInit[] = [{ text: "青禾县农业农村局领导班子对照检查材料", styleBuiltIn: "Title" }];
  for (let i = 1; i < n; i++) {
    if (i % 1000 === 1) out.push({ text: `第${i}部分`, styleBuiltIn: "Heading1", listString: `${i}、` });
    else if (i % 97 === 0) out.push({ text: `表内第${i}格`, table: { tableId: Math.floor(i / 97) } });
    else if (i % 89 === 0) out.push({ text: `自定义标题${i}`, style: "二级标题", styleBuiltIn: "Other", outlineLevel: 2 });
    else out.push({ text: `第${i}段：工作推进中存在调研不深、跟踪不紧的情况。` });
  }
  return out;
}

const UNPAGED = 1_000_000;

describe("paged read", () => {
  test("READ_PAGE keeps a 10,000-paragraph document in one sync", async () => {
    expect(READ_PAGE).toBeGreaterThanOrEqual(10000);
    const host = install(longDocument(10000 - 1));
    const r = await readDocument();
    expect(r.syncs).toBe(1);
    expect(host.syncCount()).toBe(1);
    expect(r.model.paragraphs).toHaveLength(9999);
  });

  test("25,000 paragraphs: equals the unpaged read; one sync per page; global indexes", async () => {
    const doc = longDocument(25000);
    const host = install(doc);
    const unpaged = await readDocument({ pageSize: UNPAGED });
    expect(unpaged.syncs).toBe(1);
    host.resetSyncCount();
    const progress: number[] = [];
    const paged = await readDocument({ pageSize: 10000, onProgress: (n) => progress.push(n) });
    expect(paged.syncs).toBe(3);
    expect(host.syncCount()).toBe(3);
    expect(progress).toEqual([10000, 20000, 25000]);
    expect(paged.model).toEqual(unpaged.model);
    expect(paged.mode).toBe("single");
    const ps = paged.model.paragraphs;
    expect(ps.map((p) => p.index)).toEqual(doc.map((_, i) => i));
    expect(ps.map((p) => p.text)).toEqual(doc.map((p) => p.text));
    expect(ps[20001].listString).toBe("20001、");
    expect(ps[24920].headingLevel).toBe(2);
    expect(ps[24920].styleName).toBe("二级标题");
    expect(ps[24920 - 1].inTable).toBe(false);
    expect(ps[97 * 250].inTable).toBe(true);
    expect(new Set(ps.map((p) => p.id)).size).toBe(25000);
  });

  test("an exact multiple of the page: one more (empty) page, still the whole document", async () => {
    const host = install(longDocument(300));
    const r = await readDocument({ pageSize: 100 });
    expect(host.syncCount()).toBe(4);
    expect(r.model.paragraphs.map((p) => p.index)).toEqual([...Array(300).keys()]);
  });

  test("WordApi 1.3 (no ids): paged read equals the unpaged one", async () => {
    install(longDocument(2500), { WordApi: "1.3" });
    const unpaged = await readDocument({ pageSize: UNPAGED });
    const paged = await readDocument({ pageSize: 1000 });
    expect(paged.syncs).toBe(3);
    expect(paged.model).toEqual(unpaged.model);
    expect(paged.model.paragraphs.some((p) => "id" in p)).toBe(false);
  });

  test("tracked deletions on later pages: getText rides with the next page; the last page costs one more sync", async () => {
    const doc = longDocument(2500);
    doc[1500] = { text: "一是学习不够深入系统。", deleted: [[6, 8]] };
    const host = install(doc);
    let r = await readDocument({ pageSize: 1000 });
    expect(r.model.paragraphs[1500].text).toBe("一是学习不够系统。");
    expect(r.trackedDeletions).toBe("excluded");
    expect(r.syncs).toBe(3); // the page-2 suspect's getText went with page 3's load
    expect(r.model).toEqual((await readDocument({ pageSize: UNPAGED })).model);

    doc[1500] = { text: doc[1501].text };
    doc[2400] = { text: "二是调研走访不够深入。", deleted: [[8, 10]] };
    host.doc.setParagraphs(doc);
    host.resetSyncCount();
    r = await readDocument({ pageSize: 1000 });
    expect(r.model.paragraphs[2400].text).toBe("二是调研走访不够。");
    expect(host.syncCount()).toBe(4);
    expect(r.model).toEqual((await readDocument({ pageSize: UNPAGED })).model);
  });

  test("the two-pass fallback on a later page keeps list strings and indexes right", async () => {
    const doc = longDocument(2500);
    doc[1200] = { text: "已删除的段落", listLoadFails: true };
    doc[1300] = { text: "列表段落", listString: "（三）" };
    const host = install(doc);
    const r = await readDocument({ pageSize: 1000 });
    expect(r.mode).toBe("two-pass");
    // page 1 (1), page 2 failed + retried + list strings (3), page 3 + list strings (2)
    expect(host.syncCount()).toBe(6);
    const ps = r.model.paragraphs;
    expect(ps[1300].listString).toBe("（三）");
    expect(ps[1200].listString).toBe("");
    expect(ps[2001].listString).toBe("2001、");
    expect(ps.map((p) => p.index)).toEqual([...Array(2500).keys()]);
    expect(ps.map((p) => p.text)).toEqual(doc.map((p) => p.text));
  });

  test("between pages the read yields to the event loop; a one-page read does not", async () => {
    install(longDocument(2500));
    let ticked = false;
    const seen: boolean[] = [];
    setTimeout(() => (ticked = true), 0);
    await readDocument({ pageSize: 5000, onProgress: () => seen.push(ticked) });
    expect(seen).toEqual([false]);
    ticked = false;
    seen.length = 0;
    setTimeout(() => (ticked = true), 0);
    await readDocument({ pageSize: 1000, onProgress: () => seen.push(ticked) });
    expect(seen).toEqual([false, true, true]);
  });
});

describe("simulated host: paged collection loads", () => {
  test("{select, top, skip}, {$top, $skip, …} and strings load the same page; the page costs only its own paragraphs", async () => {
    const doc = longDocument(25000);
    const host = install(doc);
    const apiText = jest.spyOn(host.doc, "apiText");
    const texts = await host.Word.run(async (ctx) => {
      const a = ctx.document.body.paragraphs;
      a.load({ select: "text,styleBuiltIn", top: 100, skip: 20000 });
      await ctx.sync();
      const first = a.items.map((p) => p.text);
      const b = ctx.document.body.paragraphs;
      b.load({ $top: 100, $skip: 20000, text: true, listItemOrNullObject: { listString: true } } as never);
      await ctx.sync();
      return { first, second: b.items.map((p) => p.text), lists: b.items.map((p) => p.listItemOrNullObject.isNullObject) };
    });
    expect(texts.first).toEqual(doc.slice(20000, 20100).map((p) => p.text));
    expect(texts.second).toEqual(texts.first);
    expect(texts.lists[1]).toBe(false); // 20001 carries a list string
    expect(texts.lists[2]).toBe(true);
    // Two pages of 100 paragraphs read: 200 texts, not 25,000.
    expect(apiText).toHaveBeenCalledTimes(200);
  });

  test("a load is applied at sync (not before), and sees writes queued before it", async () => {
    const host = install(longDocument(50));
    const original = host.doc.body[10].text;
    await host.Word.run(async (ctx) => {
      const ps = ctx.document.body.paragraphs;
      ps.load({ select: "text", top: 2, skip: 10 });
      expect(() => ps.items).toThrow(/not available/);
      await ctx.sync();
      ps.items[0].insertText("改", "Start");
      const again = ctx.document.body.paragraphs;
      again.load({ select: "text", top: 1, skip: 10 } as never);
      await ctx.sync();
      expect(again.items.map((p) => p.text)).toEqual([`改${original}`]);
      expect(host.doc.body[10].text).toBe(`改${original}`);
    });
  });

  test("malformed load options throw InvalidArgument at once", async () => {
    const host = install(longDocument(5));
    await host.Word.run(async (ctx) => {
      const ps = ctx.document.body.paragraphs;
      expect(() => ps.load({ select: "text", top: "10" } as never)).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
      expect(() => ps.load({ select: "text", skip: -1 } as never)).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
      expect(() => ps.load({ text: true, font: { $top: 1 } } as never)).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
      expect(() => ps.load({ text: "yes" } as never)).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
      ps.load({ $all: true, $skip: 3 } as never);
      await ctx.sync();
      expect(ps.items.map((p) => p.text)).toEqual(host.doc.body.slice(3).map((p) => p.text));
      expect(typeof ps.items[0].alignment).toBe("string");
    });
  });
});
