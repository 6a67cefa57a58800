// Bench of the 审核台 (issue 13, item 7): N files of about 10,000 characters read, checked and
// compared in Chromium (review.html: reader workers in parallel, one store worker), for N = 50 and
// 300; plus the same batch through the CLI's code path in Node. Prints numbers, asserts nothing.
//
// Run: node --import tsx bench/review-browser.mjs [50 300 …]   (also part of `npm run bench`)
// Env: CHROMIUM_PATH (default /usr/bin/chromium); DUIZHAO_BROWSER_DIST=<dir> reuses a web build;
//      REVIEW_BUILD=production builds for production (default: development, as the browser tests);
//      REVIEW_CORPUS=distinct|pooled; REVIEW_SKIP_NODE=1; REVIEW_NO_TRACE=1 (no Chromium trace);
//      REVIEW_TRACE_DEBUG=1 (what the main thread's longest tasks spent their time on).
//
// The materials come from bench/generate.ts: every file draws its sentences from the same small
// pools, so every pair shares many short runs — a worst case for the comparison step (real
// materials share far less). Half of the files are .docx (as Word writes them), half .txt.
// Printed per run: wall time from loadFiles to the painted table; the phases from the page's
// window.duizhaoReview.stats() (reading + checking in the readers, comparing in the store, the
// result's trip to the page, the page's rendering); the longest main-thread task (PerformanceObserver
// 'longtask'); CPU time and peak resident memory of the Chromium processes (sampled every 100 ms,
// from /proc, without this Node process); the page's JS heap.
/* global PerformanceObserver, setInterval, clearInterval, requestAnimationFrame, fetch */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildWeb, serveStatic } from "../test/browser/run.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const gen = await import("./generate.ts").then((m) => (m.generateMaterial ? m : m.default));
const core = await import("../src/core/review/batch.ts").then((m) => (m.reviewBatch ? m : m.default));
const text = await import("../src/core/text.ts").then((m) => (m.documentFromText ? m : m.default));
const docx = await import("../src/docx/index.ts").then((m) => (m.readDocx ? m : m.default));

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const SIZES = sizes.length ? sizes : [50, 300];
// By default the pooled worst case runs only at the smallest size (at 300 it takes minutes).
const CORPORA = process.env.REVIEW_CORPUS ? [process.env.REVIEW_CORPUS] : ["distinct", "pooled"];
const sizesFor = (corpus) => (process.env.REVIEW_CORPUS || corpus === "distinct" ? SIZES : SIZES.slice(0, 1));
const PARAGRAPHS = 220; // ≈ 10,000 characters

// Common Han characters for the "distinct" corpus.
const HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质";
function rand(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

/**
 * corpus "distinct": the generator's structure with each body paragraph rewritten in the file's own
 * (random) words, and three passages of 300 characters copied between files 1↔2, 3↔4, 5↔6;
 * corpus "pooled": the generator as it is (every file shares its sentence pools: worst case).
 */
function makeFiles(n, corpus) {
  const files = [];
  const copied = Array.from({ length: 3 }, (_, k) => {
    const r = rand(99 + k);
    return Array.from({ length: 300 }, (_, i) => (i % 25 === 24 ? "，" : HAN[Math.floor(r() * HAN.length)])).join("");
  });
  for (let i = 0; i < n; i++) {
    const ps = gen.generateMaterial(PARAGRAPHS, 1000 + i, { messyEvery: 25 });
    if (corpus === "distinct") {
      const r = rand(7 + i);
      for (const p of ps) {
        if (p.level !== null) continue;
        const len = p.text.length;
        p.text = p.text.slice(0, 3) + Array.from({ length: Math.max(0, len - 3) }, (_, k) => (k % 18 === 17 ? "，" : HAN[Math.floor(r() * HAN.length)])).join("") + "。";
      }
      if (i < 6) ps.splice(8, 0, { text: copied[Math.floor(i / 2)], level: null });
    }
    if (i % 2 === 0) files.push({ name: `材料${String(i + 1).padStart(3, "0")}.docx`, bytes: gen.toDocx(ps) });
    else files.push({ name: `材料${String(i + 1).padStart(3, "0")}.txt`, bytes: new Uint8Array(Buffer.from(gen.toText(ps), "utf8")) });
  }
  return files;
}

/** Children of each process, from /proc (Linux). */
function childrenMap() {
  const children = {};
  for (const d of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      (children[ppid] ??= []).push(Number(d));
    } catch {
      // The process went away.
    }
  }
  return children;
}

