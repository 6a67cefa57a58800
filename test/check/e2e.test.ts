/**
 * The whole 检查 flow against the simulated Word host: read (one sync) → check → jump → quick fix
 * (≤ 2 syncs) → re-check no longer reports the missing section.
 */
import { createWordHost } from "../../src/playground/host";
import { officeCheckService as service } from "../../src/taskpane/check/service";
import { paragraphRef } from "../../src/office/navigate";
import { NO_CAUSES_2025 } from "./fixture-text";

const STYLE = { 0: "Title", 1: "Heading1", 2: "Heading2" } as const;

function setup() {
  const host = createWordHost({
    paragraphs: NO_CAUSES_2025.map((p) => (p.heading === undefined ? { text: p.text } : { text: p.text, styleBuiltIn: STYLE[p.heading] })),
  });
  host.install(globalThis);
  return host;
}

const missingCauses = (r: ReturnType<typeof service.check>) =>
  r.findings.find((f) => f.ruleId === "missing-section" && f.message.includes("原因分析"));

test("missing 原因分析: found, located, fixed, gone after re-check", async () => {
  const host = setup();
  host.resetSyncCount();
  const read = await service.read();
  expect(read.syncs).toBe(1);
  expect(host.syncCount()).toBe(1);
  const report = service.check(read.model);
  expect(report.preset.id).toBe("dlsh-2025/banzi");
  const finding = missingCauses(report);
  expect(finding).toBeDefined();
  expect(finding!.fix?.type).toBe("insert-skeleton");

  // Switching the preset is a pure re-check: no sync.
  const before = host.syncCount();
  service.check(read.model, "tongyong/banzi");
  expect(host.syncCount()).toBe(before);

  // Jump.
  host.resetSyncCount();
  const sel = await service.select(paragraphRef(read.model, finding!.paragraph));
  expect(sel).toMatchObject({ ok: true, stale: false });
  expect(host.syncCount()).toBeLessThanOrEqual(2);
  expect(host.doc.selectionIndex()).toBe(finding!.paragraph);

  // Fix.
  host.resetSyncCount();
  const out = await service.applyFix(finding!.fix!, read.model);
  expect(out.syncs).toBeLessThanOrEqual(2);
  expect(host.syncCount()).toBe(out.syncs);
  const texts = host.doc.body.map((p) => p.text);
  const causeAt = texts.findIndex((t) => /原因分析/.test(t));
  const measuresAt = texts.findIndex((t) => /整改措施/.test(t));
  expect(causeAt).toBeGreaterThan(0);
  expect(causeAt).toBeLessThan(measuresAt);

  // Re-check.
  const again = service.check((await service.read()).model);
  expect(missingCauses(again)).toBeUndefined();
});
