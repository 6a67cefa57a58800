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
 *   node --import tsx bench/cold.ts --rules             (also: each step of the check, cold and warm)
 *   node --import tsx bench/cold.ts --child F           (one sample on file F; prints one JSON line)
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generateMaterial, toDocx } from "./generate";

const PROCESSES = Number(process.env.COLD_PROCESSES ?? 7);
/** `--paragraphs N` (default 10,000). */
/** `--rules`: time each step of the check (preset choice, analysis, each rule) on the cold run and on the 5th. */
const RULES = process.argv.includes("--rules");
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
  /** With --rules: ms per step (choose, analyze, each rule id) of the first and of the 5th run. */
  steps?: { cold: Record<string, number>; warm: Record<string, number> };
}

/** Each step of checkDocument timed on its own (the same calls, in the same order). */
async function stepTimes(model: import("../src/core/types").DocumentModel): Promise<Record<string, number>> {
  const { choosePreset } = await import("../src/core/checker");
  const { analyze } = await import("../src/core/analyze");
  const { RULES: rules } = await import("../src/core/rules");
  const out: Record<string, number> = {};
  let t = performance.now();
  const { preset } = choosePreset(model);
  out["preset choice"] = performance.now() - t;
  t = performance.now();
  const analysis = analyze(model, preset);
  out.analyze = performance.now() - t;
  const ctx = { doc: model, analysis, preset };
  for (const rule of rules) {
    t = performance.now();
    rule.check(ctx);
    out[rule.id] = performance.now() - t;
  }
  return out;
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
  if (process.argv.includes("--steps")) {
    // A separate process: the steps' cold run must not follow a whole check.
    const model = readDocx(bytes);
    const cold = await stepTimes(model);
    for (let i = 0; i < 3; i++) await stepTimes(model);
    const warm = await stepTimes(model);
    process.stdout.write(JSON.stringify({ steps: { cold, warm } }) + "\n");
    return;
  }
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
  if (RULES) {
    const steps: NonNullable<Sample["steps"]>[] = [];
    for (let i = 0; i < PROCESSES; i++) {
      const r = spawnSync(process.execPath, ["--import", "tsx", __filename, "--child", file, "--steps"], { encoding: "utf8" });
      if (r.status !== 0) throw new Error(`steps process exited ${r.status}: ${r.stderr}`);
      steps.push((JSON.parse(r.stdout.trim().split("\n").pop() as string) as Sample).steps!);
    }
    console.log(`(r) each step of the check on its own, cold (a fresh process) and warm (its 5th run), median of ${PROCESSES}:`);
    for (const k of Object.keys(steps[0].cold)) {
      console.log(`  ${k.padEnd(26)} cold ${median(steps.map((s) => s.cold[k])).toFixed(1).padStart(6)} ms   warm ${median(steps.map((s) => s.warm[k])).toFixed(1).padStart(6)} ms`);
    }
    const total = (pick: (s: NonNullable<Sample["steps"]>) => Record<string, number>) => median(steps.map((s) => Object.values(pick(s)).reduce((a, b) => a + b, 0)));
    console.log(`  ${"sum".padEnd(26)} cold ${total((s) => s.cold).toFixed(1).padStart(6)} ms   warm ${total((s) => s.warm).toFixed(1).padStart(6)} ms`);
  }
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
