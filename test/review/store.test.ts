/**
 * The 审核台's store (src/review/store.ts) driven directly, with files read by readOne as the
 * reader workers do: files arriving in any order (even before their "begin"), the view without
 * findings, details and passages on request, the same comparison as reviewBatch, exports.
 */
import { reviewBatch, type ReviewResult } from "../../src/core/review/batch";
import { DEFAULT_SIMILARITY } from "../../src/core/review/similarity";
import { documentFromText } from "../../src/core/text";
import { readOne } from "../../src/review/reader";
import { CHART_MAX_FILES, fileChart, ReviewStore } from "../../src/review/store";
import type { FromStore, ReaderToStore } from "../../src/review/protocol";
import { COPIED, material, previousMaterial, RECYCLED } from "./materials";

const utf8 = (s: string) => new TextEncoder().encode(s);

const TEXTS = [0, 1, 2, 3].map((i) => material(i, i === 1 || i === 3 ? { extraProblem: COPIED } : i === 0 ? { extraProblem: RECYCLED } : {}));
const NAMES = ["材料1.txt", "材料2.txt", "材料3.txt", "材料4.txt"];

function read(id: number, set: "current" | "previous", name: string, text: string): ReaderToStore {
  return { type: "file", id, set, ...readOne(name, utf8(text)) };
}

function setup() {
  const out: FromStore[] = [];
  let t = 0;
  const store = new ReviewStore((m) => out.push(m), () => (t += 1));
  return { store, out, last: <T extends FromStore["type"]>(type: T) => out.filter((m) => m.type === type).pop() as Extract<FromStore, { type: T }> };
}

describe("review store", () => {
  test("files in any order, one even before its begin: rows in the order given, the same result as reviewBatch", () => {
    const { store, out, last } = setup();
    const files = NAMES.map((n, i) => read(1, "current", n, TEXTS[i]));
    store.fromReader(files[2]);
    expect(out).toEqual([]);
    store.fromPage({ type: "begin", id: 1, set: "current", names: NAMES, readers: 2 });
    store.fromReader(files[3]);
    store.fromReader(files[0]);
    expect(out.some((m) => m.type === "result")).toBe(false);
    store.fromReader(files[1]);
    const { view, stats } = last("result");
    expect(view.files.map((f) => f.file)).toEqual(NAMES);
    expect(stats.files).toBe(4);
    // No findings in the view; the counts are there.
    for (const f of view.files) {
      expect(f.ok).toBe(true);
      expect("findings" in f).toBe(false);
    }
    const batch = reviewBatch(NAMES.map((name, i) => ({ name, doc: documentFromText(TEXTS[i]) })));
    expect(view.files.map((f) => (f.ok ? f.counts : null))).toEqual(batch.files.map((f) => (f.ok ? f.counts : null)));
    expect(view.pairs.map((p) => [p.a, p.b, p.flagged, p.passageCount])).toEqual(batch.pairs.map((p) => [p.a, p.b, p.flagged, p.passages.length]));
    expect(view.charts.byFile).toContain("<svg");
    // The last progress message is for the last file.
    expect(last("progress")).toMatchObject({ done: 4, total: 4 });
  });

  test("detail, passages and exports on request; a replaced file keeps its place", () => {
    const { store, last } = setup();
    store.fromPage({ type: "begin", id: 1, set: "current", names: NAMES, readers: 2 });
    NAMES.forEach((n, i) => store.fromReader(read(1, "current", n, TEXTS[i])));
    store.fromPage({ type: "detail", id: 2, file: "材料2.txt" });
    const d = last("detail").detail!;
    expect(d.file.findings.length).toBe(d.file.counts.error + d.file.counts.warning + d.file.counts.info);
    expect(d.paragraphs.join("\n")).toContain(COPIED.slice(0, 40));
    store.fromPage({ type: "passages", id: 3, a: "材料2.txt", b: "材料4.txt" });
    expect(last("passages").passages[0].aText).toContain(COPIED.slice(0, 40));
    store.fromPage({ type: "export", id: 4, kind: "csv" });
    expect(last("export").text!.trim().split("\r\n")).toHaveLength(5);
    store.fromPage({ type: "export", id: 5, kind: "xlsx" });
    expect(last("export").sheets!.map((s) => s.sheet)).toEqual(["汇总", "雷同", "年年提"]);

    // 材料1 again (now unreadable) and last year's material: 材料1 stays first; a stale file of
    // request 1 arriving late is ignored.
    store.fromPage({ type: "begin", id: 6, set: "current", names: ["材料1.txt"], readers: 2 });
    store.fromReader(read(1, "current", "材料3.txt", "旧的"));
    store.fromReader(read(6, "current", "材料1.txt", ""));
    const v = last("result").view;
    expect(v.files.map((f) => f.file)).toEqual(NAMES);
    expect(v.files[0]).toMatchObject({ ok: false, reason: expect.stringMatching(/空/) });
    store.fromPage({ type: "detail", id: 7, file: "材料1.txt" });
    expect(last("detail").detail).toBeNull();

    store.fromPage({ type: "begin", id: 8, set: "previous", names: ["往年.txt"], readers: 2 });
    store.fromReader(read(8, "previous", "往年.txt", previousMaterial()));
    expect(last("result").view.previous.map((f) => f.file)).toEqual(["往年.txt"]);

    store.fromPage({ type: "clear", id: 9 });
    expect(last("result").view.files).toEqual([]);
  });

  test("the page's per-file chart: every file up to CHART_MAX_FILES, else those with the most problems", () => {
    const result = (n: number) =>
      ({
        files: Array.from({ length: n }, (_, i) => ({ file: `f${i}`, ok: true, counts: { error: i % 7, warning: i, info: 0 } })),
        previous: [],
        pairs: [],
        recycled: [],
        common: {},
        options: DEFAULT_SIMILARITY,
      }) as unknown as ReviewResult;
    const bars = (svg: string) => [...svg.matchAll(/data-bar="([^"]+)"/g)].map((m) => m[1]);
    expect(bars(fileChart(result(CHART_MAX_FILES)))).toHaveLength(CHART_MAX_FILES);
    const big = bars(fileChart(result(CHART_MAX_FILES + 10)));
    expect(big).toHaveLength(CHART_MAX_FILES);
    // f55: 6 errors, the most; f0: no problem at all.
    expect(big[0]).toBe("f55");
    expect(big).not.toContain("f0");
  });
});
