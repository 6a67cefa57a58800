/**
 * Everything the 审核台 writes, written once and used by the page and by `duizhao check --format
 * html|csv`: the summary table (rows for CSV and XLSX), CSV text, inline SVG bar charts, the
 * printable self-contained HTML report, and the per-file 审核意见 text. Pure string building.
 */
import { paragraphLabel, SEVERITY_LABEL, SEVERITY_ORDER } from "../findings";
import { RULES } from "../rules";
import type { FileResult, FileSummary, ReviewResult } from "./batch";
import type { PairResult } from "./similarity";

export type Cell = string | number;

export const SUMMARY_HEADER = [
  "文件",
  "作者/单位",
  "类型",
  "预设",
  "必备部分",
  "方面",
  "错误",
  "警告",
  "提示",
  "字数",
  "老三样（次）",
  "老三样（每千字）",
  "相似材料",
  "与多数材料相同",
  "年年提（段）",
  "最严重的问题",
  "无法读取的原因",
] as const;

export function percent(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

/** Flagged partners of a file: "乙.docx（42.1%）". */
function partners(result: ReviewResult, file: string): string {
  return result.pairs
    .filter((p) => p.flagged && (p.a === file || p.b === file))
    .map((p) => `${p.a === file ? p.b : p.a}（${percent(p.ratio)}）`)
    .join("；");
}

/** One row per file, in SUMMARY_HEADER order. */
export function summaryRows(result: ReviewResult): Cell[][] {
  return result.files.map((f) => {
    if (!f.ok) return [f.file, "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", f.reason];
    const recycled = result.recycled.filter((r) => r.file === f.file).length;
    return [
      f.file,
      f.author,
      f.typeLabel,
      f.presetLabel,
      `${f.parts.have}/${f.parts.need}`,
      `${f.aspects.have}/${f.aspects.need}`,
      f.counts.error,
      f.counts.warning,
      f.counts.info,
      f.characters,
      f.stock.count,
      f.stock.perThousand,
      partners(result, f.file),
      result.common[f.file] ? percent(result.common[f.file]) : "",
      recycled,
      f.top ? `${SEVERITY_LABEL[f.top.severity]}：${f.top.message}` : "",
      "",
    ];
  });
}

function csvField(v: Cell): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV (RFC 4180, CRLF) with a UTF-8 byte-order mark so that Excel opens the Chinese correctly. */
export function toCsv(header: readonly Cell[], rows: readonly Cell[][]): string {
  return "\ufeff" + [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export function summaryCsv(result: ReviewResult): string {
  return toCsv(SUMMARY_HEADER, summaryRows(result));
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const RULE_LABEL = new Map(RULES.map((r) => [r.id, r.description]));

export interface Bar {
  label: string;
  /** Stacked values: errors, warnings, infos. */
  values: [number, number, number];
  title?: string;
}

/** Findings per rule across all files, most frequent first. */
export function barsByRule(result: ReviewResult): Bar[] {
  const by = new Map<string, [number, number, number]>();
  for (const f of result.files) {
    if (!f.ok) continue;
    for (const x of f.findings) {
      const v = by.get(x.ruleId) ?? [0, 0, 0];
      v[SEVERITY_ORDER.indexOf(x.severity)]++;
      by.set(x.ruleId, v);
    }
  }
  return [...by]
    .map(([id, values]) => ({ label: id, values, title: RULE_LABEL.get(id) ?? id }))
    .sort((a, b) => sum(b.values) - sum(a.values) || a.label.localeCompare(b.label));
}

/** Findings per file, in file order. */
export function barsByFile(result: ReviewResult): Bar[] {
  return result.files.filter((f): f is FileSummary => f.ok).map((f) => ({ label: f.file, values: [f.counts.error, f.counts.warning, f.counts.info] }));
}

function sum(v: readonly number[]): number {
  return v.reduce((a, b) => a + b, 0);
}

export const SEVERITY_COLORS = ["#c50f1f", "#bc4b09", "#0f6cbd"] as const;

/** Horizontal stacked bar chart as a standalone SVG string (no script, no external resources). */
export function barChartSvg(bars: readonly Bar[], opts: { title: string; width?: number; labelWidth?: number }): string {
  const width = opts.width ?? 640;
  const labelWidth = opts.labelWidth ?? 200;
  const row = 22;
  const top = 28;
  const height = top + Math.max(1, bars.length) * row + 24;
  const max = Math.max(1, ...bars.map((b) => sum(b.values)));
  const scale = (width - labelWidth - 50) / max;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(opts.title)}" font-family="sans-serif" font-size="12">`,
    `<text x="0" y="16" font-size="14" font-weight="bold">${escapeHtml(opts.title)}</text>`,
  ];
  if (bars.length === 0) parts.push(`<text x="0" y="${top + 14}" fill="#666">没有发现问题</text>`);
  bars.forEach((b, i) => {
    const y = top + i * row;
    const label = b.label.length > 18 ? b.label.slice(0, 17) + "…" : b.label;
    parts.push(`<g data-bar="${escapeHtml(b.label)}"><title>${escapeHtml(b.title ?? b.label)}：错误 ${b.values[0]}，警告 ${b.values[1]}，提示 ${b.values[2]}</title>`);
    parts.push(`<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(label)}</text>`);
    let x = labelWidth;
    b.values.forEach((v, k) => {
      if (v <= 0) return;
      const w = Math.max(1, v * scale);
      parts.push(`<rect x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${row - 6}" fill="${SEVERITY_COLORS[k]}"/>`);
      x += w;
    });
    parts.push(`<text x="${(x + 4).toFixed(1)}" y="${y + 15}" fill="#333">${sum(b.values)}</text></g>`);
  });
  const ly = height - 8;
  SEVERITY_ORDER.forEach((s, k) => {
    parts.push(`<rect x="${labelWidth + k * 70}" y="${ly - 9}" width="10" height="10" fill="${SEVERITY_COLORS[k]}"/>`);
    parts.push(`<text x="${labelWidth + k * 70 + 14}" y="${ly}">${SEVERITY_LABEL[s]}</text>`);
  });
  parts.push("</svg>");
  return parts.join("");
}

/** 审核意见 for one file, to send back to its writer. */
export function opinionText(result: ReviewResult, file: FileResult): string {
  const lines: string[] = [`审核意见：${file.file}`, ""];
  if (!file.ok) {
    lines.push(`文件无法读取：${file.reason}`, "请检查文件后重新报送（支持 .docx、.txt、.md）。");
    return lines.join("\r\n") + "\r\n";
  }
  lines.push(`材料类型：${file.presetLabel}${file.presetDetected ? "（自动识别）" : ""}`);
  if (file.parts.missing.length) lines.push(`缺少必备部分：${file.parts.missing.join("、")}`);
  if (file.aspects.need > 0) lines.push(`对照“${file.aspects.group}”查摆：${file.aspects.have}/${file.aspects.need} 个方面`);
  lines.push("");
  let n = 0;
  for (const s of SEVERITY_ORDER) {
    const list = file.findings.filter((f) => f.severity === s);
    if (!list.length) continue;
    lines.push(`【${SEVERITY_LABEL[s]}】`);
    for (const f of list) {
      n++;
      lines.push(`${n}. ${paragraphLabel(f)}：${f.message}${f.quote ? `（原文：“${f.quote}”）` : ""}`);
    }
    lines.push("");
  }
  const pairs = result.pairs.filter((p) => p.flagged && (p.a === file.file || p.b === file.file));
  if (pairs.length) {
    lines.push("【与其他材料雷同】");
    for (const p of pairs) {
      const other = p.a === file.file ? p.b : p.a;
      const mine = p.a === file.file ? p.shareA : p.shareB;
      lines.push(`${++n}. 与“${other}”有 ${percent(mine)} 的文字相同，最长一段相同文字 ${p.longest} 字。请结合本人实际重新查摆，不得照搬他人材料。`);
    }
    lines.push("");
  }
  const recycled = result.recycled.filter((r) => r.file === file.file);
  if (recycled.length) {
    lines.push("【年年提】");
    for (const r of recycled) {
      lines.push(`${++n}. 第 ${r.paragraph + 1} 段与往年材料“${r.previousFile}”文字相同：“${r.text.length > 60 ? r.text.slice(0, 60) + "…" : r.text}”。往年查摆过的问题如仍存在，应说明整改情况和未改到位的原因。`);
    }
    lines.push("");
  }
  if (file.stock.count > 0) {
    lines.push(`【套话】“存在的问题”中有 ${file.stock.count} 处“老三样”表述（${file.stock.hits.map((h) => `${h.label} ${h.count}`).join("、")}），每千字 ${file.stock.perThousand} 处，请写具体事例。`, "");
  }
  if (n === 0) lines.push("未发现需要修改的问题。");
  return lines.join("\r\n").replace(/(\r\n)+$/, "") + "\r\n";
}

const REPORT_CSS = `
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:24px;color:#222;font-size:14px;line-height:1.6}
h1{font-size:22px}h2{font-size:18px;border-bottom:1px solid #ccc;padding-bottom:4px;margin-top:28px}h3{font-size:15px}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #bbb;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#f0f0f0}td.num{text-align:right}.err{color:#c50f1f}.warn{color:#bc4b09}.info{color:#0f6cbd}
.flag{background:#fde7e9}.side{display:grid;grid-template-columns:1fr 1fr;gap:8px}.side div{border:1px solid #ddd;padding:6px;background:#fafafa;white-space:pre-wrap}
.muted{color:#666}.file{page-break-inside:avoid}
@media print{body{margin:0}h2{page-break-after:avoid}.side div{background:#fff}}
`;

function pairBlock(p: PairResult, max: number): string {
  const rows = p.passages
    .slice(0, max)
    .map(
      (s) =>
        `<p class="muted">相同 ${s.length} 字：${escapeHtml(p.a)} 第 ${s.aParagraph + 1} 段 ↔ ${escapeHtml(p.b)} 第 ${s.bParagraph + 1} 段</p>` +
        `<div class="side"><div>${escapeHtml(s.aText)}</div><div>${escapeHtml(s.bText)}</div></div>`,
    )
    .join("");
  return `<h3>${escapeHtml(p.a)} ↔ ${escapeHtml(p.b)}：相同文字占较短材料 ${percent(p.ratio)}，最长 ${p.longest} 字</h3>${rows}`;
}

/** Printable, self-contained HTML report (inline CSS and SVG, no script, no external resources). */
export function htmlReport(result: ReviewResult, opts: { title?: string; generatedAt?: string } = {}): string {
  const title = opts.title ?? "对照检查材料审核报告";
  const ok = result.files.filter((f): f is FileSummary => f.ok);
  const failed = result.files.filter((f) => !f.ok);
  const flagged = result.pairs.filter((p) => p.flagged);
  const head = SUMMARY_HEADER.map((h) => `<th>${h}</th>`).join("");
  const body = summaryRows(result)
    .map((r, i) => {
      const cls = result.files[i].ok ? "" : ' class="flag"';
      return `<tr${cls}>${r.map((c) => `<td${typeof c === "number" ? ' class="num"' : ""}>${escapeHtml(String(c))}</td>`).join("")}</tr>`;
    })
    .join("");
  const o = result.options;
  const out: string[] = [
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${REPORT_CSS}</style></head><body>`,
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${opts.generatedAt ? `生成时间：${escapeHtml(opts.generatedAt)}。` : ""}共 ${result.files.length} 份材料：${ok.length} 份已检查，${failed.length} 份无法读取；往年材料 ${result.previous.length} 份。雷同 ${flagged.length} 对，年年提 ${result.recycled.length} 段。本报告在本机生成，未上传任何内容。</p>`,
    `<h2>汇总</h2><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`,
    `<h2>问题分布</h2>`,
    barChartSvg(barsByRule(result), { title: "各规则发现的问题（全部材料）" }),
    barChartSvg(barsByFile(result), { title: "各材料发现的问题", labelWidth: 240 }),
    `<h2>雷同材料</h2><p class="muted">相同文字超过较短材料的 ${percent(o.threshold)}，或有一段相同文字不少于 ${o.longPassage} 字（不计标点；固定政治表述和预设标题不计）即列为雷同。超过半数材料（且多于 10 份）共有的文字不逐对比较，在汇总表“与多数材料相同”一栏列出其占比。</p>`,
    flagged.length ? flagged.map((p) => pairBlock(p, 5)).join("") : "<p>没有发现雷同的材料。</p>",
    `<h2>年年提</h2>`,
  ];
  if (result.previous.length === 0) out.push("<p>未提供往年材料。</p>");
  else if (result.recycled.length === 0) out.push("<p>“存在的问题”中没有发现与往年材料相同的段落。</p>");
  else {
    out.push("<table><thead><tr><th>文件</th><th>段落</th><th>今年</th><th>往年材料</th><th>往年原文</th></tr></thead><tbody>");
    for (const r of result.recycled) {
      out.push(
        `<tr><td>${escapeHtml(r.file)}</td><td>第 ${r.paragraph + 1} 段</td><td>${escapeHtml(r.text)}</td><td>${escapeHtml(r.previousFile)} 第 ${r.previousParagraph + 1} 段</td><td>${escapeHtml(r.previousText)}</td></tr>`,
      );
    }
    out.push("</tbody></table>");
  }
  out.push("<h2>逐份审核意见</h2>");
  for (const f of result.files) out.push(`<div class="file"><h3>${escapeHtml(f.file)}</h3><pre style="white-space:pre-wrap;font-family:inherit">${escapeHtml(opinionText(result, f).replace(/\r\n/g, "\n").split("\n").slice(2).join("\n"))}</pre></div>`);
  out.push("</body></html>");
  return out.join("\n");
}
