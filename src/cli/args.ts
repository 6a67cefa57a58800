/** Command-line parsing for duizhao (no dependencies). */

import type { Severity } from "../core/types";

export type Format = "text" | "json";
/** Formats of the 审核台 report (check only): self-contained HTML, or the summary as CSV. */
export type ReviewFormat = "html" | "csv";

export interface CheckOptions {
  command: "check";
  inputs: string[];
  format: Format | ReviewFormat;
  /** -o: write the html/csv report to this file instead of standard output. */
  output: string | null;
  /** --previous (repeatable): last year's materials, for 年年提 (html/csv only). */
  previous: string[];
  preset: string | null;
  /** The user's own preset files (--preset-file, repeatable), loaded before checking. */
  presetFiles: string[];
  minSeverity: Severity;
  color: boolean | null;
  /** --words: the 本单位词表 (.txt, one per line); its names and terms are never flagged. */
  words: string | null;
  /** --aspect-set: the 查摆方面 set of themes that offer several (组织生活会: 六大纪律 / 四个对照 / …); null = each theme's first. */
  aspectSet: string | null;
}

export type Command =
  | CheckOptions
  | { command: "presets"; format: Format; presetFiles: string[] }
  | { command: "help" }
  | { command: "version" };

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

const SEVERITIES: Severity[] = ["error", "warning", "info"];

export function parseArgs(argv: string[]): Command {
  if (argv.length === 0) return { command: "help" };
  const rest = [...argv];
  const first = rest[0];
  if (first === "--help" || first === "-h" || first === "help") return { command: "help" };
  if (first === "--version" || first === "-v" || first === "-V" || first === "version") return { command: "version" };
  const command = rest.shift();
  if (command !== "check" && command !== "presets") throw new UsageError(`未知的命令：${command}`);

  const opts: CheckOptions = { command: "check", inputs: [], format: "text", output: null, previous: [], preset: null, presetFiles: [], minSeverity: "info", color: null, words: null, aspectSet: null };
  let literal = false;
  while (rest.length > 0) {
    const a = rest.shift()!;
    if (literal || !a.startsWith("-") || a === "-") {
      opts.inputs.push(a);
      continue;
    }
    if (a === "--") {
      literal = true;
      continue;
    }
    const eq = a.indexOf("=");
    const name = eq > 0 ? a.slice(0, eq) : a;
    const inline = eq > 0 ? a.slice(eq + 1) : null;
    const value = (): string => {
      const v = inline ?? rest.shift();
      if (v === undefined || v === "") throw new UsageError(`选项 ${name} 需要一个值`);
      return v;
    };
    switch (name) {
      case "--help":
      case "-h":
        return { command: "help" };
      case "--version":
      case "-v":
      case "-V":
        return { command: "version" };
      case "--format":
      case "-f": {
        const v = value();
        if (v !== "text" && v !== "json" && v !== "html" && v !== "csv") throw new UsageError(`--format 只能是 text、json、html 或 csv，收到：${v}`);
        opts.format = v;
        break;
      }
      case "--output":
      case "-o":
        opts.output = value();
        break;
      case "--previous":
        opts.previous.push(value());
        break;
      case "--preset":
      case "-p":
        opts.preset = value();
        break;
      case "--preset-file":
        opts.presetFiles.push(value());
        break;
      case "--min-severity": {
        const v = value();
        if (!SEVERITIES.includes(v as Severity)) throw new UsageError(`--min-severity 只能是 error、warning 或 info，收到：${v}`);
        opts.minSeverity = v as Severity;
        break;
      }
      case "--words":
        if (opts.words !== null) throw new UsageError("--words 只能使用一次");
        opts.words = value();
        break;
      case "--aspect-set":
        if (opts.aspectSet !== null) throw new UsageError("--aspect-set 只能使用一次");
        opts.aspectSet = value();
        break;
      case "--no-color":
        opts.color = false;
        break;
      case "--color":
        opts.color = true;
        break;
      default:
        throw new UsageError(`未知的选项：${a}`);
    }
  }
  if (command === "presets") {
    if (opts.format === "html" || opts.format === "csv") throw new UsageError("presets 命令的 --format 只能是 text 或 json");
    if (opts.inputs.length > 0) throw new UsageError(`presets 命令不接受参数：${opts.inputs.join(" ")}`);
    if (opts.aspectSet !== null) throw new UsageError("--aspect-set 只能用于 check 命令（duizhao presets 会列出可选的查摆方面）");
    return { command: "presets", format: opts.format, presetFiles: opts.presetFiles };
  }
  const review = opts.format === "html" || opts.format === "csv";
  if (!review && opts.output !== null) throw new UsageError("-o 只能与 --format html 或 csv 一起使用");
  if (review && opts.words !== null) throw new UsageError("--words 目前只能与 --format text 或 json 一起使用");
  if (!review && opts.previous.length > 0) throw new UsageError("--previous 只能与 --format html 或 csv 一起使用");
  if (opts.inputs.length === 0) throw new UsageError("请指定要检查的文件或文件夹");
  return opts;
}

export const HELP = `duizhao — 对照检查材料结构检查（本机运行，不联网）

用法：
  duizhao check <文件或文件夹…> [选项]   检查 .docx、.txt、.md 文件（文件夹递归查找）
  duizhao presets [--format json]        列出全部预设（年度主题 · 材料类型）
  duizhao --help                         显示本帮助
  duizhao --version                      显示版本号

check 选项：
  --format text|json|html|csv
                             输出格式，默认 text；json 为每个文件一份报告（多个文件时为数组）；
                             html 为可打印的审核报告（含雷同比对、年年提），csv 为汇总表
  -o, --output <文件>        html、csv 报告写入该文件（默认输出到屏幕）
  --previous <文件或文件夹>  往年材料（可多次使用），用于发现“年年提”（html、csv）
  --preset <预设编号>        指定预设，如 dlsh-2025/banzi；默认按标题自动识别
  --preset-file <文件.json>  载入本单位的预设文件（可多次使用；与内置主题编号相同时替换内置主题）
  --aspect-set <方面编号>    有多套查摆方面的主题（如 2026 年度组织生活会）按哪一套检查：
                             liuda-jilv（六大纪律）、sige-duizhao（四个对照）、dlsh（民主生活会的方面）；
                             默认用第一套，与任务窗格“骨架”中的“查摆方面”相同；
                             duizhao presets 列出各主题可选的编号
  --words <文件.txt>         本单位词表（每行一个人名、地名或术语）：引文正是词表中的词时，
                             不报用词、占位符、规范表述问题（text、json）
  --min-severity error|warning|info
                             只显示该级别及以上的问题，默认 info（全部显示）
  --no-color                 不使用颜色（也可设置环境变量 NO_COLOR）

说明：
  .txt、.md 须为 UTF-8 编码；文件夹中以 ~$ 开头的临时文件和隐藏文件会被跳过。
  段落序号从 1 开始显示（JSON 报告中 paragraph 从 0 开始）。

退出码：
  0  没有错误级问题
  1  至少一个文件有错误级问题
  2  有文件无法读取，或命令行参数有误

示例：
  duizhao check 材料.docx
  duizhao check 材料汇总/ --format json --min-severity warning
  duizhao check 材料.docx --preset dlsh-2025/banzi
  duizhao check 支部材料/ --aspect-set sige-duizhao
  duizhao check 材料汇总/ --format html -o 报告.html --previous 去年材料/
`;
