/**
 * duizhao: check 对照检查材料 (.docx / .txt / .md) from the command line.
 * `main(argv, io, engine)` is pure plumbing with injectable I/O so tests run it in-process.
 */

import pkg from "../../package.json";
import type { DocumentModel, Finding, Report } from "../core/types";
import { hasCheckableText, NO_CHECKABLE_TEXT } from "../core/checkable";
import { encodingLabel } from "../core/encoding";
import { HELP, parseArgs, UsageError, type CheckOptions } from "./args";
import { atLeast, countFindings } from "../core/findings";
import { applyWordList, parseWordList } from "../core/findingPrefs";
import { ANSI, formatReportText, formatTable, PLAIN, type TableRow } from "./format";
import { anyFolder, readInput, readPresetFile, readWordFile, ReadError, walkInputs, type ReadResult } from "./inputs";
import { safeJson, sanitizeForTerminal } from "./sanitize";
import { runReview } from "./review";

export interface CliIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

export interface PresetInfo {
  id: string;
  label: string;
  verified?: boolean;
}

/** A theme offering several 查摆方面 sets (组织生活会: 六大纪律 / 四个对照 / …); the first is its default. */
export interface AspectSetTheme {
  themeId: string;
  label: string;
  sets: { id: string; label: string }[];
}

/** What the CLI needs from the core engine (see engine.ts for the real binding). */
export interface CliEngine {
  check(doc: DocumentModel, presetId: string | null, file: string): Report;
  presets(): PresetInfo[];
  fromText(text: string): DocumentModel;
  /** Installs the themes of a user's preset files (parsed JSON); throws with a Chinese message when invalid. */
  usePresetFiles(files: { name: string; json: unknown }[]): void;
  /** The themes (shipped and from preset files) that offer several aspect sets. */
  aspectSets(): AspectSetTheme[];
  /** Uses aspect set `id` in every theme that offers it (the others keep their first set). */
  useAspectSet(id: string): void;
}

export const VERSION: string = pkg.version;

export function main(argv: string[], io: CliIO, engine: CliEngine): number {
  let cmd;
  try {
    cmd = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`duizhao: ${sanitizeForTerminal(e.message)}\n运行 duizhao --help 查看用法。\n`);
      return 2;
    }
    throw e;
  }
  if ((cmd.command === "check" || cmd.command === "presets") && cmd.presetFiles.length > 0) {
    const loaded: { name: string; json: unknown }[] = [];
    for (const name of cmd.presetFiles) {
      try {
        loaded.push({ name, json: JSON.parse(readPresetFile(name, io.cwd ?? process.cwd())) });
      } catch (e) {
        io.stderr.write(`duizhao: 无法读取预设文件 ${sanitizeForTerminal(name)}：${e instanceof SyntaxError ? "不是有效的 JSON" : e instanceof Error ? e.message : String(e)}\n`);
        return 2;
      }
    }
    try {
      engine.usePresetFiles(loaded);
    } catch (e) {
      io.stderr.write(`duizhao: ${sanitizeForTerminal(e instanceof Error ? e.message : String(e))}\n`);
      return 2;
    }
  }
  switch (cmd.command) {
    case "help":
      io.stdout.write(HELP);
      return 0;
    case "version":
      io.stdout.write(`duizhao ${VERSION}\n`);
      return 0;
    case "presets": {
      const list = engine.presets();
      if (cmd.format === "json") io.stdout.write(JSON.stringify(list, null, 2) + "\n");
      else {
        const w = Math.max(...list.map((p) => p.id.length), 4);
        for (const p of list) io.stdout.write(`${p.id.padEnd(w)}  ${p.label}${p.verified === false ? "（方面表述未核实）" : ""}\n`);
        const themes = engine.aspectSets();
        if (themes.length > 0) {
          io.stdout.write("\n可选的查摆方面（check --aspect-set <编号>，默认为第一套）：\n");
          for (const t of themes) io.stdout.write(`  ${sanitizeForTerminal(t.label)}：${t.sets.map((s) => `${sanitizeForTerminal(s.id)}（${sanitizeForTerminal(s.label)}）`).join("、")}\n`);
        }
      }
      return 0;
    }
    case "check":
      return runCheck(cmd, io, engine);
  }
}

