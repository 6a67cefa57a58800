/**
 * Cold runs: what the CLI and the pane's first check actually pay. Each sample is a fresh Node
 * process (no JIT warm-up, no inline caches, lazily built tables still unbuilt) that:
 *   1. imports the engine (module initialisation timed separately),
 *   2. reads a generated 10,000-paragraph .docx once (cold read),
 *   3. checks it once (cold check), then checks it again 5 times (warm, as `bench/run.ts` reports),
 *   4. reads it again 5 times (warm read).
 * Each step is reported as wall time and as CPU time (process.cpuUsage: user + system, all threads
 * of the process), which moves much less with the load other processes put on the machine.
 * Prints medians over the processes; never fails on timing.
 *
 *   node --import tsx bench/cold.ts                     (parent: spawns the samples)
 *   node --import tsx bench/cold.ts --paragraphs 50000  (another size)
 *   COLD_PROCESSES=15 node --import tsx bench/cold.ts   (more samples; default 7)
 *   node --import tsx bench/cold.ts --child F           (one sample on file F; prints one JSON line)
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateMaterial, toDocx } from "./generate";

const PROCESSES = Number(process.env.COLD_PROCESSES ?? 7);
/** `--paragraphs N` (default 10,000). */
const PARAGRAPHS = process.argv.includes("--paragraphs") ? Number(process.argv[process.argv.indexOf("--paragraphs") + 1]) : 10000;

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
  /** CPU time (user + system, process.cpuUsage) of the same steps: less sensitive to other processes. */
  readCpuMs: number;
  firstCheckCpuMs: number;
  warmReadMs: number;
  warmReadCpuMs: number;
  warmCheckCpuMs: number;
  findings: number;
}

/** CPU milliseconds (user + system) since `from`. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

async function child(file: string): Promise<void> {
  const t0 = performance.now();
  const { coreEngine } = await import("../src/cli/engine");
  const { readDocx } = await import("../src/docx");
  const importMs = performance.now() - t0;
  const bytes = fs.readFileSync(file);
  let c = process.cpuUsage();
  const t1 = performance.now();
  const model = readDocx(bytes);
  const readMs = performance.now() - t1;
  const readCpuMs = cpuMs(c);
  c = process.cpuUsage();
  const t2 = performance.now();
  const report = coreEngine.check(model, null, file);
  const firstCheckMs = performance.now() - t2;
  const firstCheckCpuMs = cpuMs(c);
  const warm: number[] = [];
  const warmCpu: number[] = [];
  const warmRead: number[] = [];
  const warmReadCpu: number[] = [];
  for (let i = 0; i < 5; i++) {
    c = process.cpuUsage();
    const t = performance.now();
    coreEngine.check(model, null, file);
    warm.push(performance.now() - t);
    warmCpu.push(cpuMs(c));
  }
  for (let i = 0; i < 5; i++) {
    c = process.cpuUsage();
    const t = performance.now();
    readDocx(bytes);
    warmRead.push(performance.now() - t);
    warmReadCpu.push(cpuMs(c));
  }
  const sample: Sample = {
    importMs,
    readMs,
    firstCheckMs,
    warmCheckMs: median(warm),
    readCpuMs,
    firstCheckCpuMs,
    warmReadMs: median(warmRead),
    warmReadCpuMs: median(warmReadCpu),
    warmCheckCpuMs: median(warmCpu),
    findings: report.findings.length,
  };
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
  row("  CPU time", (s) => s.readCpuMs);
  row("readDocx, warm (median of 5 more)", (s) => s.warmReadMs);
  row("  CPU time", (s) => s.warmReadCpuMs);
  const cold = median(samples.map((s) => s.firstCheckMs));
  row("check, first call (cold)", (s) => s.firstCheckMs, PARAGRAPHS === 10000 ? `  (target < 100 ms: ${cold < 100 ? "met" : "NOT met"})` : "");
  row("  CPU time", (s) => s.firstCheckCpuMs);
  row("check, warm (median of 5 more)", (s) => s.warmCheckMs);
  row("  CPU time", (s) => s.warmCheckCpuMs);
  row("read + first check (cold)", (s) => s.readMs + s.firstCheckMs);
  row("  CPU time", (s) => s.readCpuMs + s.firstCheckCpuMs);
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
