/**
 * Creates the .docx reading worker. Kept apart (and imported only where `Worker` exists) because
 * the `new Worker(new URL(…, import.meta.url))` form is what webpack turns into a worker chunk, and
 * jest's CommonJS transform cannot load `import.meta`.
 */
export function spawnDocxWorker(): Worker {
  return new Worker(/* webpackChunkName: "docx-worker" */ new URL("./docx.worker.ts", import.meta.url), {
    name: "duizhao-docx",
  });
}