function runCheck(opts: CheckOptions, io: CliIO, engine: CliEngine): number {
  const env = io.env ?? {};
  const useColor = opts.color ?? (!!io.stdoutIsTTY && !env.NO_COLOR && env.TERM !== "dumb");
  const palette = useColor ? ANSI : PLAIN;
  const errPalette = opts.color !== false && io.stderrIsTTY && !env.NO_COLOR ? ANSI : PLAIN;

  if (opts.preset !== null && !engine.presets().some((p) => p.id === opts.preset)) {
    io.stderr.write(`duizhao: 未知的预设：${sanitizeForTerminal(opts.preset)}。运行 duizhao presets 查看全部预设编号。\n`);
    return 2;
  }
  if (opts.aspectSet !== null) {
    const themes = engine.aspectSets();
    const offering = themes.filter((t) => t.sets.some((s) => s.id === opts.aspectSet));
    if (offering.length === 0) {
      const valid = new Map<string, string>();
      for (const t of themes) for (const s of t.sets) if (!valid.has(s.id)) valid.set(s.id, s.label);
      const list = [...valid].map(([id, label]) => `${sanitizeForTerminal(id)}（${sanitizeForTerminal(label)}）`).join("、");
      io.stderr.write(`duizhao: 未知的查摆方面：${sanitizeForTerminal(opts.aspectSet)}。${list ? `可选的编号：${list}。` : "没有哪个预设提供可选的查摆方面。"}\n`);
      return 2;
    }
    engine.useAspectSet(opts.aspectSet);
    const preset = opts.preset;
    if (preset !== null && !offering.some((t) => t.themeId === preset.split("/")[0])) {
      io.stderr.write(`duizhao: 提示：预设 ${sanitizeForTerminal(preset)} 没有“${sanitizeForTerminal(opts.aspectSet)}”这套查摆方面，--aspect-set 对它不起作用。\n`);
    }
  }
  if (opts.format === "html" || opts.format === "csv") return runReview(opts, io, engine);

  const cwd = io.cwd ?? process.cwd();
  let words: string[] = [];
  if (opts.words !== null) {
    try {
      words = parseWordList(readWordFile(opts.words, cwd));
    } catch (e) {
      io.stderr.write(`duizhao: 无法读取词表文件 ${sanitizeForTerminal(opts.words)}：${sanitizeForTerminal(e instanceof Error ? e.message : String(e))}\n`);
      return 2;
    }
  }
  const many = opts.inputs.length > 1 || anyFolder(opts.inputs, cwd);
  const json = opts.format === "json";
  const reports: Report[] = [];
  const rows: TableRow[] = [];
  let unreadable = 0;
  let anyError = false;
  let printed = 0;
  let lastWasUnreadable = false;
  const progress = many && !!io.stderrIsTTY;
  const clearProgress = () => {
    if (progress) io.stderr.write("\r\x1b[K");
  };

  let empty = 0;
  const reportUnreadable = (display: string, reason: string, what = "无法读取") => {
    clearProgress();
    unreadable++;
    const line = `${sanitizeForTerminal(display)}: ${what}：${reason}`;
    if (json) io.stderr.write(errPalette.red(line) + "\n");
    else {
      if (printed++ > 0 && !lastWasUnreadable) io.stdout.write("\n");
      io.stdout.write(palette.red(line) + "\n");
    }
    lastWasUnreadable = true;
    rows.push({ file: sanitizeForTerminal(display), counts: null, status: what });
  };

  // Files are checked and printed as the walk finds them: a huge or looping folder shows progress at once.
  let seen = 0;
  for (const ev of walkInputs(opts.inputs, cwd)) {
    if (ev.kind === "problem") {
      reportUnreadable(ev.display, ev.reason);
      continue;
    }
    seen++;
    if (progress) io.stderr.write(`\r\x1b[K检查中 第 ${seen} 个  ${sanitizeForTerminal(ev.display)}`);
    let read: ReadResult;
    try {
      read = readInput(ev.path, { fromText: engine.fromText });
    } catch (e) {
      reportUnreadable(ev.display, e instanceof ReadError ? e.message : "读取失败：文件内容无法识别");
      continue;
    }
    if (!hasCheckableText(read.doc)) {
      empty++;
      reportUnreadable(ev.display, NO_CHECKABLE_TEXT, "无法检查");
      continue;
    }
    const { file: _ignored, ...rest } = engine.check(read.doc, opts.preset, ev.display);
    const report: Report = { file: ev.display, ...rest, findings: applyWordList(rest.findings, words, read.doc) };
    const counts = countFindings(report.findings);
    if (counts.error > 0) anyError = true;
    const shown = report.findings.filter((x) => atLeast(x.severity, opts.minSeverity));
    clearProgress();
    const note = read.encoding && read.encoding !== "UTF-8" ? `  ${palette.dim(`（按 ${encodingLabel(read.encoding)} 编码读取）`)}\n` : "";
    if (json) reports.push({ ...report, findings: shown });
    else {
      if (printed++ > 0) io.stdout.write("\n");
      io.stdout.write(formatReportText(forTerminal(report), shown.map(findingForTerminal), counts, palette) + note);
    }
    lastWasUnreadable = false;
    rows.push({ file: sanitizeForTerminal(ev.display), counts });
  }
  clearProgress();
  if (rows.length === 0) {
    io.stderr.write("duizhao: 没有找到可检查的文件（.docx、.txt、.md）\n");
    return 2;
  }

  if (json) {
    io.stdout.write(safeJson(JSON.stringify(many ? reports : (reports[0] ?? null), null, 2)) + "\n");
  } else if (many) {
    io.stdout.write("\n" + formatTable(rows, palette));
    const ok = rows.filter((r) => r.counts && r.counts.error === 0).length;
    io.stdout.write(`共 ${rows.length} 个文件：${ok} 个无错误，${rows.length - ok - unreadable} 个有错误，${unreadable - empty} 个无法读取${empty ? `，${empty} 个没有可检查的文字` : ""}\n`);
  }
  return unreadable > 0 ? 2 : anyError ? 1 : 0;
}

function forTerminal(r: Report): Report {
  return { ...r, file: r.file === undefined ? r.file : sanitizeForTerminal(r.file), preset: { ...r.preset, label: sanitizeForTerminal(r.preset.label) } };
}

function findingForTerminal(f: Finding): Finding {
  const out: Finding = { ...f, message: sanitizeForTerminal(f.message) };
  if (f.quote !== undefined) out.quote = sanitizeForTerminal(f.quote);
  return out;
}
