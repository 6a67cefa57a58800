/** Executable entry of the bundled CLI (dist/cli/duizhao.js). */
import { main } from "./duizhao";
import { coreEngine } from "./engine";

process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  // `duizhao check … | head`: the reader went away; stop quietly.
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = main(
  process.argv.slice(2),
  {
    stdout: process.stdout,
    stderr: process.stderr,
    stdoutIsTTY: !!process.stdout.isTTY,
    stderrIsTTY: !!process.stderr.isTTY,
    env: process.env,
    cwd: process.cwd(),
  },
  coreEngine,
);
