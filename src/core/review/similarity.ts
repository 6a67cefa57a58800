/**
 * Similarity between submissions (千人一面) and against last year's set (年年提). Pure.
 *
 * Each document becomes two streams (see fingerprint.ts): its body without the title block and
 * headings, and its 存在的问题 body. Fixed political formulas (src/data/review/formulas.json), the
 * preset's aspect and section wording and the document's own run-in heading clauses are masked.
 * Shared fingerprints across documents give seeds; seeds are verified and extended into exact passages.
 */
import type { Analysis, DocumentModel, Preset } from "../types";
import { detectTitle } from "../title";
import formulaData from "../../data/review/formulas.json";
import {
  buildStream,
  coverage,
  fingerprint,
  normalizeForMatch,
  passagesFromSeeds,
  type Fingerprints,
  type Passage,
  type Segment,
  type TextStream,
} from "./fingerprint";

export interface SimilarityOptions {
  /** A pair is flagged when the shared text is at least this share of the shorter text (0..1). */
  threshold: number;
  /** …or when any shared passage has at least this many characters. */
  longPassage: number;
  /** Shared runs shorter than this (characters) are common wording, not passages. */
  minPassage: number;
  /** A 存在的问题 paragraph is 年年提 when it shares a passage of at least this many characters with last year's set. */
  recycleMin: number;
}

export const DEFAULT_SIMILARITY: SimilarityOptions = { threshold: 0.15, longPassage: 80, minPassage: 20, recycleMin: 24 };

const FORMULAS: string[] = formulaData.formulas.map(normalizeForMatch).sort((a, b) => b.length - a.length);

/**
 * What similarity needs of one document; built once per file. Plain data (strings and typed
 * arrays), so that it can move between workers (see packPrepared) without the document model.
 */
export interface PreparedDoc {
  name: string;
  /** Original text of every paragraph (by paragraph index), for the excerpts of shared passages. */
  texts: string[];
  body: TextStream;
  bodyPrints: Fingerprints;
  problems: TextStream;
  problemPrints: Fingerprints;
}

/** The masks of one document: formulas, its preset's wording and its own run-in heading clauses. */
function masksFor(analysis: Analysis, preset: Preset): string[] {
  const extra = new Set<string>();
  for (const a of preset.aspects) {
    extra.add(normalizeForMatch(a.name));
    if (a.short.length >= 4) extra.add(normalizeForMatch(a.short));
  }
  for (const s of preset.sections) extra.add(normalizeForMatch(s.heading));
  for (const item of analysis.items) if (item.runIn && item.title.length <= 60) extra.add(normalizeForMatch(item.title));
  return [...FORMULAS, ...[...extra].filter((m) => m.length >= 2)].sort((a, b) => b.length - a.length);
}

export function prepareDoc(name: string, doc: DocumentModel, analysis: Analysis, preset: Preset): PreparedDoc {
  const skip = new Set<number>(detectTitle(doc.paragraphs).paragraphs);
  for (const item of analysis.items) if (!item.runIn) skip.add(item.paragraph);
  for (const p of doc.paragraphs) if (p.headingLevel !== null) skip.add(p.index);
  const masks = masksFor(analysis, preset);
  const body: Segment[] = [];
  const problems: Segment[] = [];
  for (const p of doc.paragraphs) {
    if (skip.has(p.index) || !p.text) continue;
    body.push({ paragraph: p.index, text: p.text });
    const s = analysis.sectionOf[p.index];
    if (s !== undefined && s >= 0 && analysis.sections[s].kind === "存在的问题") problems.push({ paragraph: p.index, text: p.text });
  }
  const bodyStream = buildStream(body, masks);
  const problemStream = buildStream(problems, masks);
  return {
    name,
    texts: doc.paragraphs.map((p) => p.text),
    body: bodyStream,
    bodyPrints: fingerprint(bodyStream),
    problems: problemStream,
    problemPrints: fingerprint(problemStream),
  };
}

/** A fingerprint found in more than this many documents, and in more than half of them, is common wording. */
export const COMMON_MIN_DOCS = 10;
/** At most this many positions of one fingerprint in one document are used as seeds. */
const MAX_SEEDS_PER_DOC = 3;

interface SeedResult {
  /** Pair key (i * n + j, i < j) → flat [posI, posJ, …]. */
  seeds: Map<number, number[]>;
  /** Per document: fingerprints that were common wording (see COMMON_MIN_DOCS). */
  common: Int32Array;
}

/**
 * Seeds between documents: for every hash shared by two documents, pairs of positions; only pairs
 * allowed by `pairOk` are kept. A hash in more than max(COMMON_MIN_DOCS, half of the documents) is
 * wording most of the batch shares (a template handed out, or one web page everyone copied): it is
 * counted per document as common instead of linking every pair, which would be quadratic and would
 * flag every pair alike.
 */
