/**
 * `duizhao check … --format html|csv [-o 文件] [--previous 文件夹]`: the 审核台's report from the
 * command line. Reading is the CLI's (inputs.ts); checking, similarity, 年年提 and the report text
 * are the same src/core/review code the review.html page runs.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { reviewBatch, type BatchInput } from "../core/review/batch";
import { htmlReport, summaryCsv } from "../core/review/export";
import type { CheckOptions } from "./args";
import type { CliEngine, CliIO } from "./duizhao";
import { collectInputs, readInput, ReadError } from "./inputs";

function load(args: string[], io: CliIO, engine: CliEngine): { inputs: BatchInput[]; found: number } {
  const { files, problems } = collectInputs(args, io.cwd ?? process.cwd());
  const inputs: BatchInput[] = problems.map((p) => ({ name: p.display, error: p.reason }));
  for (const f of files) {
    try {
      inputs.push({ name: f.display, doc: readInput(f.path, { fromText: engine.fromText }).doc });
    } catch (e) {
      inputs.push({ name: f.display, error: e instanceof ReadError ? e.message : `读取失败（${String(e)}）` });
    }
  }
  return { inputs, found: files.length + problems.length };
}

function timestamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function runReview(opts: CheckOptions, io: CliIO, engine: CliEngine, now = new Date()): number {
  const current = load(opts.inputs, io, engine);
  if (current.found === 0) {
    io.stderr.write("duizhao: 没有找到可检查的文件（.docx、.txt、.md）\n");
    return 2;
  }
  const previous = load(opts.previous, io, engine);
  const progress = !!io.stderrIsTTY;
  if (progress) io.stderr.write(`检查并比对 ${current.inputs.length} 份材料……`);
  const result = reviewBatch(current.inputs, previous.inputs, { check: opts.preset ? { presetId: opts.preset } : {} });
  if (progress) io.stderr.write("\r\x1b[K");
  const text = opts.format === "html" ? htmlReport(result, { generatedAt: timestamp(now) }) : summaryCsv(result);
  for (const f of [...result.files, ...result.previous]) if (!f.ok) io.stderr.write(`${f.file}: 无法读取：${f.reason}\n`);
  const flagged = result.pairs.filter((p) => p.flagged).length;
  const summary = `${result.files.length} 份材料，雷同 ${flagged} 对，年年提 ${result.recycled.length} 段`;
  if (opts.output) {
    const out = path.resolve(io.cwd ?? process.cwd(), opts.output);
    try {
      fs.writeFileSync(out, text);
    } catch (e) {
      io.stderr.write(`duizhao: 无法写入 ${opts.output}：${(e as Error).message}\n`);
      return 2;
    }
    io.stderr.write(`已写入 ${opts.output}：${summary}\n`);
  } else {
    io.stdout.write(text);
  }
  const unreadable = [...result.files, ...result.previous].some((f) => !f.ok);
  const anyError = result.files.some((f) => f.ok && f.counts.error > 0);
  return unreadable ? 2 : anyError ? 1 : 0;
}
