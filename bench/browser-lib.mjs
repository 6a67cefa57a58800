/**
 * What the browser benchmarks (pane.mjs, large-doc.mjs, bundle.mjs) share: their command-line
 * options and the production build they measure.
 */
import { spawnSync } from "node:child_process";
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
  window.__longObs?.disconnect();
  window.__longObs = new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__long.push(e.duration);
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
