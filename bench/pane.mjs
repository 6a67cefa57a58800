#!/usr/bin/env node
/* global requestAnimationFrame, MessageChannel, MutationObserver */
/**
 * Browser benchmark of the task pane (issue 14 §3): prints numbers, never fails on timing.
 *
 *   npm run bench:pane -- [--no-build] [--dist DIR] [--runs N] [--rates 1,4] [--skip-large] [--only-large] [--large-timeout S]
 *                          [--startup-only]   (only first-load bytes, time to tabs and to 骨架 usable)
 *
 * Builds production (webpack --mode production --env webOnly --env playground) into a cache folder
 * (reused with --no-build), serves it on 127.0.0.1 and drives Chromium (/usr/bin/chromium through
 * playwright-core; CDP Emulation.setCPUThrottlingRate for the 4× runs). For each CPU rate:
 *
 *  - first-load bytes: gzip -9 of every same-origin file the pane requested before its tabs painted
 *    (taskpane.html with a stubbed office.js; files prefetched afterwards are listed apart);
 *  - time to tabs: navigation start → the frame after the tab list appeared;
 *  - time to 骨架 usable: navigation start → the frame after its 插入骨架 button appeared, and the
 *    bytes requested until then (骨架 is a chunk loaded after the tabs' first paint);
 *  - keystroke-to-paint in 常用语: keydown → the first task after the next frame, per key;
 *  - 10,000-paragraph check (playground, simulated Word host): click → results shown, and the
 *    longest task (Long Tasks API) in between.
 * Plus, at 1× and 4×, a 200,000-paragraph document in the playground: the longest task while it is
 * loaded and shown, and while it is checked.
 *
 * Run through tsx (the npm script does) because it reuses bench/generate.ts. Medians of --runs
 * runs (default 3) with the spread; the machine is shared, so expect noise.
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { buildProduction, cliArgs, collectLong, LONGTASKS } from "./browser-lib.mjs";
import { staticHandler } from "../scripts/static-server.mjs";
import { generateMaterial } from "./generate.ts";

const { flag, option } = cliArgs();
const RUNS = Number(option("--runs", "3"));
const RATES = option("--rates", "1,4").split(",").map(Number);
const DIST = path.resolve(option("--dist", path.join(os.tmpdir(), "duizhao-bench-pane")));
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
/** Per step of the 200,000-paragraph run (the unvirtualized view never finished within 600 s). */
const LARGE_TIMEOUT = Number(option("--large-timeout", "300")) * 1000;

/** The part of office.js the pane touches before its first paint: enough for Office.onReady. */
const OFFICE_STUB = `
window.Office = {
  HostType: { Word: "Word" }, PlatformType: { PC: "PC" }, EventType: {}, AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  onReady: function (cb) { var info = { host: "Word", platform: "PC" }; if (cb) cb(info); return Promise.resolve(info); },
  context: {
    host: "Word", platform: "PC", displayLanguage: "zh-CN", contentLanguage: "zh-CN", partitionKey: undefined,
    requirements: { isSetSupported: function () { return true; } },
    document: { addHandlerAsync: function () {}, removeHandlerAsync: function () {}, settings: { get: function () { return null; }, set: function () {}, remove: function () {}, saveAsync: function () {} } }
  }
};`;

/**
 * Installed before any page script: records when the tab list first painted, and when 骨架 became
 * usable (its 插入骨架 button painted; 骨架 is a chunk loaded after the tabs' first paint).
 */
