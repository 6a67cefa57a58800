/**
 * Reading a long WPS document in slices (issue 14): WPS's object model is synchronous, so a long
 * read pauses to the event loop between slices. The model and the object-model calls must be those
 * of the read in one go (plus the one Paragraphs.Count re-read of a long read); a document changed
 * between slices is read again. Slices are set by step count here (`every`, infinite time budget),
 * so nothing depends on the machine's speed.
 */
import { readCore, readDocument, SLICE_MIN_PARAGRAPHS, STYLE_MAX, WARN_CHANGED_DURING_READ } from "../../src/wps/read";
import { session } from "../../src/wps/app";
import type { SimParagraphInit } from "../../src/playground/host";
import { installWps, uninstallWps } from "./helpers";

afterEach(uninstallWps);

const N = 5000;
const STEPS = { every: 500, budgetMs: Infinity };

/** Headings, numbered paragraphs, long and short body text and empty paragraphs; a table when asked. */
function longDocument(n: number, withTable = false): SimParagraphInit[] {
  const out: SimParagraphInit[] = [{ text: "青禾县农业农村局领导班子对照检查材料", styleBuiltIn: "Title" }];
  for (let i = 1; i < n; i++) {
    if (withTable && i >= 3000 && i < 3003) out.push({ text: `表内第${i}格`, table: { tableId: 1, row: 0, col: i - 3000 } });
    else if (i % 500 === 1) out.push({ text: `第${i}部分`, styleBuiltIn: "Heading1" });
    else if (i % 50 === 7) out.push({ text: `措施${i}`, list: { listId: `l${Math.floor(i / 500)}`, format: "paren-cn" } });
    else if (i % 37 === 0) out.push({ text: "" });
    else if (i % 3 === 0) out.push({ text: "正文。".repeat(30) });
    else out.push({ text: `第${i}段：工作推进中存在调研不深、跟踪不紧的情况。` });
  }
  return out;
}

/** Object-model calls of one read in one go (readCore) on the current document. */
function callsInOneGo(host: ReturnType<typeof installWps>) {
  host.resetCallCount();
  const s = session();
  const core = readCore(s.doc);
  return { core, calls: host.callCount() };
}

