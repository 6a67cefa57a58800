/**
 * Fingerprints of a check's findings (fingerprints.ts): taken from what the check worker sent when
 * it ran there, computed on this thread otherwise — always what core findingFingerprint gives.
 */
import { checkDocument } from "../../src/core/checker";
import { applyWordList, findingFingerprint } from "../../src/core/findingPrefs";
import type { Finding } from "../../src/core/types";
import { createCheckRunner, type WorkerLike, type WorkerRequest, type WorkerResponse } from "../../src/taskpane/check/checkRunner";
import { fingerprintsOf, rememberFingerprints } from "../../src/taskpane/check/fingerprints";
import { FINDINGS, MODEL } from "./fixtures";

const f = (over: Partial<Finding>): Finding => ({ ruleId: "wording", severity: "warning", message: "用词", paragraph: 1, ...over });

describe("fingerprintsOf", () => {
  test("without remembered fingerprints: computed against the document", () => {
    const all = [...FINDINGS];
    expect(fingerprintsOf(all, all, MODEL)).toEqual(all.map((x) => findingFingerprint(x, MODEL)));
  });

  test("remembered ones are used, also for an ordered selection of the same finding objects", () => {
    const all = [f({ quote: "甲" }), f({ quote: "乙" }), f({ quote: "丙" }), f({ quote: "丁" })];
    rememberFingerprints(all, ["A", "B", "C", "D"]);
    expect(fingerprintsOf(all, all, MODEL)).toEqual(["A", "B", "C", "D"]);
    expect(fingerprintsOf([all[1], all[3]], all, MODEL)).toEqual(["B", "D"]);
    expect(fingerprintsOf([], all, MODEL)).toEqual([]);
    // Not a selection of `all` (other objects, or out of order): computed.
    const other = [f({ quote: "乙" })];
    expect(fingerprintsOf(other, all, MODEL)).toEqual([findingFingerprint(other[0], MODEL)]);
    expect(fingerprintsOf([all[3], all[1]], all, MODEL)).toEqual([all[3], all[1]].map((x) => findingFingerprint(x, MODEL)));
  });

  test("a list of another length is not remembered", () => {
    const all = [f({ quote: "甲" }), f({ quote: "乙" })];
    rememberFingerprints(all, ["A"]);
    expect(fingerprintsOf(all, all, MODEL)).toEqual(all.map((x) => findingFingerprint(x, MODEL)));
  });
});

/** The real worker module behind a fake `self` (as in checkRunner.test.ts). */
function fakeWorker(): WorkerLike {
  const scope: { onmessage: ((e: { data: WorkerRequest }) => void) | null; postMessage(m: WorkerResponse): void } = {
    onmessage: null,
    postMessage: (m) => setTimeout(() => w.onmessage?.({ data: structuredClone(m) })),
  };
  const w: WorkerLike = {
    onmessage: null,
    onerror: null,
    terminate: jest.fn(),
    postMessage(m) {
      const data = structuredClone(m);
      setTimeout(() => scope.onmessage?.({ data }));
    },
  };
  const g = globalThis as unknown as { self?: unknown };
  const saved = g.self;
  g.self = scope;
  jest.isolateModules(() => {
    require("../../src/taskpane/check/check.worker");
  });
  g.self = saved;
  return w;
}

describe("fingerprints from the check worker", () => {
  test("the worker's fingerprints are remembered for the result and equal the ones computed here", async () => {
    // MODEL plus a paragraph with a placeholder (a finding the 本单位词表 can drop).
    const ps = [...MODEL.paragraphs];
    ps.splice(5, 0, { ...ps[4], text: "去年在××村调研时，对群众反映的问题跟进不及时。" });
    const model = { paragraphs: ps.map((p, index) => ({ ...p, index, id: `uid-${index}` })) };
    const runner = createCheckRunner(async () => fakeWorker(), 2);
    const r = await runner.check(model);
    expect(runner.inWorker).toBe(true);
    expect(r.findings).toEqual(checkDocument(model).findings);
    const expected = r.findings.map((x) => findingFingerprint(x, model));
    // Some fingerprint depends on a paragraph's text ("p:"), so without the document (null) only
    // the remembered ones can match.
    expect(expected.some((x) => x.includes("|p:"))).toBe(true);
    expect(fingerprintsOf(r.findings, r.findings, null)).toEqual(expected);
    // The same after the 本单位词表 dropped a finding.
    const placeholder = r.findings.find((x) => x.ruleId === "placeholder");
    expect(placeholder?.quote).toBeTruthy();
    const kept = applyWordList(r.findings, [placeholder!.quote!], model);
    expect(kept).toHaveLength(r.findings.length - 1);
    expect(fingerprintsOf(kept, r.findings, null)).toEqual(kept.map((x) => findingFingerprint(x, model)));
  });
});