/** Descendants of a process (not itself). */
function descendants(pid) {
  const children = childrenMap();
  const out = [];
  const stack = [...(children[pid] ?? [])];
  while (stack.length) {
    const p = stack.pop();
    out.push(p);
    stack.push(...(children[p] ?? []));
  }
  return out;
}

/**
 * Resident memory (KB) and CPU time (ms, user + system) of the processes this bench started
 * (Chromium: browser, renderer, GPU/utility processes), without the bench's own Node process.
 */
function chromiumUsage() {
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  let rssKb = 0;
  let cpuMs = 0;
  for (const p of descendants(process.pid)) {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"));
      if (m) rssKb += Number(m[1]);
      const stat = fs.readFileSync(`/proc/${p}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      cpuMs += (Number(f[11]) + Number(f[12])) * tick;
    } catch {
      // gone
    }
  }
  return { rssKb, cpuMs };
}

/**
 * From a Chromium trace (devtools.timeline): per thread, the tasks' CPU time (tdur) and wall time
 * (dur). The page's main thread is CrRendererMain; its workers are DedicatedWorker threads.
 */
function threadTimes(json) {
  const events = json.traceEvents ?? json;
  const names = new Map();
  for (const e of events) if (e.ph === "M" && e.name === "thread_name") names.set(`${e.pid}:${e.tid}`, e.args?.name ?? "");
  const by = new Map();
  for (const e of events) {
    if (e.ph !== "X" || e.name !== "RunTask" || typeof e.dur !== "number") continue;
    const key = `${e.pid}:${e.tid}`;
    const t = by.get(key) ?? { name: names.get(key) ?? "", cpu: 0, wall: 0, maxCpu: 0, maxWall: 0 };
    const cpu = (e.tdur ?? e.dur) / 1000;
    t.cpu += cpu;
    t.wall += e.dur / 1000;
    t.maxCpu = Math.max(t.maxCpu, cpu);
    t.maxWall = Math.max(t.maxWall, e.dur / 1000);
    by.set(key, t);
  }
  const all = [...by.values()];
  const mains = all.filter((t) => t.name === "CrRendererMain").sort((a, b) => b.cpu - a.cpu);
  if (process.env.REVIEW_TRACE_DEBUG && mains[0]) {
    // The main thread's three longest tasks, by what they spent their time on.
    const key = [...by.entries()].find(([, t]) => t === mains[0])[0];
    const tasks = events.filter((e) => e.ph === "X" && e.name === "RunTask" && `${e.pid}:${e.tid}` === key).sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0));
    const kinds = new Map();
    const inner0 = events.filter((e) => e.ph === "X" && e.name !== "RunTask" && `${e.pid}:${e.tid}` === key).sort((a, b) => a.ts - b.ts);
    let j = 0;
    for (const t of [...tasks].sort((a, b) => a.ts - b.ts)) {
      while (j < inner0.length && inner0[j].ts < t.ts) j++;
      const first = j < inner0.length && inner0[j].ts <= t.ts + t.dur ? inner0[j].name : "(空)";
      const k = kinds.get(first) ?? [0, 0];
      k[0]++;
      k[1] += (t.tdur ?? t.dur) / 1000;
      kinds.set(first, k);
    }
    console.log(`    主线程任务按类：${[...kinds].sort((a, b) => b[1][1] - a[1][1]).slice(0, 8).map(([n, [c, v]]) => `${n} ${c} 个 ${v.toFixed(0)} ms`).join("，")}`);
    for (const t of tasks.slice(0, 3)) {
      const inner = new Map();
      for (const e of events) {
        if (e.ph !== "X" || `${e.pid}:${e.tid}` !== key || e === t || e.ts < t.ts || e.ts + e.dur > t.ts + t.dur) continue;
        inner.set(e.name, (inner.get(e.name) ?? 0) + (e.tdur ?? e.dur) / 1000);
      }
      console.log(`    任务 ${((t.tdur ?? t.dur) / 1000).toFixed(0)} ms CPU：${[...inner].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, v]) => `${n} ${v.toFixed(0)}`).join("，")}`);
    }
  }
  return {
    main: mains[0] ?? { cpu: 0, wall: 0, maxCpu: 0, maxWall: 0 },
    workers: all.filter((t) => /DedicatedWorker/.test(t.name)).sort((a, b) => b.cpu - a.cpu),
  };
}

const sec = (x) => `${(x / 1000).toFixed(2)} s`;
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;

async function main() {
  console.log(`审核台基准：每份约 ${PARAGRAPHS} 段（约 1 万字），一半 .docx、一半 .txt；CPU ${os.cpus().length} 核，负载 ${os.loadavg().map((x) => x.toFixed(1)).join(" / ")}（1/5/15 分钟）`);

  // Node (the CLI's code path: reviewBatch). REVIEW_SKIP_NODE=1 skips it.
  if (!process.env.REVIEW_SKIP_NODE)
  for (const corpus of CORPORA)
  for (const n of sizesFor(corpus)) {
    const files = makeFiles(n, corpus);
    const chars = files.length ? Math.round(files.reduce((s, f) => s + (f.name.endsWith(".txt") ? Buffer.from(f.bytes).toString("utf8").length : 0), 0) / Math.ceil(n / 2)) : 0;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const inputs = files.map((f) => ({ name: f.name, doc: f.name.endsWith(".docx") ? docx.readDocx(f.bytes) : text.documentFromText(Buffer.from(f.bytes).toString("utf8")) }));
    const t1 = performance.now();
    const r = core.reviewBatch(inputs);
    const t2 = performance.now();
    const cpu = process.cpuUsage(c0);
    console.log(
      `Node ${corpus} ${n} 份（.txt 平均 ${chars} 字）：读取 ${(t1 - t0).toFixed(0)} ms，检查 + 比对 ${(t2 - t1).toFixed(0)} ms，合计 ${(t2 - t0).toFixed(0)} ms（CPU 时间 ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms，不受其他进程抢占影响）；有相同段落的组合 ${r.pairs.length}，雷同 ${r.pairs.filter((p) => p.flagged).length} 对；heapUsed ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB`,
    );
  }

  const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!fs.existsSync(chromiumPath)) {
    console.log(`未找到 Chromium（${chromiumPath}），跳过浏览器部分。`);
    return;
  }
  let dist = process.env.DUIZHAO_BROWSER_DIST;
  let tmp = null;
  if (!dist) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "duizhao-bench-review-"));
    dist = tmp;
    // REVIEW_BUILD=production: the build users get (React's production build renders several times
    // faster than the development one the browser tests use).
    if (process.env.REVIEW_BUILD === "production") {
      console.log("构建页面（webpack production）……");
      const r = spawnSync("npx", ["webpack", "--mode", "production", "--env", "webOnly", "--output-path", dist], { cwd: root, stdio: "inherit" });
      if (r.status !== 0) throw new Error("webpack 构建失败");
    } else {
      console.log("构建页面（webpack development）……");
      buildWeb(dist);
    }
  }
  const { server, url } = await serveStatic(dist);
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true });
  try {
    for (const corpus of CORPORA)
    for (const n of sizesFor(corpus)) {
      const files = makeFiles(n, corpus);
      const page = await browser.newPage();
      await page.goto(new URL("review.html", url).href);
      await page.waitForFunction(() => !!window.duizhaoReview);
      // The files are served next to the page and fetched first (not timed), as if picked.
      const sub = `.bench-review/${corpus}-${n}`;
      fs.mkdirSync(path.join(dist, sub), { recursive: true });
      for (const f of files) fs.writeFileSync(path.join(dist, sub, f.name), f.bytes);
      const handle = await page.evaluateHandle(
        async ([dir, names]) =>
          Promise.all(names.map(async (name) => ({ name, bytes: await (await fetch(`${dir}/${encodeURIComponent(name)}`)).arrayBuffer() }))),
        [sub, files.map((f) => f.name)],
      );
      await page.evaluate(() => {
        window.__longTasks = [];
        new PerformanceObserver((l) => window.__longTasks.push(...l.getEntries().map((e) => e.duration))).observe({ type: "longtask" });
      });
      const trace = !process.env.REVIEW_NO_TRACE;
      if (trace) await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
      const before = chromiumUsage();
      let peak = before.rssKb;
      const timer = setInterval(() => (peak = Math.max(peak, chromiumUsage().rssKb)), 100);
      const { ms, renderedAt, t0 } = await page.evaluate(async (list) => {
        const t0 = performance.timeOrigin + performance.now();
        await window.duizhaoReview.loadFiles(list);
        // Until the table shows the rows: React commits on the next task, then a frame is painted.
        await new Promise((r) => setTimeout(r, 0));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const renderedAt = performance.timeOrigin + performance.now();
        return { ms: renderedAt - t0, renderedAt, t0 };
      }, handle);
      clearInterval(timer);
      const after = chromiumUsage();
      peak = Math.max(peak, after.rssKb);
      const threads = trace ? threadTimes(JSON.parse((await browser.stopTracing()).toString("utf8"))) : null;
      const rows = await page.evaluate(() => window.duizhaoReview.rows().length);
      const domRows = await page.locator('[data-testid="summary"] tbody tr').count();
      const pairs = await page.evaluate(() => window.duizhaoReview.pairs().length);
      const tasks = await page.evaluate(() => window.__longTasks);
      const s = await page.evaluate(() => (window.duizhaoReview.stats ? window.duizhaoReview.stats() : null));
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Performance.enable");
      const metrics = await cdp.send("Performance.getMetrics").catch(() => ({ metrics: [] }));
      const heap = metrics.metrics?.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
      console.log(`Chromium ${corpus} ${n} 份：合计（墙钟）${sec(ms)}；${rows} 行（DOM 中 ${domRows} 行），雷同 ${pairs} 对`);
      if (threads) {
        const w = threads.workers;
        console.log(
          `  跟踪（线程 CPU 时间，不受其他进程抢占影响）：页面主线程最长任务 ${threads.main.maxCpu.toFixed(0)} ms CPU（墙钟 ${threads.main.maxWall.toFixed(0)} ms），主线程任务合计 ${sec(threads.main.cpu)} CPU；` +
            `工作线程 ${w.length} 个，CPU ${w.map((x) => sec(x.cpu)).join(" + ")}`,
        );
      }
      if (s) {
        console.log(
          `  分段：读取 + 检查（${s.readers} 个读取线程并行，墙钟）${sec(s.storedAt - t0)}［各文件累计：读取 ${sec(s.readMs)}，检查 ${sec(s.checkMs)}］；` +
            `比对 ${sec(s.compareMs)}；结果传到页面 ${sec(s.receivedAt - s.postedAt)}；页面渲染 ${sec(renderedAt - s.receivedAt)}`,
        );
      } else {
        console.log("  （页面不提供分段时间）");
      }
      console.log(
        `  主线程：最长任务 ${Math.round(Math.max(0, ...tasks))} ms（长任务 ${tasks.length} 个，合计 ${Math.round(tasks.reduce((a, b) => a + b, 0))} ms）；` +
          `Chromium CPU 时间 ${sec(after.cpuMs - before.cpuMs)}；Chromium 内存 ${mb(before.rssKb)} → 峰值 ${mb(peak)}；页面主线程 JS 堆 ${(heap / 1048576).toFixed(0)} MB`,
      );
      await page.close();
      fs.rmSync(path.join(dist, sub), { recursive: true, force: true });
    }
  } finally {
    await browser.close();
    server.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
