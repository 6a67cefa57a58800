/**
 * The 审核台's store (runs in store.worker.ts; plain logic, so that jest can drive it): keeps the
 * full result and the prepared text of every file of both sets, waits for a load's files from
 * the readers, compares, and posts the page only its view (rows without findings, pairs without
 * passages, the charts as SVG). Details, passages and export contents are answered on request.
 */
import { compareBatch, type FileResult, type FileSummary, type ReviewResult } from "../core/review/batch";
import { barChartSvg, barsByFile, barsByRule, htmlReport, opinionText, summaryCsv, summaryRows, SUMMARY_HEADER, type Cell } from "../core/review/export";
import { DEFAULT_SIMILARITY, type PairResult, type PreparedDoc } from "../core/review/similarity";
import { strToU8, zipSync } from "fflate";
import { baseName, type FileRow, type FileSet, type FromStore, type LoadStats, type PairRow, type ReaderToStore, type ReviewView, type ToStore } from "./protocol";

interface Entry {
  result: FileResult;
  prepared: PreparedDoc | null;
}

interface Job {
  id: number;
  set: FileSet;
  waiting: Set<string>;
  total: number;
  done: number;
  stats: LoadStats;
  lastProgress: number;
}

/** Progress messages are sent at most this often (ms), and for the last file. */
export const PROGRESS_INTERVAL_MS = 100;

export function toRow(f: FileResult): FileRow {
  if (!f.ok) return f;
  // Everything but the findings (the table shows counts and the top one).
  const { findings: _findings, ...row } = f;
  return row;
}

/** Sheets of the .xlsx: 汇总, 雷同, 年年提. */
export function xlsxSheets(result: ReviewResult): { sheet: string; rows: Cell[][] }[] {
  return [
    { sheet: "汇总", rows: [[...SUMMARY_HEADER], ...summaryRows(result)] },
    {
      sheet: "雷同",
      rows: [
        ["材料甲", "材料乙", "相同比例（较短材料）", "甲中相同", "乙中相同", "最长一段（字）", "雷同"],
        ...result.pairs.map((p) => [p.a, p.b, p.ratio, p.shareA, p.shareB, p.longest, p.flagged ? "是" : "否"]),
      ],
    },
    {
      sheet: "年年提",
      rows: [["文件", "段落", "今年文字", "往年材料", "往年段落"], ...result.recycled.map((r) => [r.file, r.paragraph + 1, r.text, r.previousFile, r.previousParagraph + 1])],
    },
  ];
}

/** Every file's 审核意见 in one .zip (names made unique). */
export function opinionsZip(result: ReviewResult): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const used = new Set<string>();
  for (const f of result.files) {
    let name = `审核意见-${baseName(f.file)}.txt`;
    for (let k = 2; used.has(name); k++) name = `审核意见-${baseName(f.file)}-${k}.txt`;
    used.add(name);
    files[name] = strToU8(opinionText(result, f));
  }
  return zipSync(files);
}

/** The page's per-file chart shows at most this many files (the exported report shows all). */
export const CHART_MAX_FILES = 50;

/** Findings per file: every file in file order, or the CHART_MAX_FILES with the most problems. */
export function fileChart(result: ReviewResult): string {
  const bars = barsByFile(result);
  if (bars.length <= CHART_MAX_FILES) return barChartSvg(bars, { title: "各材料发现的问题", labelWidth: 240 });
  const total = (b: (typeof bars)[number]) => b.values[0] * 1e6 + b.values[1] * 1e3 + b.values[2];
  const top = [...bars].sort((a, b) => total(b) - total(a)).slice(0, CHART_MAX_FILES);
  return barChartSvg(top, { title: `问题最多的 ${CHART_MAX_FILES} 份材料（共 ${bars.length} 份，全部见导出的报告）`, labelWidth: 240 });
}

export class ReviewStore {
  private readonly sets: Record<FileSet, Map<string, Entry | null>> = { current: new Map(), previous: new Map() };
  private job: Job | null = null;
  /** Files that came in before their "begin" (the reader's channel may overtake the page's). */
  private readonly early = new Map<number, ReaderToStore[]>();
  private lastId = 0;
  private compared: { pairs: PairResult[]; recycled: ReviewResult["recycled"]; common: Record<string, number> } = { pairs: [], recycled: [], common: {} };

  constructor(
    private readonly post: (m: FromStore, transfer?: Transferable[]) => void,
    private readonly clock: () => number = () => performance.timeOrigin + performance.now(),
  ) {}

  fromPage(m: ToStore): void {
    try {
      this.handle(m);
    } catch (e) {
      if (m.type !== "connect") this.post({ type: "error", id: m.id, message: e instanceof Error ? e.message : String(e) });
    }
  }