function seeds(prints: readonly Fingerprints[], pairOk: (i: number, j: number) => boolean, commonOver: number): SeedResult {
  let total = 0;
  for (const p of prints) total += p.hashes.length;
  const hash = new Int32Array(total);
  const docOf = new Int32Array(total);
  const pos = new Int32Array(total);
  let k = 0;
  prints.forEach((p, d) => {
    hash.set(p.hashes, k);
    pos.set(p.positions, k);
    docOf.fill(d, k, k + p.hashes.length);
    k += p.hashes.length;
  });
  const order = new Uint32Array(total);
  for (let i = 0; i < total; i++) order[i] = i;
  order.sort((x, y) => hash[x] - hash[y] || docOf[x] - docOf[y] || pos[x] - pos[y]);
  const n = prints.length;
  const out = new Map<number, number[]>();
  const common = new Int32Array(n);
  const picked: number[] = [];
  let g = 0;
  while (g < total) {
    let h = g + 1;
    while (h < total && hash[order[h]] === hash[order[g]]) h++;
    if (h - g > 1 && docOf[order[g]] !== docOf[order[h - 1]]) {
      // Entries are sorted by document: keep the first few positions of each document.
      picked.length = 0;
      let docs = 0;
      for (let x = g, run = 0; x < h; x++) {
        const first = x === g || docOf[order[x]] !== docOf[order[x - 1]];
        if (first) {
          docs++;
          run = 0;
        }
        if (run++ < MAX_SEEDS_PER_DOC) picked.push(order[x]);
      }
      if (docs > commonOver) {
        for (let x = g; x < h; x++) common[docOf[order[x]]]++;
      } else {
        for (let x = 0; x < picked.length; x++) {
          const ex = picked[x];
          for (let y = x + 1; y < picked.length; y++) {
            const ey = picked[y];
            const i = docOf[ex];
            const j = docOf[ey];
            if (i === j || !pairOk(i, j)) continue;
            const key = i * n + j;
            let list = out.get(key);
            if (!list) out.set(key, (list = []));
            list.push(pos[ex], pos[ey]);
          }
        }
      }
    }
    g = h;
  }
  return { seeds: out, common };
}

/**
 * Original text of stream range [s, e): from the first to the last character, punctuation included;
 * paragraphs left out of the stream (headings, title) are left out here too.
 */
export function excerpt(texts: readonly string[], stream: TextStream, s: number, e: number): string {
  const paras: number[] = [];
  for (let q = s; q < e; q++) if (stream.para[q] >= 0 && paras[paras.length - 1] !== stream.para[q]) paras.push(stream.para[q]);
  if (!paras.length) return "";
  const o0 = stream.off[s];
  const o1 = stream.off[e - 1];
  if (paras.length === 1) return texts[paras[0]].slice(o0, o1 + 1);
  return paras
    .map((p, i) => {
      const t = texts[p];
      return i === 0 ? t.slice(o0) : i === paras.length - 1 ? t.slice(0, o1 + 1) : t;
    })
    .join("\n");
}

export interface SharedPassage {
  /** Characters (normalized: no spaces or punctuation). */
  length: number;
  /** First paragraph (0-based) in each document. */
  aParagraph: number;
  bParagraph: number;
  aText: string;
  bText: string;
}

export interface PairResult {
  a: string;
  b: string;
  /** Share of each text that is shared (0..1). */
  shareA: number;
  shareB: number;
  /** Shared characters over the shorter text's characters (0..1): the larger of the two shares. */
  ratio: number;
  /** Longest shared passage, characters. */
  longest: number;
  flagged: boolean;
  /** Longest first. */
  passages: SharedPassage[];
}

function passageView(a: PreparedDoc, sa: TextStream, b: PreparedDoc, sb: TextStream, p: Passage): SharedPassage {
  return {
    length: p.a[1] - p.a[0],
    aParagraph: sa.para[p.a[0]],
    bParagraph: sb.para[p.b[0]],
    aText: excerpt(a.texts, sa, p.a[0], p.a[1]),
    bText: excerpt(b.texts, sb, p.b[0], p.b[1]),
  };
}

const MAX_UNFLAGGED_PAIRS = 500;
const MAX_PASSAGES_FLAGGED = 20;
const MAX_PASSAGES_OTHER = 3;
/** Flagged pairs after this many keep only their longest passage (bounded memory for huge batches). */
const MAX_DETAILED_PAIRS = 1000;

export interface PairComparison {
  /**
   * Pairs sharing at least one passage, most similar first: every flagged pair (up to 20 passages
   * each for the first 1,000, the longest one after that) and the 500 most similar others (3 each).
   */
  pairs: PairResult[];
  /** Per document name: share of its fingerprints that more than half of the batch shares (0..1). */
  common: Record<string, number>;
}

