#!/usr/bin/env node
// `npm test`: type-check, lint, jest (unit + component), then browser tests in Chromium against
// the built playground. Each step prints a header; the first failing step stops the run.
import { spawnSync } from "node:child_process";

const steps = [
  ["类型检查 (tsc)", "npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]],
  ["代码检查 (eslint)", "npx", ["eslint", "src", "test", "bench", "scripts"]],
  ["单元与组件测试 (jest)", "npx", ["jest", "--ci"]],
  ["浏览器测试 (Chromium)", "node", ["test/browser/run.mjs"]],
];

const only = process.argv.slice(2);
const t0 = Date.now();
for (const [name, cmd, args] of steps) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const s = Date.now();
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { stdio: "inherit", shell: process.platform === "win32" });
  const secs = ((Date.now() - s) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n✗ ${name} 失败（${secs} 秒）`);
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${name}（${secs} 秒）`);
}
console.log(`\n全部通过，用时 ${((Date.now() - t0) / 1000).toFixed(1)} 秒`);
