#!/usr/bin/env node
/**
 * Browser tests: builds the playground (webpack, development mode, --env webOnly) into a temp
 * directory, serves it on 127.0.0.1 (random free port), launches Chromium through playwright-core
 * (executablePath /usr/bin/chromium, never `playwright install`) and runs every
 * test/browser/*.spec.mjs.
 *
 * Adding tests: create test/browser/<name>.spec.mjs exporting (default or `tests`) an array of
 *   { name: string, fn: async ({ page, baseUrl, distDir, helpers }) => void, skip?: string, timeout?: ms }
 * (distDir: the build directory baseUrl serves, e.g. to open a page by file:// URL)
 * (a single such object, or a default-exported function plus `export const name`, also work).
 * `helpers`: openPlayground(page) (loads playground.html, waits for the simulated host and the
 * task pane's tabs), openWpsPlayground(page) (the same with playground.html?host=wps: the
 * simulated WPS host and the pane booted through the WPS entry), assert (node:assert/strict), skip(reason), consoleErrors (array of console
 * errors seen so far on this page). Each test gets a fresh browser context and page; an uncaught
 * page error fails the test.
 *
 * Usage: node test/browser/run.mjs [filter…]   (filters match "<file> › <test name>")
 * Env: CHROMIUM_PATH (default /usr/bin/chromium); DUIZHAO_BROWSER_DIST=<dir> reuses a build;
 *      CI=true makes a missing Chromium a failure instead of a warning.
 * Last line of output: "N passed, N failed, N skipped". Exit code 1 on any failure.
 */
import { staticHandler } from "../../scripts/static-server.mjs";
import { spawnSync } from "node:child_process";
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
// Ceilings, not expectations: every wait in the specs waits for a state, and these only bound how
// long a broken test may hang. Sized for a busy 2-core machine (CI shares it with other work).
const TEST_TIMEOUT_MS = Number(process.env.BROWSER_TEST_TIMEOUT_MS || 180000);
const WAIT_TIMEOUT_MS = Number(process.env.BROWSER_WAIT_TIMEOUT_MS || 60000);



/** A tiny static file server (no dependency); resolves to { server, url }. */
export function serveStatic(dir, { host = "127.0.0.1", port = 0 } = {}) {
  const base = path.resolve(dir);
  const server = http.createServer(staticHandler(base));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const addr = server.address();
      resolve({ server, url: `http://${host}:${addr.port}/` });
    });
  });
}

export function buildWeb(outDir) {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const r = spawnSync(npx, ["webpack", "--mode", "development", "--env", "webOnly", "--output-path", outDir], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    shell: process.platform === "win32",
  });
  if (r.status !== 0) {
    process.stderr.write(r.stdout || "");
    process.stderr.write(r.stderr || "");
    throw new Error(`webpack 构建失败（退出码 ${r.status}）`);
  }
}

class SkipError extends Error {}

function withTimeout(promise, ms, what) {
  let timer;
  const t = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`超时（${ms} ms）：${what}`)), ms);
  });
  return Promise.race([promise, t]).finally(() => clearTimeout(timer));
}

async function openPlayground(page, baseUrl) {
  await page.goto(new URL("playground.html", baseUrl).href, { waitUntil: "load" });
  await page.waitForFunction(() => !!window.duizhaoDemo && !!window.Word && !!window.Office, null, { timeout: WAIT_TIMEOUT_MS });
  await page.getByRole("tab", { name: "骨架" }).waitFor({ timeout: WAIT_TIMEOUT_MS });
}

async function openWpsPlayground(page, baseUrl) {
  await page.goto(new URL("playground.html?host=wps", baseUrl).href, { waitUntil: "load" });
  await page.waitForFunction(() => !!window.duizhaoDemo && !!window.wps && !!window.Application, null, { timeout: WAIT_TIMEOUT_MS });
  await page.getByRole("tab", { name: "骨架" }).waitFor({ timeout: WAIT_TIMEOUT_MS });
}