export function comparePairs(docs: readonly PreparedDoc[], opts: SimilarityOptions = DEFAULT_SIMILARITY): PairComparison {
  const n = docs.length;
  const { seeds: bySeed, common } = seeds(
    docs.map((d) => d.bodyPrints),
    () => true,
    Math.max(COMMON_MIN_DOCS, n / 2),
  );
  const shares: Record<string, number> = {};
  docs.forEach((d, i) => {
    if (common[i] > 0) shares[d.name] = common[i] / Math.max(1, d.bodyPrints.hashes.length);
  });
  const raw: { i: number; j: number; passages: Passage[]; pair: PairResult }[] = [];
  for (const [key, list] of bySeed) {
    const i = Math.floor(key / n);
    const j = key % n;
    const A = docs[i];
    const B = docs[j];
    const passages = passagesFromSeeds(A.body, B.body, list, opts.minPassage);
    if (passages.length === 0) continue;
    const shareA = A.body.length ? coverage(passages.map((p) => p.a)) / A.body.length : 0;
    const shareB = B.body.length ? coverage(passages.map((p) => p.b)) / B.body.length : 0;
    const ratio = Math.max(shareA, shareB);
    passages.sort((x, y) => y.a[1] - y.a[0] - (x.a[1] - x.a[0]) || x.a[0] - y.a[0]);
    const longest = passages[0].a[1] - passages[0].a[0];
    const flagged = ratio >= opts.threshold || longest >= opts.longPassage;
    raw.push({ i, j, passages, pair: { a: A.name, b: B.name, shareA, shareB, ratio, longest, flagged, passages: [] } });
  }
  raw.sort((x, y) => Number(y.pair.flagged) - Number(x.pair.flagged) || y.pair.ratio - x.pair.ratio || y.pair.longest - x.pair.longest);
  // Bounded output: every flagged pair with its longest passages; the strongest other pairs briefly.
  const out: PairResult[] = [];
  let others = 0;
  for (const r of raw) {
    if (!r.pair.flagged && ++others > MAX_UNFLAGGED_PAIRS) break;
    const keep = !r.pair.flagged ? MAX_PASSAGES_OTHER : out.length < MAX_DETAILED_PAIRS ? MAX_PASSAGES_FLAGGED : 1;
    r.pair.passages = r.passages.slice(0, keep).map((p) => passageView(docs[r.i], docs[r.i].body, docs[r.j], docs[r.j].body, p));
    out.push(r.pair);
  }
  return { pairs: out, common: shares };
}

export interface RecycledHit {
  file: string;
  /** Paragraph (0-based) of this year's 存在的问题 that repeats last year's words. */
  paragraph: number;
  previousFile: string;
  previousParagraph: number;
  /** Longest shared passage in that paragraph, characters. */
  length: number;
  text: string;
  previousText: string;
}

/** 年年提: passages of each current document's 存在的问题 found anywhere in the previous set. */
export function findRecycled(
  current: readonly PreparedDoc[],
  previous: readonly PreparedDoc[],
  opts: SimilarityOptions = DEFAULT_SIMILARITY,
): RecycledHit[] {
  if (current.length === 0 || previous.length === 0) return [];
  const c = current.length;
  const all = [...current.map((d) => d.problemPrints), ...previous.map((d) => d.bodyPrints)];
  // Last year's wording is never "common": every repeat counts.
  const { seeds: bySeed } = seeds(all, (i, j) => i < c && j >= c, Infinity);
  const n = all.length;
  const best = new Map<string, RecycledHit>();
  for (const [key, list] of bySeed) {
    const i = Math.floor(key / n);
    const A = current[i];
    const B = previous[(key % n) - c];
    for (const p of passagesFromSeeds(A.problems, B.body, list, opts.recycleMin)) {
      const v = passageView(A, A.problems, B, B.body, p);
      // Every paragraph the passage touches in this year's text is flagged.
      const seen = new Set<number>();
      for (let q = p.a[0]; q < p.a[1]; q++) {
        const para = A.problems.para[q];
        if (para < 0 || seen.has(para)) continue;
        seen.add(para);
        const k = `${i}\u0000${para}`;
        const old = best.get(k);
        if (!old || old.length < v.length) {
          best.set(k, {
            file: A.name,
            paragraph: para,
            previousFile: B.name,
            previousParagraph: v.bParagraph,
            length: v.length,
            text: v.aText,
            previousText: v.bText,
          });
        }
      }
    }
  }
  const order = new Map(current.map((d, i) => [d.name, i]));
  return [...best.values()].sort((x, y) => order.get(x.file)! - order.get(y.file)! || x.paragraph - y.paragraph);
}

/** The buffers of a prepared document, for postMessage's transfer list (the sender loses them). */
export function preparedBuffers(d: PreparedDoc): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const a of [d.body.codes, d.body.para, d.body.off, d.bodyPrints.hashes, d.bodyPrints.positions, d.problems.codes, d.problems.para, d.problems.off, d.problemPrints.hashes, d.problemPrints.positions]) {
    if (a.buffer instanceof ArrayBuffer) out.add(a.buffer);
  }
  return [...out];
}
