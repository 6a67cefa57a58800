#!/usr/bin/env node
/* global fetch */
/**
 * A 200,000-paragraph .docx in the playground (issue 14 §2): prints numbers, never fails on timing.
 *
 *   node --import tsx bench/large-doc.mjs [--no-build] [--dist DIR] [--rates 1,4] [--paragraphs N] [--timeout S] [--profile DIR] [--trace] [--trace-top K] [--host wps]
 *
 * Builds production (webpack --mode production --env webOnly --env playground) into a cache folder
 * (reused with --no-build), serves it on 127.0.0.1 and drives Chromium (/usr/bin/chromium through
 * playwright-core; CDP Emulation.setCPUThrottlingRate for the 4× run). The .docx is written the way
 * Word writes it (bench/generate.ts toDocx) and cached in the temp folder, because generating it
 * takes about a minute.
 *
 * For each CPU rate, in a fresh page:
 *  - load+display: duizhaoDemo.loadDocx(bytes) called from a page task → the promise resolved and
 *    the status bar shows N paragraphs; the longest main-thread task (Long Tasks API) meanwhile and
 *    how many tasks took over 1 s;
 *  - check: click 检查 → result shown and the button enabled again; the longest task meanwhile.
 * The check's paragraph count ("N 段") is verified, so a broken run is reported as such.
 *
 * --profile DIR: also records the main thread's CPU profile of each phase (load-R.cpuprofile,
 * check-R.cpuprofile, openable in DevTools) and prints what its busy stretches over 300 ms spent
 * their time in (browser-lib summarizeProfile; the profiler slows the page a little).
 * --trace: also records a Chromium trace of each phase and prints the main thread's longest task
 * in thread CPU time besides wall time: on a machine loaded by other processes the wall time of a
 * task stretches, its CPU time much less (browser-lib mainThreadTasks). --trace-top K: and lists the
 * K tasks with the most CPU time with what they spent it on.
 * --host wps: the same in playground.html?host=wps (the simulated WPS object model, synchronous: the
 * pane's read runs on the page thread), so the check's longest task is the WPS read's (in slices
 * since issue 14) unless the check itself has a longer one.
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { buildProduction, cliArgs, collectLong, collectLongAt, LONGTASKS, mainThreadTasks, startProfile, summarizeProfile } from "./browser-lib.mjs";
import { staticHandler } from "../scripts/static-server.mjs";
import { generateMaterial, toDocx } from "./generate.ts";

const { flag, option } = cliArgs();
const RATES = option("--rates", "1,4").split(",").map(Number);
const N = Number(option("--paragraphs", "200000"));
const DIST = path.resolve(option("--dist", path.join(os.tmpdir(), "duizhao-bench-large")));
const TIMEOUT = Number(option("--timeout", "900")) * 1000;
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const PROFILE = option("--profile", null);
const TRACE = flag("--trace") || option("--trace-top", null) !== null;
const TRACE_TOP = Number(option("--trace-top", "0"));
const HOST = option("--host", "word");
if (HOST !== "word" && HOST !== "wps") throw new Error(`--host word|wps, not ${HOST}`);

const ms = (x) => `${Math.round(x)} ms`;


function docxFile() {
  const file = path.join(os.tmpdir(), `duizhao-bench-large-${N}.docx`);
  if (!fs.existsSync(file)) {
    console.log(`generating a ${N}-paragraph .docx into ${file} …`);
    const bytes = toDocx(generateMaterial(N, 2025, { messyEvery: 8 }));
    fs.writeFileSync(file + ".tmp", bytes);
    fs.renameSync(file + ".tmp", file);
  }
  return file;
}

function serve(dir, docx) {
  const statics = staticHandler(dir);
  const server = http.createServer((req, res) => {
    if (req.url === "/__bench/large.docx") {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      fs.createReadStream(docx).pipe(res);
      return;
    }
    statics(req, res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` })));
}


async function measure(browser, url, rate) {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  try {
    await page.goto(new URL(HOST === "wps" ? "playground.html?host=wps" : "playground.html", url).href, { waitUntil: "load" });
    await page.getByRole("tab", { name: "检查" }).click();
    await page.locator('#panel-check button[data-action="check"]').waitFor({ timeout: 120000 });
    await page.evaluate(async () => {
      window.__bytes = new Uint8Array(await (await fetch("/__bench/large.docx")).arrayBuffer());
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });

    const profiles = [];
    /** Stops the phase's profile (if any) and keeps it for the report. */
    const traced = {};
    const profiled = async (phase) => {
      if (TRACE) await browser.startTracing(page, { categories: ["toplevel", "devtools.timeline"] });
      const p = PROFILE ? await startProfile(cdp) : null;
      return async () => {
        if (TRACE) traced[phase] = mainThreadTasks(JSON.parse((await browser.stopTracing()).toString("utf8")));
        if (!p) return;
        const profile = await p.stop();
        fs.mkdirSync(PROFILE, { recursive: true });
        fs.writeFileSync(path.join(PROFILE, `${phase}-${rate}.cpuprofile`), JSON.stringify(profile));
        const tasks = (await collectLongAt(page)).filter((t) => t.ms >= 300);
        const list = tasks.map((t) => `+${Math.round(t.start)} ms: ${Math.round(t.ms)} ms`).join(", ");
        profiles.push(`${phase}: long tasks over 300 ms (start after the phase began): ${list || "none"}\n${await summarizeProfile(profile, DIST)}`);
      };
    };

    await page.evaluate(LONGTASKS);
    let endProfile = await profiled("load");
    const t0 = await page.evaluate(() => performance.now());
    await page.evaluate(() => {
      window.__loaded = null;
      window.__loadError = null;
      // Not awaited by the protocol call: the load runs as the page's own tasks.
      setTimeout(() =>
        window.duizhaoDemo.loadDocx(window.__bytes).then(
          () => (window.__loaded = performance.now()),
          (e) => (window.__loadError = String(e && e.message)),
        ),
      );
    });
    await page.waitForFunction(
      (n) =>
        window.__loadError !== null ||
        (window.__loaded !== null && document.querySelector('[data-testid="paragraph-count"]')?.textContent?.includes(String(n))),
      N,
      { timeout: TIMEOUT, polling: 100 },
    );
    const loadError = await page.evaluate(() => window.__loadError);
    if (loadError) throw new Error(`loadDocx failed: ${loadError}`);
    const loadMs = (await page.evaluate(() => performance.now())) - t0;
    const loadLong = await collectLong(page);
    await endProfile();

    await page.evaluate(LONGTASKS);
    endProfile = await profiled("check");
    const button = page.locator('#panel-check button[data-action="check"]');
    const c0 = await page.evaluate(() => performance.now());
    // A pane frozen by a long task takes the click late: wait for it as long as for the rest.
    await button.click({ timeout: TIMEOUT });
    await page.waitForFunction(
      () => {
        const b = document.querySelector('#panel-check button[data-action="check"]');
        return !!document.querySelector('#panel-check [data-testid="check-result"]') && b && !b.disabled;
      },
      null,
      { timeout: TIMEOUT, polling: 100 },
    );
    const checkMs = (await page.evaluate(() => performance.now())) - c0;
    const checkLong = await collectLong(page);
    await endProfile();
    const summary = await page.locator("#panel-check dl").textContent();
    const ok = summary.includes(`${N} 段`);
    const counts = await page.locator('#panel-check [data-summary="counts"]').textContent();
    return { loadMs, loadLong, checkMs, checkLong, ok, counts, errors, profiles, traced };
  } finally {
    await context.close();
  }
}

