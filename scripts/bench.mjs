// `npm run bench`: runs the benchmark scripts through tsx, one after another. Prints numbers;
// never fails on timing.
import { spawnSync } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const scripts = ["bench/run.ts", "bench/cold.ts", "bench/phrase-search.ts", "bench/skeleton-insert.ts", "bench/review-browser.mjs"];
let status = 0;
for (const script of scripts) {
  console.log("");
  const r = spawnSync(process.execPath, ["--import", "tsx", resolve(root, script), ...process.argv.slice(2)], {
    cwd: root,
    stdio: "inherit",
  });
  status ||= r.status ?? 1;
}
process.exit(status);
