/**
 * What the browser benchmarks (pane.mjs, large-doc.mjs, bundle.mjs) share: their command-line
 * options and the production build they measure.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/* global PerformanceObserver, requestAnimationFrame */

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** `flag("--x")` and `option("--x", default)` over this process's arguments. */
export function cliArgs(argv = process.argv.slice(2)) {
  return {
    args: argv,
    flag: (name) => argv.includes(name),
    option: (name, dflt) => {
      const i = argv.indexOf(name);
      return i >= 0 && i + 1 < argv.length ? argv[i + 1] : dflt;
    },
  };
}

/** webpack --mode production --env webOnly (plus `envs`, e.g. ["playground"]) into `dist`; prints how long it took. */
export function buildProduction(dist, envs = []) {
  console.log(`building production (${["webOnly", ...envs].join(" + ")}) into ${dist} …`);
  const t0 = Date.now();
  const envArgs = ["webOnly", ...envs].flatMap((e) => ["--env", e]);
  const r = spawnSync("npx", ["webpack", "--mode", "production", ...envArgs, "--output-path", dist], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    throw new Error(`webpack failed (${r.status})`);
  }
  console.log(`built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/** Page script (page.evaluate / addInitScript): starts recording the durations of long tasks in window.__long. */
export const LONGTASKS = () => {
  window.__long = [];
  /** [start, duration] in ms, start relative to this call (collectLongAt). */
  window.__longAt = [];
  window.__longT0 = performance.now();
  window.__longObs?.disconnect();
  window.__longObs = new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      window.__long.push(e.duration);
      window.__longAt.push([e.startTime - window.__longT0, e.duration]);
    }
  });
  window.__longObs.observe({ type: "longtask" });
};

/** Waits two frames so a task already queued is reported, then returns the long tasks seen. */
export const collectLong = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(window.__long.slice()), 50))),
      ),
  );

/** Like collectLong, with each task's start: [{ start, ms }], start in ms after LONGTASKS ran. */
export const collectLongAt = async (page) => {
  await collectLong(page);
  return (await page.evaluate(() => window.__longAt.slice())).map(([start, ms]) => ({ start, ms }));
};

/**
 * Starts the V8 sampling profiler of the page's main thread (CDP Profiler); `stop()` returns the
 * .cpuprofile object. For attributing long tasks (summarizeProfile), not for timing.
 */
export async function startProfile(cdp, intervalUs = 500) {
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: intervalUs });
  await cdp.send("Profiler.start");
  return { stop: async () => (await cdp.send("Profiler.stop")).profile };
}

/**
 * What the main thread was doing during its longest busy stretches: a .cpuprofile cut into busy
 * stretches (samples between "(idle)" samples — back-to-back tasks count as one stretch, so a
 * stretch is an upper bound of a task), and for each stretch over `minMs` the functions with the
 * most self and inclusive time, named by their original source through the build's source maps
 * in `dist` (minified positions when a map or the source-map package is missing). Returns text.
 */
export async function summarizeProfile(profile, dist, { minMs = 300, top = 12 } = {}) {
  let SourceMapConsumer = null;
  try {
    ({ SourceMapConsumer } = (await import("source-map")).default ?? (await import("source-map")));
  } catch {
    // raw positions
  }
  const maps = new Map();
  const mapFor = (url) => {
    if (!SourceMapConsumer || !url) return null;
    const file = path.join(dist, new URL(url).pathname);
    if (!maps.has(file)) {
      let c = null;
      try {
        c = new SourceMapConsumer(JSON.parse(fs.readFileSync(file + ".map", "utf8")));
      } catch {
        c = null;
      }
      maps.set(file, c);
    }
    return maps.get(file);
  };
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const names = new Map();
  const nameOf = (id) => {
    if (names.has(id)) return names.get(id);
    const { functionName, url, lineNumber, columnNumber } = nodes.get(id).callFrame;
    let name = functionName || "(anonymous)";
    if (url && url.startsWith("http")) {
      const c = mapFor(url);
      const o = c ? c.originalPositionFor({ line: lineNumber + 1, column: columnNumber }) : null;
      if (o && o.source) {
        const src = o.source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
        name = `${o.name || functionName || "(anonymous)"} ${src}:${o.line}`;
      } else name = `${name} ${new URL(url).pathname}:${lineNumber + 1}:${columnNumber}`;
    }
    names.set(id, name);
    return name;
  };
  const isIdle = (id) => nodes.get(id).callFrame.functionName === "(idle)";
  // Busy stretches.
  const stretches = [];
  let cur = null;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const id = profile.samples[i];
    if (isIdle(id)) {
      if (cur) stretches.push(cur);
      cur = null;
      continue;
    }
    cur ??= { start: t, ms: 0, samples: [] };
    cur.ms += dt / 1000;
    cur.samples.push([id, dt / 1000]);
  }
  if (cur) stretches.push(cur);
  const out = [];
  const long = stretches.filter((s) => s.ms >= minMs).sort((a, b) => b.ms - a.ms);
  const busy = stretches.reduce((n, s) => n + s.ms, 0);
  out.push(`profile: ${stretches.length} busy stretches, ${Math.round(busy)} ms busy; ${long.length} over ${minMs} ms`);
  for (const s of long) {
    const self = new Map();
    const total = new Map();
    for (const [id, ms] of s.samples) {
      const n = nameOf(id);
      self.set(n, (self.get(n) ?? 0) + ms);
      const seen = new Set();
      for (let p = id; p !== undefined; p = parent.get(p)) {
        const pn = nameOf(p);
        if (seen.has(pn)) continue;
        seen.add(pn);
        total.set(pn, (total.get(pn) ?? 0) + ms);
      }
    }
    const fmt = (m) =>
      [...m]
        .filter(([n]) => n !== "(root)")
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([n, ms]) => `      ${String(Math.round(ms)).padStart(6)} ms  ${n}`)
        .join("\n");
    out.push(`  stretch at +${Math.round((s.start - profile.startTime) / 1000)} ms: ${Math.round(s.ms)} ms`);
    out.push(`    self:\n${fmt(self)}`);
    out.push(`    inclusive:\n${fmt(total)}`);
  }
  return out.join("\n");
}

/**
 * The page main thread's tasks in a Chromium trace (browser.startTracing with the "toplevel" and
 * "devtools.timeline" categories): [{ at, wall, cpu, what }], times in ms (`at` from the first
 * task), `cpu` being the thread's own CPU time (trace `tdur`), which other processes' load on the
 * machine does not stretch, and `what` the task's longest inner events (a function call by its
 * name and script position), e.g. "FunctionCall onmessage 613.js:1:2345 140". Several renderer
 * main threads (other pages): the busiest one.
 */
const TASK_EVENTS = new Set(["RunTask", "ThreadControllerImpl::RunTask"]);
export function mainThreadTasks(trace) {
  const events = trace.traceEvents ?? trace;
  const mains = new Set();
  for (const e of events) if (e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain") mains.add(`${e.pid}:${e.tid}`);
  const by = new Map();
  const inner = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== "X" || typeof e.dur !== "number" || !mains.has(key)) continue;
    const list = TASK_EVENTS.has(e.name) ? by : inner;
    if (!list.has(key)) list.set(key, []);
    list.get(key).push(e);
  }
  const total = (ts) => ts.reduce((n, t) => n + (t.tdur ?? t.dur), 0);
  const main = [...by.entries()].sort((a, b) => total(b[1]) - total(a[1]))[0];
  if (!main) return [];
  const [key, tasks] = main;
  tasks.sort((a, b) => a.ts - b.ts);
  const nested = (inner.get(key) ?? []).sort((a, b) => a.ts - b.ts);
  const t0 = tasks[0].ts;
  let j = 0;
  return tasks.map((t) => {
    while (j < nested.length && nested[j].ts < t.ts) j++;
    const parts = [];
    for (let k = j; k < nested.length && nested[k].ts <= t.ts + t.dur; k++) parts.push(nested[k]);
    const label = (e) => {
      const d = e.args?.data;
      const where = d?.url ? ` ${d.url.replace(/^.*\//, "")}:${d.lineNumber ?? ""}:${d.columnNumber ?? ""}` : "";
      return `${e.name}${d?.functionName ? ` ${d.functionName}` : ""}${where}`;
    };
    const what = parts
      .sort((a, b) => (b.tdur ?? b.dur) - (a.tdur ?? a.dur))
      .slice(0, 3)
      .map((e) => `${label(e)} ${Math.round((e.tdur ?? e.dur) / 1000)}`)
      .join(" / ");
    return { at: (t.ts - t0) / 1000, wall: t.dur / 1000, cpu: (t.tdur ?? t.dur) / 1000, what };
  });
}
