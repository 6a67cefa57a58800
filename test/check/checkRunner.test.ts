/**
 * The off-thread check (checkRunner.ts) with an in-process fake worker: batches, the same report as
 * checkDocument, the preset chosen on the calling thread, and the fallback when no worker runs.
 */
import { checkDocument } from "../../src/core/checker";
import type { DocumentModel } from "../../src/core/types";
import { createCheckRunner, type WorkerLike, type WorkerRequest, type WorkerResponse } from "../../src/taskpane/check/checkRunner";
import { MODEL } from "./fixtures";

/** Runs the real worker module against a fake `self`, asynchronously like a worker. */
function fakeWorker(opts: { failToLoad?: boolean } = {}) {
  const received: WorkerRequest[] = [];
  const scope: { onmessage: ((e: { data: WorkerRequest }) => void) | null; postMessage(m: WorkerResponse): void } = {
    onmessage: null,
    postMessage: (m) => setTimeout(() => w.onmessage?.({ data: structuredClone(m) })),
  };
  const w: WorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: jest.fn(),
    postMessage(m) {
      received.push(m);
      if (opts.failToLoad) {
        setTimeout(() => w.onerror?.(new Error("load")));
        return;
      }
      const data = structuredClone(m);
      setTimeout(() => scope.onmessage?.({ data }));
    },
  };
  if (!opts.failToLoad) {
    const g = globalThis as unknown as { self?: unknown };
    const saved = g.self;
    g.self = scope;
    jest.isolateModules(() => {
      require("../../src/taskpane/check/check.worker");
    });
    g.self = saved;
  }
  return { w, received };
}

function bigModel(n: number): DocumentModel {
  const paragraphs = [];
  for (let i = 0; i < n; i++) {
    const base = MODEL.paragraphs[i % MODEL.paragraphs.length];
    paragraphs.push({ ...base, index: i, id: `uid-${i}` });
  }
  return { paragraphs };
}

const withoutMs = <T extends { stats: { ms: number } }>(r: T) => ({ ...r, stats: { ...r.stats, ms: 0 } });


describe("checkRunner", () => {
  test("posts the model in batches and returns what checkDocument returns", async () => {
    const { w, received } = fakeWorker();
    const runner = createCheckRunner(async () => w, 10);
    const model = bigModel(25);
    const r = await runner.check(model);
    expect(runner.inWorker).toBe(true);
    expect(received.map((m) => m.type)).toEqual(["begin", "paragraphs", "paragraphs", "paragraphs", "run"]);
    expect(withoutMs(r)).toEqual(withoutMs(checkDocument(model)));
  });

  test("the result comes back in parts (findings, analysis items) and is reassembled in order", async () => {
    const { w } = fakeWorker();
    /** What each answer carried when it arrived (the runner fills the final result in afterwards). */
    const answers: { type: string; field?: string; n?: number; parts?: boolean; findings?: number; items?: number }[] = [];
    let handler: WorkerLike["onmessage"] = null;
    Object.defineProperty(w, "onmessage", {
      get: () => (e: { data: WorkerResponse }) => {
        const d = e.data;
        if (d.type === "part") answers.push({ type: d.type, field: d.field, n: d.items.length });
        else if (d.type === "result") answers.push({ type: d.type, parts: d.parts, findings: d.result.findings.length, items: d.result.analysis.items.length });
        handler?.(e);
      },
      set: (f) => (handler = f),
    });
    const runner = createCheckRunner(async () => w, 4);
    const model = bigModel(40);
    const expected = checkDocument(model);
    expect(expected.findings.length).toBeGreaterThan(4);
    const r = await runner.check(model);
    expect(withoutMs(r)).toEqual(withoutMs(expected));
    const findingParts = answers.filter((a) => a.field === "findings");
    const itemParts = answers.filter((a) => a.field === "items");
    expect(findingParts).toHaveLength(Math.ceil(expected.findings.length / 4));
    expect(findingParts.every((a) => a.n! <= 4)).toBe(true);
    expect(itemParts).toHaveLength(Math.ceil(expected.analysis.items.length / 4));
    expect(answers.at(-1)).toEqual({ type: "result", parts: true, findings: 0, items: 0 });
  });

  test("an explicit preset is used; an unknown one is refused on the calling thread", async () => {
    const { w } = fakeWorker();
    const runner = createCheckRunner(async () => w);
    const r = await runner.check(MODEL, "dlsh-2021/banzi");
    expect(r.preset).toEqual(checkDocument(MODEL, { presetId: "dlsh-2021/banzi" }).preset);
    expect(r.preset).toMatchObject({ id: "dlsh-2021/banzi", detected: false, basis: { type: "指定", year: "指定" } });
    await expect(runner.check(MODEL, "no/such")).rejects.toThrow("未知的预设");
  });

  test("without a worker, or when its script fails to load, the check runs on this thread", async () => {
    const none = createCheckRunner(async () => null);
    expect(withoutMs(await none.check(MODEL))).toEqual(withoutMs(checkDocument(MODEL)));
    expect(none.inWorker).toBe(false);

    const { w } = fakeWorker({ failToLoad: true });
    const runner = createCheckRunner(async () => w);
    expect(withoutMs(await runner.check(MODEL))).toEqual(withoutMs(checkDocument(MODEL)));
    expect(runner.inWorker).toBe(false);
    expect(w.terminate).toHaveBeenCalled();
    // Not retried: the next check goes straight to this thread.
    await runner.check(MODEL);
    expect(runner.inWorker).toBe(false);
  });
});