const TABS_PROBE = () => {
  window.__bench = { tabsAt: null, skeletonAt: null };
  const afterPaint = (key) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        window.__bench[key] = performance.now();
      };
      ch.port2.postMessage(0);
    });
  let tabs = false;
  new MutationObserver((_, obs) => {
    if (!tabs && document.querySelector('[role="tab"]')) {
      tabs = true;
      afterPaint("tabsAt");
    }
    const insert = [...document.querySelectorAll("#panel-skeleton button")].some((b) => b.textContent === "插入骨架");
    if (insert) {
      afterPaint("skeletonAt");
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const ms = (x) => `${Math.round(x)} ms`;
const spread = (xs, f = ms) => `${f(median(xs))} (${f(Math.min(...xs))}–${f(Math.max(...xs))}, n=${xs.length})`;
const kb = (b) => `${(b / 1000).toFixed(1)} KB`;


function serve(dir) {
  const server = http.createServer(staticHandler(dir));
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` })),
  );
}

const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

async function newPage(browser, rate) {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1400, height: 900 } });
  await context.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_STUB }),
  );
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  return { context, page, errors };
}

/** taskpane.html: first-load bytes, time to tabs, DOM size at start. */
async function openPane(browser, baseUrl, rate) {
  const { context, page, errors } = await newPage(browser, rate);
  await page.addInitScript(TABS_PROBE);
  await page.goto(new URL("taskpane.html", baseUrl).href, { waitUntil: "load" });
  await page.waitForFunction(() => window.__bench.tabsAt !== null && window.__bench.skeletonAt !== null, null, { timeout: 60000 });
  const info = await page.evaluate(() => ({
    tabsAt: window.__bench.tabsAt,
    skeletonAt: window.__bench.skeletonAt,
    nodes: document.getElementsByTagName("*").length,
    resources: performance.getEntriesByType("resource").map((r) => ({ name: r.name, start: r.startTime })),
  }));
  // Give prefetches a moment to start, then list what came after the tabs.
  await page.waitForTimeout(1500);
  const later = await page.evaluate(
    (at) => performance.getEntriesByType("resource").filter((r) => r.startTime >= at).map((r) => r.name),
    info.tabsAt,
  );
  return { context, page, errors, info, later };
}

function localFile(url) {
  const u = new URL(url);
  if (u.hostname !== "127.0.0.1") return null;
  const f = path.join(DIST, decodeURIComponent(u.pathname));
  return fs.existsSync(f) && fs.statSync(f).isFile() ? f : null;
}

async function measureStartup(browser, baseUrl, rate) {
  const tabs = [];
  const skeleton = [];
  const nodes = [];
  let bytes = null;
  for (let i = 0; i < RUNS; i++) {
    const { context, errors, info, later } = await openPane(browser, baseUrl, rate);
    tabs.push(info.tabsAt);
    skeleton.push(info.skeletonAt);
    nodes.push(info.nodes);
    if (!bytes) {
      const first = ["taskpane.html", ...info.resources.filter((r) => r.start < info.tabsAt).map((r) => r.name)]
        .map((n) => (n === "taskpane.html" ? path.join(DIST, "taskpane.html") : localFile(n)))
        .filter(Boolean);
      const uniq = [...new Set(first)];
      const afterFiles = [...new Set(later.map(localFile).filter(Boolean))].filter((f) => !uniq.includes(f));
      const untilSkeleton = [...new Set(info.resources.filter((r) => r.start < info.skeletonAt).map((r) => localFile(r.name)).filter(Boolean))]
        .filter((f) => !uniq.includes(f));
      bytes = {
        first: uniq.map((f) => ({ file: path.basename(f), gz: gzipSize(f) })),
        untilSkeleton: untilSkeleton.map((f) => ({ file: path.basename(f), gz: gzipSize(f) })),
        after: afterFiles.map((f) => ({ file: path.basename(f), gz: gzipSize(f) })),
      };
    }
    if (errors.length) console.log(`    page errors: ${errors.join(" | ")}`);
    await context.close();
  }
  return { tabs, skeleton, nodes, bytes };
}

/** Types into the 常用语 search box; returns keystroke-to-paint samples (ms). */
async function measureTyping(browser, baseUrl, rate) {
  const { context, page } = await openPane(browser, baseUrl, rate);
  await page.getByRole("tab", { name: "常用语" }).click();
  const input = page.locator('#panel-phrases input[type="search"]');
  await input.waitFor({ timeout: 60000 });
  await input.focus();
  await page.evaluate(() => {
    window.__keys = [];
    window.addEventListener(
      "keydown",
      (e) => {
        const t0 = e.timeStamp;
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => window.__keys.push(performance.now() - t0);
          ch.port2.postMessage(0);
        });
      },
      true,
    );
  });
  const words = ["lilunxuexi", "zhenggai", "dangxing", "llxx"];
  let n = 0;
  for (let r = 0; r < RUNS; r++) {
    for (const w of words) {
      for (const key of [...w, ...Array(w.length).fill("Backspace")]) {
        await page.keyboard.press(key);
        n++;
        await page.waitForFunction((k) => window.__keys.length >= k, n, { polling: 10 });
      }
    }
  }
  const samples = await page.evaluate(() => window.__keys);
  await context.close();
  return samples;
}

async function openPlayground(browser, baseUrl, rate) {
  const { context, page, errors } = await newPage(browser, 1);
  await page.goto(new URL("playground.html", baseUrl).href, { waitUntil: "load" });
  await page.getByRole("tab", { name: "骨架" }).waitFor({ timeout: 60000 });
  const cdp = await context.newCDPSession(page);
  return { context, page, errors, throttle: () => cdp.send("Emulation.setCPUThrottlingRate", { rate }) };
}


function simParagraphs(n) {
  const style = { 0: "Title", 1: "Heading1", 2: "Heading2" };
  return generateMaterial(n, 2025, { messyEvery: 8 }).map((p) => (p.level === null ? { text: p.text } : { text: p.text, styleBuiltIn: style[p.level] }));
}

async function clickCheckAndWait(page, limit) {
  const button = page.locator('#panel-check button[data-action="check"]');
  await button.waitFor({ timeout: 120000 });
  const t0 = await page.evaluate(() => performance.now());
  await button.click();
  await page.waitForFunction(
    () => {
      const b = document.querySelector('#panel-check button[data-action="check"]');
      return !!document.querySelector('#panel-check [data-testid="check-result"]') && b && !b.disabled;
    },
    null,
    { timeout: limit, polling: 50 },
  );
  const t1 = await page.evaluate(() => performance.now());
  return t1 - t0;
}

/** The playground with an n-paragraph document: longest tasks while loading it and checking it. */
async function measureCheck(browser, baseUrl, rate, n, paragraphs, limit = 600000) {
  const { context, page, errors, throttle } = await openPlayground(browser, baseUrl, rate);
  try {
    await page.getByRole("tab", { name: "检查" }).click();
    await page.locator('#panel-check button[data-action="check"]').waitFor({ timeout: 60000 });
    // Hand the document over as one JSON string, parsed before the measurement starts: what is
    // measured is the playground and the pane, not the automation protocol.
    await page.evaluate((json) => {
      window.__paragraphs = JSON.parse(json);
    }, JSON.stringify(paragraphs));
    await throttle();
    await page.evaluate(LONGTASKS);
    const l0 = await page.evaluate(() => performance.now());
    await page.evaluate(() => {
      // Not awaited by the page: setParagraphs and the view's render run as the page's own tasks.
      setTimeout(() => window.duizhaoDemo.host().doc.setParagraphs(window.__paragraphs));
    });
    await page.waitForFunction((k) => document.querySelector('[data-testid="paragraph-count"]')?.textContent?.includes(String(k)), n, {
      timeout: limit,
    });
    const loadMs = (await page.evaluate(() => performance.now())) - l0;
    const loadLong = await collectLong(page);
    await page.evaluate(LONGTASKS);
    const checkMs = await clickCheckAndWait(page, limit);
    const checkLong = await collectLong(page);
    const shownParagraphs = await page.evaluate(() => document.querySelectorAll(".page .para").length);
    if (errors.length) console.log(`    page errors: ${errors.join(" | ")}`);
    return {
      loadMs,
      loadLongest: Math.max(0, ...loadLong),
      checkMs,
      checkLongest: Math.max(0, ...checkLong),
      checkLongCount: checkLong.length,
      shownParagraphs,
    };
  } finally {
    await context.close();
  }
}

/** The 200,000-paragraph run: prints its numbers, or that it did not finish in time. */
async function measureLarge(browser, url, rate, p200k) {
  try {
    const big = await measureCheck(browser, url, rate, p200k.length, p200k, LARGE_TIMEOUT);
    console.log(
      `200,000 paragraphs: load+show ${ms(big.loadMs)} (longest task ${ms(big.loadLongest)}, ${big.shownParagraphs} paragraphs in the DOM); ` +
        `check ${ms(big.checkMs)} (longest task ${ms(big.checkLongest)}, ${big.checkLongCount} long tasks)`,
    );
  } catch (e) {
    console.log(`200,000 paragraphs: did not finish within ${LARGE_TIMEOUT / 1000} s (${String(e.message).split("\n")[0]})`);
  }
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`bench:pane skipped: no Chromium at ${CHROMIUM}`);
    return;
  }
  if (!flag("--no-build") || !fs.existsSync(path.join(DIST, "playground.html"))) buildProduction(DIST, ["playground"]);
  const { server, url } = await serve(DIST);
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  console.log(`duizhao pane bench — ${os.cpus().length} CPU(s), load ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}, ${RUNS} run(s) per number`);
  const p10k = simParagraphs(10000);
  const p200k = flag("--skip-large") ? null : simParagraphs(200000);
  try {
    for (const rate of RATES) {
      console.log(`\n== CPU ${rate}× ==`);
      if (flag("--only-large")) {
        if (p200k) await measureLarge(browser, url, rate, p200k);
        continue;
      }
      const s = await measureStartup(browser, baseUrlOf(url), rate);
      if (rate === RATES[0]) {
        const total = s.bytes.first.reduce((a, f) => a + f.gz, 0);
        console.log(`first-load bytes (gzip -9): ${kb(total)} = ${s.bytes.first.map((f) => `${f.file} ${kb(f.gz)}`).join(" + ")}`);
        const more = s.bytes.untilSkeleton.reduce((a, f) => a + f.gz, 0);
        console.log(
          `until 骨架 usable (插入骨架 painted): ${kb(total + more)} in ${s.bytes.first.length + s.bytes.untilSkeleton.length} requests ` +
            `(${s.bytes.first.length} first load + ${s.bytes.untilSkeleton.length} after)` +
            (s.bytes.untilSkeleton.length ? ` = first load + ${s.bytes.untilSkeleton.map((f) => `${f.file} ${kb(f.gz)}`).join(" + ")}` : ""),
        );
        if (s.bytes.after.length)
          console.log(`  requested after the tabs painted (prefetch/lazy): ${s.bytes.after.map((f) => `${f.file} ${kb(f.gz)}`).join(", ")}`);
      }
      console.log(`time to tabs: ${spread(s.tabs)}; DOM elements at start: ${median(s.nodes)}`);
      console.log(`time to 骨架 usable: ${spread(s.skeleton)}; after the tabs: ${spread(s.skeleton.map((t, i) => t - s.tabs[i]))}`);
      if (flag("--startup-only")) continue;
      const keys = await measureTyping(browser, url, rate);
      console.log(`常用语 keystroke-to-paint: p50 ${ms(pct(keys, 50))}, p95 ${ms(pct(keys, 95))}, max ${ms(Math.max(...keys))} (${keys.length} keys)`);
      const checks = [];
      for (let i = 0; i < RUNS; i++) checks.push(await measureCheck(browser, url, rate, p10k.length, p10k));
      console.log(
        `10,000-paragraph check: longest task ${spread(checks.map((c) => c.checkLongest))}; click → results ${spread(checks.map((c) => c.checkMs))}`,
      );
      if (p200k) await measureLarge(browser, url, rate, p200k);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

const baseUrlOf = (u) => u;

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