  private handle(m: ToStore): void {
    switch (m.type) {
      case "connect":
        return;
      case "begin": {
        this.lastId = m.id;
        const map = this.sets[m.set];
        // Reserve the order of new names (a name already there keeps its place and is replaced).
        for (const n of m.names) if (!map.has(n)) map.set(n, null);
        const now = this.clock();
        this.job = {
          id: m.id,
          set: m.set,
          waiting: new Set(m.names),
          total: m.names.length,
          done: 0,
          lastProgress: -Infinity,
          stats: { files: m.names.length, readers: m.readers, readMs: 0, checkMs: 0, beginAt: now, storedAt: now, compareMs: 0, postedAt: 0 },
        };
        const early = this.early.get(m.id) ?? [];
        this.early.delete(m.id);
        for (const f of early) this.store(f);
        if (this.job && this.job.waiting.size === 0) this.finish();
        return;
      }
      case "remove":
        this.lastId = m.id;
        for (const n of m.names) this.sets[m.set].delete(n);
        this.job = this.emptyJob(m.id, "current");
        this.finish();
        return;
      case "clear":
        this.lastId = m.id;
        this.sets.current.clear();
        this.sets.previous.clear();
        this.job = this.emptyJob(m.id, "current");
        this.finish();
        return;
      case "detail": {
        const e = this.sets.current.get(m.file) ?? this.sets.previous.get(m.file);
        const ok = e && e.result.ok && e.prepared;
        this.post({ type: "detail", id: m.id, detail: ok ? { file: e.result as FileSummary, paragraphs: e.prepared!.texts } : null });
        return;
      }
      case "passages": {
        const p = this.compared.pairs.find((x) => x.a === m.a && x.b === m.b);
        this.post({ type: "passages", id: m.id, passages: p?.passages ?? [] });
        return;
      }
      case "export": {
        const result = this.fullResult();
        if (m.kind === "csv") this.post({ type: "export", id: m.id, text: summaryCsv(result) });
        else if (m.kind === "html") this.post({ type: "export", id: m.id, text: htmlReport(result, { generatedAt: m.generatedAt }) });
        else if (m.kind === "xlsx") this.post({ type: "export", id: m.id, sheets: xlsxSheets(result) });
        else if (m.kind === "opinion") {
          const f = result.files.find((x) => x.file === m.file) ?? result.previous.find((x) => x.file === m.file);
          if (!f) throw new Error(`没有这份材料：${m.file}`);
          this.post({ type: "export", id: m.id, text: opinionText(result, f) });
        } else {
          const bytes = opinionsZip(result);
          this.post({ type: "export", id: m.id, bytes }, [bytes.buffer]);
        }
        return;
      }
    }
  }

  fromReader(m: ReaderToStore): void {
    if (!this.job || this.job.id !== m.id) {
      // Ahead of its "begin": keep it; behind (a request already answered): drop it.
      if (m.id > this.lastId) this.early.set(m.id, [...(this.early.get(m.id) ?? []), m]);
      return;
    }
    this.store(m);
    if (this.job.waiting.size === 0) this.finish();
  }

  private store(m: ReaderToStore): void {
    const job = this.job!;
    const name = m.result.file;
    if (!job.waiting.delete(name)) return;
    this.sets[m.set].set(name, { result: m.result, prepared: m.prepared });
    job.done++;
    job.stats.readMs += m.readMs;
    job.stats.checkMs += m.checkMs;
    const now = this.clock();
    job.stats.storedAt = now;
    if (job.done === job.total || now - job.lastProgress >= PROGRESS_INTERVAL_MS) {
      job.lastProgress = now;
      this.post({ type: "progress", id: job.id, done: job.done, total: job.total, file: name });
    }
  }

  private emptyJob(id: number, set: FileSet): Job {
    const now = this.clock();
    return { id, set, waiting: new Set(), total: 0, done: 0, lastProgress: now, stats: { files: 0, readers: 0, readMs: 0, checkMs: 0, beginAt: now, storedAt: now, compareMs: 0, postedAt: 0 } };
  }

  private entries(set: FileSet): Entry[] {
    const out: Entry[] = [];
    for (const e of this.sets[set].values()) if (e) out.push(e);
    return out;
  }

  /** Everything, as the CLI's reviewBatch returns it (for the exports). */
  fullResult(): ReviewResult {
    return {
      files: this.entries("current").map((e) => e.result),
      previous: this.entries("previous").map((e) => e.result),
      ...this.compared,
      options: DEFAULT_SIMILARITY,
    };
  }

  private finish(): void {
    const job = this.job!;
    this.job = null;
    const t0 = this.clock();
    const prepared = (s: FileSet) => this.entries(s).flatMap((e) => (e.prepared ? [e.prepared] : []));
    this.compared = compareBatch(prepared("current"), prepared("previous"), DEFAULT_SIMILARITY);
    job.stats.compareMs = this.clock() - t0;
    const full = this.fullResult();
    const pairs: PairRow[] = full.pairs.map(({ passages, ...p }) => ({ ...p, passageCount: passages.length }));
    const view: ReviewView = {
      files: full.files.map(toRow),
      previous: full.previous.map(toRow),
      pairs,
      recycled: full.recycled,
      common: full.common,
      options: full.options,
      charts: {
        byRule: barChartSvg(barsByRule(full), { title: "各规则发现的问题（全部材料）" }),
        byFile: fileChart(full),
      },
    };
    job.stats.postedAt = this.clock();
    this.post({ type: "result", id: job.id, view, stats: job.stats });
  }
}