async function main() {
  const filters = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  if (!fs.existsSync(chromiumPath)) {
    const msg = `!!! 未找到 Chromium（${chromiumPath}），浏览器测试未运行。安装：apt-get install chromium，或设置 CHROMIUM_PATH。`;
    console.warn("\n" + "!".repeat(72) + "\n" + msg + "\n" + "!".repeat(72) + "\n");
    console.log("0 passed, 0 failed, 0 skipped");
    process.exit(process.env.CI === "true" ? 1 : 0);
  }

  const specFiles = fs
    .readdirSync(here)
    .filter((f) => f.endsWith(".spec.mjs"))
    .sort();
  const suites = [];
  for (const f of specFiles) {
    const mod = await import(pathToFileURL(path.join(here, f)).href);
    // Accepted shapes: an array of tests (default or `tests`), one test object, or a bare test
    // function (default) with an optional `export const name`.
    let tests = mod.default ?? mod.tests ?? [];
    if (typeof tests === "function") tests = [{ name: mod.name || f.replace(/\.spec\.mjs$/, ""), fn: tests }];
    else if (!Array.isArray(tests) && tests && typeof tests.fn === "function") tests = [tests];
    if (!Array.isArray(tests)) throw new Error(`${f}：应导出测试数组（default 或 tests）或测试函数`);
    suites.push({ file: f, tests });
  }

  let dist = process.env.DUIZHAO_BROWSER_DIST;
  let tmp = null;
  if (!dist) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "duizhao-browser-"));
    dist = tmp;
    const t0 = Date.now();
    console.log("构建演示页面（webpack development, webOnly）…");
    buildWeb(dist);
    console.log(`构建完成，用时 ${((Date.now() - t0) / 1000).toFixed(1)} 秒`);
  }
  const { server, url: baseUrl } = await serveStatic(dist);
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true });

  let passed = 0;
  let failed = 0;
  let skipped = 0;
  try {
    for (const { file, tests } of suites) {
      for (const t of tests) {
        const label = `${file.replace(/\.spec\.mjs$/, "")} › ${t.name}`;
        if (filters.length && !filters.some((f) => label.includes(f))) continue;
        if (t.skip) {
          skipped++;
          console.log(`- ${label}（跳过：${t.skip}）`);
          continue;
        }
        const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1400, height: 900 } });
        // Every locator wait, waitForFunction and navigation without its own timeout uses this.
        context.setDefaultTimeout(WAIT_TIMEOUT_MS);
        context.setDefaultNavigationTimeout(WAIT_TIMEOUT_MS);
        const page = await context.newPage();
        const consoleErrors = [];
        const pageErrors = [];
        page.on("console", (m) => {
          if (m.type() === "error") consoleErrors.push(m.text());
        });
        page.on("pageerror", (e) => pageErrors.push(e));
        const helpers = {
          assert,
          consoleErrors,
          skip: (reason) => {
            throw new SkipError(reason);
          },
          openPlayground: (p = page) => openPlayground(p, baseUrl),
          openWpsPlayground: (p = page) => openWpsPlayground(p, baseUrl),
        };
        const t0 = Date.now();
        try {
          await withTimeout(Promise.resolve(t.fn({ page, baseUrl, distDir: dist, helpers })), t.timeout ?? TEST_TIMEOUT_MS, label);
          if (pageErrors.length) throw new Error(`页面未捕获的错误：${pageErrors.map((e) => e.stack || e.message).join("\n")}`);
          passed++;
          console.log(`✓ ${label} (${Date.now() - t0} ms)`);
        } catch (e) {
          if (e instanceof SkipError) {
            skipped++;
            console.log(`- ${label}（跳过：${e.message}）`);
          } else {
            failed++;
            console.log(`✗ ${label} (${Date.now() - t0} ms)`);
            console.log("    " + String(e && e.stack ? e.stack : e).split("\n").join("\n    "));
            if (consoleErrors.length) console.log("    浏览器控制台错误：\n      " + consoleErrors.join("\n      "));
          }
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e && e.stack ? e.stack : e);
    console.log("0 passed, 1 failed, 0 skipped");
    process.exit(1);
  });
}
