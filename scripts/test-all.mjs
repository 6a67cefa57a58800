#!/usr/bin/env node
// `npm test`: type-check, lint, jest (unit + component), then browser tests in Chromium against
// the built playground. Each step prints a header; the first failing step stops the run. The last
// line totals the tests of jest and the browser run: "total: N passed, N failed, N skipped".
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const tmp = mkdtempSync(path.join(tmpdir(), "duizhao-test-"));
const jestJson = path.join(tmp, "jest.json");
const totals = { passed: 0, failed: 0, skipped: 0 };

const steps = [
  { name: "类型检查 (tsc)", cmd: "npx", args: ["tsc", "--noEmit", "-p", "tsconfig.json"] },
  { name: "代码检查 (eslint)", cmd: "npx", args: ["eslint", "src", "test", "bench", "scripts"] },
  {
    name: "单元与组件测试 (jest)",
    cmd: "npx",
    args: ["jest", "--ci", "--json", "--outputFile", jestJson],
    after() {
      const r = JSON.parse(readFileSync(jestJson, "utf8"));
      totals.passed += r.numPassedTests;
      totals.failed += r.numFailedTests;
      totals.skipped += r.numPendingTests + (r.numTodoTests || 0);
    },
  },
  {
    name: "浏览器测试 (Chromium)",
    cmd: "node",
    args: ["test/browser/run.mjs"],
    capture: true,
    after(out) {
      const m = /(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/.exec(out.trimEnd());
      if (m) {
        totals.passed += Number(m[1]);
        totals.failed += Number(m[2]);
        totals.skipped += Number(m[3] || 0);
      }
    },
  },
];

function run(step) {
  return new Promise((resolve) => {
    const child = spawn(step.cmd, step.args, {
      stdio: step.capture ? ["inherit", "pipe", "inherit"] : "inherit",
      shell: process.platform === "win32",
    });
    let out = "";
    child.stdout?.on("data", (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on("close", (code) => resolve({ code: code ?? 1, out }));
  });
}

const only = process.argv.slice(2);
const t0 = Date.now();
let exit = 0;
for (const step of steps) {
  if (only.length && !only.some((o) => step.name.includes(o))) continue;
  const s = Date.now();
  console.log(`\n=== ${step.name} ===`);
  const { code, out } = await run(step);
  try {
    step.after?.(out);
  } catch {
    // A runner that died before writing its results: its exit code speaks for it.
  }
  const secs = ((Date.now() - s) / 1000).toFixed(1);
  if (code !== 0) {
    console.error(`\n✗ ${step.name} 失败（${secs} 秒）`);
    exit = code;
    break;
  }
  console.log(`✓ ${step.name}（${secs} 秒）`);
}
rmSync(tmp, { recursive: true, force: true });
if (!exit) console.log(`\n全部通过，用时 ${((Date.now() - t0) / 1000).toFixed(1)} 秒`);
console.log(`total: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(exit);
