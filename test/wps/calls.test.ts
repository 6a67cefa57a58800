/**
 * WPS object-model calls per operation on the simulated host (each call crosses a process boundary
 * in WPS). Bounds, not timings: the numbers depend only on the document's shape.
 */
import { getPreset } from "../../src/core";
import { analyzeForFormat, skeletonBuilder } from "../../src/core/skeletonPlan";
import type { Fix } from "../../src/core/types";
import { readDocument } from "../../src/wps/read";
import { applyFix, insertAtCursor, insertSkeletonAtCursor, undoLastInsertion } from "../../src/wps/edit";
import { paragraphRef, selectParagraph } from "../../src/wps/navigate";
import { applyOfficialFormat } from "../../src/wps/format";
import type { SimParagraphInit } from "../../src/playground/host";
import { installWps, uninstallWps } from "./helpers";

afterEach(uninstallWps);

const preset = getPreset("dlsh-2025/banzi")!;

/** A material of n paragraphs: a heading every 10, body text otherwise (longer than STYLE_MAX every other one). */
function material(n: number): SimParagraphInit[] {
  return Array.from({ length: n }, (_, i) =>
    i % 10 === 0 ? { text: `${i / 10 + 1}、标题`, styleBuiltIn: "Heading2" as const } : { text: i % 2 ? "正文。".repeat(30) : "短正文。" },
  );
}

const measured: Record<string, number> = {};
afterAll(() => {
  // One line per operation, for the report (npx jest test/wps/calls.test.ts --verbose=false).
  console.log(Object.entries(measured).map(([k, v]) => `${k}: ${v}`).join("\n"));
});

test("read: 5 + 2 per non-empty paragraph + 1 per short one + 5 per list paragraph + 4", async () => {
  for (const n of [100, 1000]) {
    const host = installWps(material(n));
    host.resetCallCount();
    const r = await readDocument();
    expect(r.syncs).toBe(host.callCount());
    const short = material(n).filter((p) => p.text.length <= 80).length;
    expect(r.syncs).toBe(5 + 2 * n + short + 4);
    measured[`read ${n} paragraphs`] = r.syncs;
    uninstallWps();
  }
});

test("skeleton, undo, phrase, jump, fixes, format", async () => {
  let host = installWps();
  host.resetCallCount();
  const ins = await insertSkeletonAtCursor(skeletonBuilder(preset, null));
  measured[`insert whole skeleton (${ins.paragraphs} paragraphs) into an empty document`] = ins.syncs;
  expect(ins.syncs).toBeLessThan(4 * ins.paragraphs);
  host.resetCallCount();
  measured["undo that insertion"] = (await undoLastInsertion()).syncs;
  uninstallWps();

  host = installWps(material(1000));
  host.doc.setSelection(500, 0);
  const one = await insertSkeletonAtCursor(skeletonBuilder(preset, { section: "原因分析", label: "原因分析" }));
  measured[`insert one section (${one.paragraphs} paragraphs) in the middle of 1000`] = one.syncs;
  measured["phrase (TypeText)"] = (await insertAtCursor("深入")).syncs;

  const { model } = await readDocument();
  const ref = paragraphRef(model, 900);
  const jump = await selectParagraph(ref);
  measured["jump, paragraph in place"] = jump.syncs;
  expect(jump.syncs).toBe(7);
  host.doc.userSplit(0, 0);
  measured["jump after a paragraph was added above (1001 paragraphs)"] = (await selectParagraph(ref)).syncs;

  const fresh = (await readDocument()).model;
  const i = fresh.paragraphs.findIndex((p) => p.text === "短正文。");
  const replace: Fix = { type: "replace", label: "x", paragraph: i, offset: 0, length: 2, expected: "短正", replacement: "长正" };
  measured["fix: replace"] = (await applyFix(replace, fresh)).syncs;
  const del: Fix = { type: "delete-paragraph", label: "x", paragraph: i + 2, expected: fresh.paragraphs[i + 2].text };
  measured["fix: delete-paragraph"] = (await applyFix(del, fresh)).syncs;
  const after = (await readDocument()).model;
  const skel: Fix = { type: "insert-skeleton", label: "x", after: 10, nodes: [{ level: 1, text: "三、整改措施" }, { level: "body", text: "【写措施】" }] };
  measured["fix: insert-skeleton (2 paragraphs)"] = (await applyFix(skel, after)).syncs;
  uninstallWps();

  installWps(material(100));
  measured["公文格式, whole document of 100 paragraphs"] = (await applyOfficialFormat({ scope: "document", lineSpacing: 28, analyze: analyzeForFormat })).syncs;
});
