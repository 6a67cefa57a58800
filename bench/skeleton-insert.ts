/**
 * Skeleton insertion against the simulated Word host (Office.js load/sync semantics): syncs per
 * action and time to insert each preset's whole skeleton into an empty document, then 撤销插入 and
 * 套用公文格式 on the result. Prints numbers; never fails on timing. The host runs in-process, so
 * the time is the add-in's own work plus the simulation, not Word's.
 */
import { allPresets } from "../src/core";
import { applyOfficialFormat } from "../src/office/format";
import { insertSkeletonAtCursor, undoLastInsertion } from "../src/office/skeleton";
import { createWordHost } from "../src/playground/host";
import { analyzeForFormat, skeletonBuilder } from "../src/core/skeletonPlan";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  console.log("skeleton insertion (simulated host), median of 7 runs");
  const rows: { id: string; paragraphs: number; insertMs: number; syncs: number; undoSyncs: number; formatSyncs: number }[] = [];
  for (const preset of allPresets()) {
    const times: number[] = [];
    let paragraphs = 0;
    let syncs = 0;
    let undoSyncs = 0;
    let formatSyncs = 0;
    for (let run = 0; run < 7; run++) {
      const host = createWordHost({ paragraphs: [{ text: "" }] });
      host.install(globalThis);
      const t0 = performance.now();
      const out = await insertSkeletonAtCursor(skeletonBuilder(preset, null));
      times.push(performance.now() - t0);
      paragraphs = out.paragraphs;
      syncs = host.syncCount();
      host.resetSyncCount();
      await applyOfficialFormat({ scope: "document", lineSpacing: 28, analyze: analyzeForFormat });
      formatSyncs = host.syncCount();
      host.resetSyncCount();
      await undoLastInsertion({ force: true });
      undoSyncs = host.syncCount();
    }
    rows.push({ id: preset.id, paragraphs, insertMs: median(times), syncs, undoSyncs, formatSyncs });
  }
  rows.sort((a, b) => b.paragraphs - a.paragraphs);
  for (const r of rows.slice(0, 6)) {
    console.log(`  ${r.id.padEnd(20)} ${String(r.paragraphs).padStart(3)} paragraphs: insert ${r.insertMs.toFixed(1)} ms, ${r.syncs} syncs; 套用公文格式 ${r.formatSyncs} syncs; 撤销插入 ${r.undoSyncs} syncs`);
  }
  console.log(`  (${rows.length} presets; max syncs per insertion ${Math.max(...rows.map((r) => r.syncs))})`);
}

main();
