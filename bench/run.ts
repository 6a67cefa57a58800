/**
 * Benchmarks (print numbers, never fail on timing):
 *  (a) core check of generated 1,000- and 10,000-paragraph materials;
 *  (b) CLI read+check of a generated 10,000-paragraph .docx vs mammoth.extractRawText on the same file.
 * Run with `npm run bench` (scripts/bench.mjs runs this file through tsx).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { coreEngine } from "../src/cli/engine";
import { readDocx } from "../src/docx";
import { generateMaterial, toDocx, toModel } from "./generate";

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
/** The benchmark material carries a slip in about one body paragraph in 8, so the rules do real work. */
const MESSY_EVERY = 8;

function findingSummary(findings: { ruleId: string }[]): string {
  const by = new Map<string, number>();
  for (const f of findings) by.set(f.ruleId, (by.get(f.ruleId) ?? 0) + 1);
  return [...by].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`).join(", ");
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function time(fn: () => unknown, runs: number, warmup = 1): { median: number; runs: number[] } {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return { median: median(out), runs: out };
}

async function timeAsync(fn: () => Promise<unknown>, runs: number): Promise<{ median: number; runs: number[] }> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return { median: median(out), runs: out };
}

async function run(): Promise<void> {
  console.log(`duizhao bench — node ${process.version}, ${os.cpus().length} CPU(s), load ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}`);
  console.log("");

  // (a) core check
  console.log(`(a) core check (checkDocument on a DocumentModel), median of 7 runs after 2 warm-ups; a slip in ~1 of ${MESSY_EVERY} body paragraphs`);
  for (const n of [1000, 10000]) {
    const model = toModel(generateMaterial(n, 2025, { messyEvery: MESSY_EVERY }));
    const chars = model.paragraphs.reduce((s, p) => s + p.text.length, 0);
    const r = time(() => coreEngine.check(model, null, "bench"), 7, 2);
    const findings = coreEngine.check(model, null, "bench").findings;
    const target = n === 10000 ? `  (target < 100 ms: ${r.median < 100 ? "met" : "NOT met"})` : "";
    console.log(`  ${String(n).padStart(6)} paragraphs, ${chars} chars: ${fmt(r.median)}  [${r.runs.map((x) => x.toFixed(0)).join(" ")}]  findings ${findings.length}${target}`);
    console.log(`         by rule: ${findingSummary(findings)}`);
  }
  console.log("");

  // (b) read + check vs mammoth raw text extraction
  const n = 10000;
  const bytes = toDocx(generateMaterial(n, 2025, { messyEvery: MESSY_EVERY }));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "duizhao-bench-"));
  const file = path.join(tmp, "bench-10000.docx");
  fs.writeFileSync(file, bytes);
  console.log(`(b) ${n}-paragraph .docx (${(bytes.length / 1024).toFixed(0)} KiB zipped): read+check vs mammoth.extractRawText`);
  const readOnly = time(() => readDocx(fs.readFileSync(file)), 5, 1);
  const readCheck = time(() => coreEngine.check(readDocx(fs.readFileSync(file)), null, file), 5, 1);
  // mammoth is slow; 3 runs, no warm-up beyond the first.
  const mammoth = require("mammoth") as { extractRawText(o: { path: string }): Promise<{ value: string }> };
  const mam = await timeAsync(() => mammoth.extractRawText({ path: file }), 3);
  console.log(`  duizhao readDocx only:          ${fmt(readOnly.median)}  [${readOnly.runs.map((x) => x.toFixed(0)).join(" ")}]`);
  console.log(`  duizhao read + check:           ${fmt(readCheck.median)}  [${readCheck.runs.map((x) => x.toFixed(0)).join(" ")}]`);
  console.log(`  mammoth.extractRawText:         ${fmt(mam.median)}  [${mam.runs.map((x) => x.toFixed(0)).join(" ")}]`);
  const ratio = mam.median / readCheck.median;
  console.log(`  ratio mammoth / (read + check): ${ratio.toFixed(1)}×  (target ≥ 1: ${ratio >= 1 ? "met" : "NOT met"})`);

  // End to end through the built CLI, if it exists (includes node start-up).
  const cli = path.resolve(__dirname, "../dist/cli/duizhao.js");
  if (fs.existsSync(cli)) {
    const runs: number[] = [];
    let code: number | null = null;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const r = spawnSync(process.execPath, [cli, "check", file, "--format", "json"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
      runs.push(performance.now() - t);
      code = r.status;
    }
    console.log(`  dist/cli/duizhao.js check (process, incl. node start-up): ${fmt(median(runs))}  [${runs.map((x) => x.toFixed(0)).join(" ")}]  exit ${code}`);
  } else {
    console.log("  (dist/cli/duizhao.js not built: run `npm run build` to also time the bundled CLI end to end)");
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

run().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
