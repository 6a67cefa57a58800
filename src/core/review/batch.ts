/**
 * The 审核台's batch review, shared by the page (in its worker), the CLI and the bench: one summary
 * row per file, pairwise similarity, 年年提 against the previous set, stock-phrase density. Pure.
 */
import type { Analysis, DocumentModel, Finding, Preset, SectionKind } from "../types";
import { MATERIAL_TYPE_LABELS } from "../types";
import { checkDocument, type CheckOptions } from "../checker";
import { countFindings, coverage, SEVERITY_RANK, type SeverityCounts } from "../findings";
import { getPreset } from "../presets";
import { detectTitle } from "../title";
import { compact } from "../normalize";
import { comparePairs, DEFAULT_SIMILARITY, findRecycled, prepareDoc, type PairResult, type PreparedDoc, type RecycledHit, type SimilarityOptions } from "./similarity";
import { stockDensity, type StockDensity } from "./stock";

export interface FileSummary {
  file: string;
  ok: true;
  presetId: string;
  presetLabel: string;
  presetDetected: boolean;
  /** 班子 / 个人 / 党支部 / 党员. */
  typeLabel: string;
  year: number | null;
  /** Author or unit from the name line, the title or the signature; "" when none found. */
  author: string;
  parts: { have: number; need: number; missing: SectionKind[] };
  aspects: { have: number; need: number; group: string };
  counts: SeverityCounts;
  characters: number;
  paragraphs: number;
  /** Most serious finding (first of the highest severity), null when none. */
  top: Finding | null;
  stock: StockDensity;
  findings: Finding[];
}

export interface FailedFile {
  file: string;
  ok: false;
  /** Chinese reason the file could not be read. */
  reason: string;
}

export type FileResult = FileSummary | FailedFile;

export interface ReviewResult {
  files: FileResult[];
  previous: FileResult[];
  /** Every pair sharing at least one passage; flagged pairs first. */
  pairs: PairResult[];
  recycled: RecycledHit[];
  /** Per file: share of its text that more than half of the batch shares (only files with any). */
  common: Record<string, number>;
  options: SimilarityOptions;
}

const UNIT_SUFFIX = /(领导班子|党组|党委|党工委|党总支|党支部|班子成员|班子)/;