describe("a long read in slices", () => {
  test("the same model and the same calls as the read in one go (+1: Paragraphs.Count re-read); progress at each pause", async () => {
    const doc = longDocument(N);
    const host = installWps(doc);
    const { core, calls } = callsInOneGo(host);
    expect(core.mode).toBe("single");

    host.resetCallCount();
    const progress: [number, number | undefined][] = [];
    const r = await readDocument({ slice: STEPS, onProgress: (n, total) => progress.push([n, total]) });
    expect(r.model.paragraphs).toEqual(core.paragraphs);
    expect(r.warnings).toEqual(core.warnings);
    expect(r.syncs).toBe(host.callCount());
    expect(r.syncs).toBe(calls + 1);
    // Today's formula (test/wps/calls.test.ts): 5 + 2 per non-empty + 1 per short + 5 per list paragraph + 4.
    const nonEmpty = doc.filter((p) => p.text.trim()).length;
    const short = doc.filter((p) => p.text.trim() && p.text.length <= STYLE_MAX).length;
    const lists = doc.filter((p) => p.list).length;
    expect(calls).toBe(5 + 2 * nonEmpty + short + 5 * lists + 4);

    // One report per pause (every 500 steps: a non-empty or a list paragraph each) and one at the end; monotonic; the total is known.
    expect(progress.length).toBeGreaterThanOrEqual(N / 500);
    expect(progress.every(([, total]) => total === N)).toBe(true);
    for (let i = 1; i < progress.length; i++) expect(progress[i][0]).toBeGreaterThanOrEqual(progress[i - 1][0]);
    expect(progress.at(-1)).toEqual([N, N]);
    expect(progress[0][0]).toBeGreaterThan(0);
    expect(progress[0][0]).toBeLessThan(N);
  });

  test("by default (time budget) the calls do not depend on where the pauses fell", async () => {
    const host = installWps(longDocument(N));
    const { calls } = callsInOneGo(host);
    host.resetCallCount();
    const r = await readDocument();
    expect(r.syncs).toBe(calls + 1);
    host.resetCallCount();
    const everyStep = await readDocument({ slice: { every: 7, budgetMs: Infinity } });
    expect(everyStep.syncs).toBe(calls + 1);
    expect(everyStep.model).toEqual(r.model);
    expect(everyStep.signature).toBe(r.signature);
  });

  test("tables (texts read per paragraph): the same model as the read in one go", async () => {
    const host = installWps(longDocument(3500, true));
    const { core, calls } = callsInOneGo(host);
    expect(core.mode).toBe("two-pass");
    host.resetCallCount();
    const progress: number[] = [];
    const r = await readDocument({ slice: STEPS, onProgress: (n) => progress.push(n) });
    expect(r.mode).toBe("two-pass");
    expect(r.model.paragraphs).toEqual(core.paragraphs);
    expect(r.model.paragraphs[3001].inTable).toBe(true);
    expect(r.syncs).toBe(calls + 1);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1]);
    expect(progress.at(-1)).toBe(3500);
  });

  test("between slices the read yields to the event loop; a short document is read in one go, as before", async () => {
    installWps(longDocument(N));
    let ticked = false;
    const seen: boolean[] = [];
    setTimeout(() => (ticked = true), 0);
    await readDocument({ slice: STEPS, onProgress: () => seen.push(ticked) });
    expect(seen[0]).toBe(false);
    expect(seen.at(-1)).toBe(true);
    uninstallWps();

    const host = installWps(longDocument(SLICE_MIN_PARAGRAPHS));
    const { calls } = callsInOneGo(host);
    ticked = false;
    seen.length = 0;
    setTimeout(() => (ticked = true), 0);
    host.resetCallCount();
    const r = await readDocument({ slice: { every: 1, budgetMs: Infinity }, onProgress: () => seen.push(ticked) });
    expect(seen).toEqual([false]);
    expect(r.syncs).toBe(calls);
  });
});

describe("the document changes between slices", () => {
  test("a paragraph added during the read: read again, the second read is the document's new state", async () => {
    const host = installWps(longDocument(N));
    let edits = 0;
    const r = await readDocument({
      slice: STEPS,
      onProgress: (n) => {
        if (edits === 0 && n > 1000) {
          edits++;
          host.doc.userSplit(10, 2);
        }
      },
    });
    expect(edits).toBe(1);
    expect(r.warnings).not.toContain(WARN_CHANGED_DURING_READ);
    expect(r.model.paragraphs).toHaveLength(N + 1);
    expect(r.model.paragraphs).toEqual(readCore(session().doc).paragraphs);
  });

  test("changed during both reads: the second read comes back with 读取期间文档被修改", async () => {
    const host = installWps(longDocument(N));
    let last = 0;
    const r = await readDocument({
      slice: STEPS,
      onProgress: (n) => {
        // Once per read: the first pause after the style pass passed 1,000 paragraphs.
        if (n > 1000 && last <= 1000) host.doc.userSplit(20, 1);
        last = n;
      },
    });
    expect(r.warnings).toContain(WARN_CHANGED_DURING_READ);
    expect(WARN_CHANGED_DURING_READ).toBe("读取期间文档被修改，请重新检查。");
  });

  test("paragraphs removed during the read (an index no longer exists): read again", async () => {
    const host = installWps(longDocument(N));
    let cut = false;
    const r = await readDocument({
      slice: STEPS,
      onProgress: (n) => {
        if (!cut && n > 1000) {
          cut = true;
          host.doc.setParagraphs(host.doc.body.slice(0, 3000).map((p) => ({ text: p.text })));
        }
      },
    });
    expect(cut).toBe(true);
    expect(r.model.paragraphs).toHaveLength(3000);
    expect(r.warnings).not.toContain(WARN_CHANGED_DURING_READ);
  });
});
