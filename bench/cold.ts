/**
 * Cold runs: what the CLI and the pane's first check actually pay. Each sample is a fresh Node
 * process (no JIT warm-up, no inline caches, lazily built tables still unbuilt) that:
 *   1. imports the engine (module initialisation timed separately),
 *   2. reads a generated 10,000-paragraph .docx once (cold read),
 *   3. checks it once (cold check), then checks it again 5 times (warm, as `bench/run.ts` reports).
 * Prints medians over the processes; never fails on timing.
 *
 *   node --import tsx bench/cold.ts            (parent: spawns the samples)
 *   node --import tsx bench/cold.ts --child F  (one sample on file F; prints one JSON line)
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateMaterial, toDocx } from "./generate";

const PROCESSES = 7;
const PARAGRAPHS = 10000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

interface Sample {
  importMs: number;
  readMs: number;
  firstCheckMs: number;
  warmCheckMs: number;
  findings: number;
}

async function child(file: string): Promise<void> {
  const t0 = performance.now();
  const { coreEngine } = await import("../src/cli/engine");
  const { readDocx } = await import("../src/docx");
  const importMs = performance.now() - t0;
  const bytes = fs.readFileSync(file);
  const t1 = performance.now();
  const model = readDocx(bytes);
  const readMs = performance.now() - t1;
  const t2 = performance.now();
  const report = coreEngine.check(model, null, file);
  const firstCheckMs = performance.now() - t2;
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    coreEngine.check(model, null, file);
    warm.push(performance.now() - t);
  }
  const sample: Sample = { importMs, readMs, firstCheckMs, warmCheckMs: median(warm), findings: report.findings.length };
  process.stdout.write(JSON.stringify(sample) + "\n");
}

function parent(): void {
  console.log(`duizhao cold-run bench — node ${process.version}, ${os.cpus().length} CPU(s), load ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "duizhao-cold-"));
  const file = path.join(tmp, `bench-${PARAGRAPHS}.docx`);
  fs.writeFileSync(file, toDocx(generateMaterial(PARAGRAPHS, 2025, { messyEvery: 8 })));
  const samples: Sample[] = [];
  for (let i = 0; i < PROCESSES; i++) {
    const r = spawnSync(process.execPath, ["--import", "tsx", __filename, "--child", file], { encoding: "utf8" });
    if (r.status !== 0) {
      process.stderr.write(r.stderr);
      throw new Error(`sample process exited ${r.status}`);
    }
    samples.push(JSON.parse(r.stdout.trim().split("\n").pop() as string) as Sample);
  }
  const row = (label: string, pick: (s: Sample) => number, note = "") =>
    console.log(`  ${label.padEnd(34)} ${median(samples.map(pick)).toFixed(1).padStart(7)} ms  [${samples.map((s) => pick(s).toFixed(0)).join(" ")}]${note}`);
  console.log(`(c) ${PARAGRAPHS}-paragraph .docx, one fresh process per sample, median of ${PROCESSES}:`);
  row("import engine + reader (tsx)", (s) => s.importMs);
  row("readDocx, first call (cold)", (s) => s.readMs);
  const cold = median(samples.map((s) => s.firstCheckMs));
  row("check, first call (cold)", (s) => s.firstCheckMs, `  (target < 100 ms: ${cold < 100 ? "met" : "NOT met"})`);
  row("check, warm (median of 5 more)", (s) => s.warmCheckMs);
  row("read + first check (cold)", (s) => s.readMs + s.firstCheckMs);
  console.log(`  findings per check: ${samples[0].findings}`);
  fs.rmSync(tmp, { recursive: true, force: true });
}

const at = process.argv.indexOf("--child");
if (at >= 0) {
  child(process.argv[at + 1]).catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
} else {
  try {
    parent();
  } catch (e) {
    console.error(e);
    process.exitCode = 1;
  }
}
