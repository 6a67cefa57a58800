/**
 * Creates the checker worker. Kept apart (and imported only where `Worker` exists) because the
 * `new Worker(new URL(…, import.meta.url))` form is what webpack turns into a worker chunk, and
 * jest's CommonJS transform cannot load `import.meta`.
 */
export function spawnCheckWorker(): Worker {
  return new Worker(/* webpackChunkName: "check-worker" */ new URL("./check.worker.ts", import.meta.url), {
    name: "duizhao-check",
  });
}