/** Author or unit: the name line under the title, else the unit in the title, else the signature. */
export function findAuthor(doc: DocumentModel, analysis: Analysis): string {
  const ps = doc.paragraphs;
  const block = detectTitle(ps);
  const title = analysis.title?.paragraph ?? -1;
  for (const i of block.paragraphs) {
    if (i === title) continue;
    const t = compact(ps[i].text).replace(/^[（(]|[）)]$/g, "");
    if (t && !/^\d{4}年/.test(t) && !/对照检查|民主生活会|组织生活会/.test(t)) return t.replace(/同志$/, "");
  }
  if (analysis.title) {
    const t = compact(analysis.title.text);
    const m = UNIT_SUFFIX.exec(t);
    if (m && m.index > 0) return t.slice(0, m.index + m[0].length).replace(/^中共/, "");
    const y = /\d{4}年/.exec(t);
    if (y && y.index >= 2) return t.slice(0, y.index).replace(/同志$/, "");
  }
  // Signature: a short line among the last three non-empty paragraphs, before or without a date line.
  const tail: string[] = [];
  for (let i = ps.length - 1; i >= 0 && tail.length < 3; i--) {
    const t = compact(ps[i].text);
    if (t) tail.push(t);
  }
  for (const t of tail) {
    if (t.length <= 20 && !/[。，；：！？,.;:!?]/.test(t) && !/^\d{4}年/.test(t) && !/^[（(]?\d{4}年/.test(t)) return t;
  }
  return "";
}

function headingAspectCount(analysis: Analysis): number {
  const matched = new Set<string>();
  for (const s of analysis.sections) if (s.kind === "存在的问题") for (const a of s.aspects) if (a.aspectId) matched.add(a.aspectId);
  return matched.size;
}

function summarize(file: string, doc: DocumentModel, report: ReturnType<typeof checkDocument>, preset: Preset): FileSummary {
  const analysis = report.analysis;
  // Derived from the findings, like the 检查 tab's summary: never a count that no finding explains.
  const cov = coverage(report.findings, analysis, preset);
  const missing = cov.missingRequired;
  const counts = countFindings(report.findings);
  let top: Finding | null = null;
  for (const f of report.findings) if (!top || SEVERITY_RANK[f.severity] < SEVERITY_RANK[top.severity]) top = f;
  const problemTexts: string[] = [];
  for (const p of doc.paragraphs) {
    const s = analysis.sectionOf[p.index];
    if (s !== undefined && s >= 0 && analysis.sections[s].kind === "存在的问题") problemTexts.push(p.text);
  }
  return {
    file,
    ok: true,
    presetId: preset.id,
    presetLabel: preset.label,
    presetDetected: report.preset.detected,
    typeLabel: MATERIAL_TYPE_LABELS[preset.materialType],
    year: preset.year,
    author: findAuthor(doc, analysis),
    parts: { have: cov.requiredTotal - missing.length, need: cov.requiredTotal, missing },
    // Not listed by aspect: counted as covered by heading, as before (no finding to contradict).
    aspects: { have: cov.aspectsNote ? headingAspectCount(analysis) : cov.aspectsCovered, need: cov.aspectsTotal, group: preset.aspectGroup },
    counts,
    characters: report.stats.characters,
    paragraphs: report.stats.paragraphs,
    top,
    stock: stockDensity(problemTexts.length ? problemTexts : doc.paragraphs.map((p) => p.text)),
    findings: report.findings,
  };
}

/** Checks one document and prepares it for comparison. */
export function reviewFile(file: string, doc: DocumentModel, opts: Omit<CheckOptions, "file"> = {}): { summary: FileSummary; prepared: PreparedDoc } {
  const report = checkDocument(doc, { ...opts, file });
  const preset = getPreset(report.preset.id) ?? opts.preset;
  if (!preset) throw new Error(`未知的预设“${report.preset.id}”`);
  return { summary: summarize(file, doc, report, preset), prepared: prepareDoc(file, doc, report.analysis, preset) };
}

/** Pairs among the current set and 年年提 against the previous set. */
export function compareBatch(
  current: readonly PreparedDoc[],
  previous: readonly PreparedDoc[],
  opts: SimilarityOptions = DEFAULT_SIMILARITY,
): { pairs: PairResult[]; recycled: RecycledHit[]; common: Record<string, number> } {
  const { pairs, common } = comparePairs(current, opts);
  return { pairs, common, recycled: findRecycled(current, previous, opts) };
}

export type BatchInput = { name: string; doc: DocumentModel } | { name: string; error: string };

/** Everything at once (CLI, tests, bench); the page does the same steps one file at a time. */
export function reviewBatch(
  current: readonly BatchInput[],
  previous: readonly BatchInput[] = [],
  opts: { check?: Omit<CheckOptions, "file">; similarity?: Partial<SimilarityOptions> } = {},
): ReviewResult {
  const sim = { ...DEFAULT_SIMILARITY, ...opts.similarity };
  const run = (inputs: readonly BatchInput[]) => {
    const files: FileResult[] = [];
    const prepared: PreparedDoc[] = [];
    for (const x of inputs) {
      if ("error" in x) {
        files.push({ file: x.name, ok: false, reason: x.error });
        continue;
      }
      try {
        const r = reviewFile(x.name, x.doc, opts.check);
        files.push(r.summary);
        prepared.push(r.prepared);
      } catch (e) {
        files.push({ file: x.name, ok: false, reason: `检查失败（${e instanceof Error ? e.message : String(e)}）` });
      }
    }
    return { files, prepared };
  };
  const cur = run(current);
  const prev = run(previous);
  const { pairs, recycled, common } = compareBatch(cur.prepared, prev.prepared, sim);
  return { files: cur.files, previous: prev.files, pairs, recycled, common, options: sim };
}