const describe = (xs) => `longest task ${ms(Math.max(0, ...xs))}, ${xs.filter((x) => x > 1000).length} task(s) over 1 s, ${xs.length} long tasks`;

async function main() {
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`bench large-doc skipped: no Chromium at ${CHROMIUM}`);
    return;
  }
  if (!flag("--no-build") || !fs.existsSync(path.join(DIST, "playground.html"))) buildProduction(DIST, ["playground"]);
  const docx = docxFile();
  const { server, url } = await serve(DIST, docx);
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  console.log(
    `duizhao large-doc bench — ${HOST === "wps" ? "WPS host, " : ""}${N} paragraphs (${(fs.statSync(docx).size / 1e6).toFixed(1)} MB .docx), ${os.cpus().length} CPU(s), load ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")}`,
  );
  try {
    for (const rate of RATES) {
      try {
        const r = await measure(browser, url, rate);
        console.log(`\n== CPU ${rate}× ==`);
        console.log(`load+display: ${ms(r.loadMs)} (${describe(r.loadLong)})`);
        console.log(`check: ${ms(r.checkMs)} (${describe(r.checkLong)})${r.ok ? "" : " — WRONG RESULT: paragraph count missing"}; ${r.counts}`);
        for (const [phase, tasks] of Object.entries(r.traced)) {
          const longest = (key) => tasks.reduce((m, t) => (t[key] > m[key] ? t : m), { wall: 0, cpu: 0 });
          const byCpu = longest("cpu");
          const byWall = longest("wall");
          console.log(
            `${phase} (trace): longest task by CPU ${ms(byCpu.cpu)} CPU (${ms(byCpu.wall)} wall); by wall ${ms(byWall.wall)} (${ms(byWall.cpu)} CPU); ` +
              `${tasks.filter((t) => t.wall > 1000).length} over 1 s wall; main-thread CPU ${ms(tasks.reduce((n, t) => n + t.cpu, 0))}`,
          );
          if (TRACE_TOP) {
            for (const t of [...tasks].sort((a, b) => b.cpu - a.cpu).slice(0, TRACE_TOP)) {
              console.log(`  +${Math.round(t.at)} ms: ${ms(t.cpu)} CPU, ${ms(t.wall)} wall — ${t.what}`);
            }
          }
        }
        if (r.errors.length) console.log(`page errors: ${r.errors.join(" | ")}`);
        for (const p of r.profiles) console.log(p);
      } catch (e) {
        console.log(`\n== CPU ${rate}× ==\ndid not finish: ${String(e.message).split("\n")[0]}`);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
