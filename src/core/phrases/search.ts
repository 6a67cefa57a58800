import { readingsOf, syllableSet } from "./pinyin";
import type { Phrase } from "./types";

/**
 * Phrase search: Han substrings, full pinyin ("lilun", "li lun", "lilunxuexi", a trailing partial
 * syllable "lilunx"), pinyin initials ("llxx"), and mixtures ("理论xx", "lilxx"). Multi-term queries
 * (separated by spaces) AND together. Ranges always index the phrase text (UTF-16 offsets), so a
 * pinyin match highlights the Han characters it covers.
 */

export interface SearchResult {
  phrase: Phrase;
  score: number;
  /** Matched [start, end) ranges of phrase.text, sorted and merged. */
  ranges: [number, number][];
}

export interface SearchOptions {
  /** Only phrases passing this are considered. */
  filter?: (p: Phrase) => boolean;
  /** Ranking bonus (recent use, favourite); kept ≤ 90 so it reorders mostly within a match class. */
  boost?: (p: Phrase) => number;
  limit?: number;
}

interface Entry {
  phrase: Phrase;
  order: number;
  /** Normalized text, same length as phrase.text. */
  norm: string;
  /** Per UTF-16 index: readings (Han), [letter] (ASCII letter/digit), or [] (punctuation). */
  syl: (readonly string[])[];
  /** Per index: bitmask of the first letters of its readings (bit 0 = 'a'). */
  heads: Uint32Array;
  /** Bitset over syllable ids (see syllableIds) of every reading in the text: lets a term skip
   *  pinyin scans that cannot succeed. */
  sylMask: Uint32Array;
  /** The text holds ASCII letters/digits, whose one-letter "readings" can chain with Han readings
   *  ("zh额" matches zhe); sylMask then proves nothing and is not used. */
  ascii: boolean;
}

export interface PhraseIndex {
  entries: Entry[];
  /** Entries matching the previous query's terms (filter not applied): typing narrows from them. */
  last?: { terms: string[]; matched: Entry[] };
}

/** Match classes, best first. */
export const MATCH_CLASS = {
  exact: 1000,
  prefix: 900,
  substring: 800,
  /** Whole syllables ("lilun"). */
  pinyin: 600,
  /** Whole syllables, the last one partial ("lilu"). */
  pinyinPartial: 560,
  initials: 500,
  mixed: 300,
} as const;
export type MatchKind = keyof typeof MATCH_CLASS;

const FULLWIDTH_OFFSET = 0xfee0;
/** Full-width ASCII → half-width, lower case; one output unit per input unit. */
export function normalizeText(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= FULLWIDTH_OFFSET;
    else if (c === 0x3000) c = 0x20;
    if (c >= 65 && c <= 90) c += 32;
    out += String.fromCharCode(c);
  }
  return out;
}

const ASCII_SYL = new Map<string, readonly string[]>();
function asciiReading(ch: string): readonly string[] {
  let r = ASCII_SYL.get(ch);
  if (!r) ASCII_SYL.set(ch, (r = [ch]));
  return r;
}

const NONE: readonly string[] = [];

function letterBit(c: string): number {
  const k = c.charCodeAt(0) - 97;
  return k >= 0 && k < 26 ? 1 << k : 0;
}

/** Syllable → dense id (for Entry.sylMask and TermPlan.sylAny). */
let sylIds: Map<string, number> | null = null;
function syllableIds(): Map<string, number> {
  if (!sylIds) {
    sylIds = new Map();
    for (const syl of syllableSet()) sylIds.set(syl, sylIds.size);
  }
  return sylIds;
}
const maskWords = () => (syllableIds().size + 31) >>> 5;

export function buildIndex(phrases: readonly Phrase[]): PhraseIndex {
  const ids = syllableIds();
  const words = maskWords();
  return {
    entries: phrases.map((phrase, order) => {
      const norm = normalizeText(phrase.text);
      const syl: (readonly string[])[] = new Array(norm.length);
      const heads = new Uint32Array(norm.length);
      const sylMask = new Uint32Array(words);
      let ascii = false;
      for (let i = 0; i < norm.length; i++) {
        const ch = norm[i];
        const c = norm.charCodeAt(i);
        const rs = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? asciiReading(ch) : c < 0x3400 ? NONE : readingsOf(ch);
        syl[i] = rs;
        if (c < 0x3400 && rs.length) ascii = true;
        let m = 0;
        for (const r of rs) {
          m |= letterBit(r[0]);
          const id = ids.get(r);
          if (id !== undefined) sylMask[id >>> 5] |= 1 << (id & 31);
        }
        heads[i] = m;
      }
      return { phrase, order, norm, syl, heads, sylMask, ascii };
    }),
  };
}

/** Splits a query into normalized terms; pinyin separators (') are dropped, ü → v. */
export function queryTerms(query: string): string[] {
  return normalizeText(query.slice(0, 100))
    .replace(/ü/g, "v")
    .replace(/'/g, "")
    .split(/\s+/)
    .filter(Boolean);
}

const isLetter = (c: string) => c >= "a" && c <= "z";

type Mode = 0 | 1 | 2 | 3; // 0 = full syllables (last may be partial), 1 = initials only, 2 = any prefixes, 3 = full syllables only

/** Matches q[k..] against the text from char i; returns the end index or -1. */
function dfs(e: Entry, i: number, q: string, k: number, mode: Mode): number {
  if (k === q.length) return i;
  if (i >= e.norm.length) return -1;
  const qc = q[k];
  if (!isLetter(qc)) return e.norm[i] === qc ? dfs(e, i + 1, q, k + 1, mode) : -1;
  const rs = e.syl[i];
  for (let r = 0; r < rs.length; r++) {
    const s = rs[r];
    if (s[0] !== qc) continue;
    if (mode === 1) {
      const end = dfs(e, i + 1, q, k + 1, mode);
      if (end >= 0) return end;
      continue;
    }
    // Longest common prefix of the reading and the rest of the query.
    let n = 1;
    while (n < s.length && k + n < q.length && s[n] === q[k + n]) n++;
    if (mode === 0 || mode === 3) {
      if (n === s.length) {
        const end = dfs(e, i + 1, q, k + n, mode);
        if (end >= 0) return end;
      } else if (mode === 0 && k + n === q.length) return i + 1; // partial final syllable
      continue;
    }
    for (let m = n; m >= 1; m--) {
      const end = dfs(e, i + 1, q, k + m, mode);
      if (end >= 0) return end;
    }
  }
  return -1;
}

interface TermMatch {
  kind: MatchKind;
  start: number;
  end: number;
}

/** End of the last successful scan() (module scratch to avoid allocating in the hot loop). */
let scanEnd = -1;

/** First start position ≥ from where the term matches in `mode` (end in scanEnd), or -1. */
function scan(e: Entry, q: string, bit: number, from: number, mode: Mode): number {
  const norm = e.norm;
  const heads = e.heads;
  const q0 = q[0];
  for (let i = from; i < norm.length; i++) {
    if (bit ? (heads[i] & bit) === 0 : norm[i] !== q0) continue;
    const end = dfs(e, i, q, 0, mode);
    if (end >= 0) {
      scanEnd = end;
      return i;
    }
  }
  return -1;
}

/** Which pinyin modes can possibly succeed for a term, decided once per query. */
interface TermPlan {
  q: string;
  bit: number;
  /** q splits into whole syllables (letters) and literal characters. */
  full: boolean;
  /** …with the last syllable allowed to be partial. */
  partial: boolean;
  /**
   * When every full or partial pinyin reading of q is ONE syllable having q as a prefix (q is
   * letters only and no proper prefix of q is a syllable: "zh", "xi", "zhe"), a bitset of those
   * syllables: an entry whose sylMask misses it cannot match q in those modes. null otherwise.
   */
  sylAny: Uint32Array | null;
  /** With sylAny: the id of the syllable q itself (the only full-mode reading), or -1. */
  sylExact: number;
}

function planTerm(q: string): TermPlan {
  const syl = syllableSet();
  const prefixes = syllablePrefixes();
  // reach[k]: q[0..k) can be segmented; lastPartial tracks the partial-last variant.
  const n = q.length;
  const reach = new Array<boolean>(n + 1).fill(false);
  reach[0] = true;
  let partial = false;
  for (let k = 0; k < n; k++) {
    if (!reach[k]) continue;
    if (!isLetter(q[k])) {
      reach[k + 1] = true;
      continue;
    }
    for (let j = k + 1; j <= Math.min(n, k + 6); j++) {
      const piece = q.slice(k, j);
      if (syl.has(piece)) reach[j] = true;
      if (j === n && prefixes.has(piece)) partial = true;
    }
  }
  let sylAny: Uint32Array | null = null;
  let sylExact = -1;
  let single = n > 0 && n <= 6;
  for (let k = 0; k < n && single; k++) if (!isLetter(q[k])) single = false;
  for (let j = 1; j < n && single; j++) if (syl.has(q.slice(0, j))) single = false;
  if (single) {
    const ids = syllableIds();
    sylAny = new Uint32Array(maskWords());
    for (const [s, id] of ids) if (s.startsWith(q)) sylAny[id >>> 5] |= 1 << (id & 31);
    sylExact = ids.get(q) ?? -1;
  }
  return { q, bit: letterBit(q[0]), full: reach[n], partial: partial || reach[n], sylAny, sylExact };
}

function intersects(a: Uint32Array, b: Uint32Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] & b[i]) return true;
  return false;
}

let prefixSet: Set<string> | null = null;
function syllablePrefixes(): ReadonlySet<string> {
  if (!prefixSet) {
    prefixSet = new Set();
    for (const s of syllableSet()) for (let i = 1; i <= s.length; i++) prefixSet.add(s.slice(0, i));
  }
  return prefixSet;
}

function matchTerm(e: Entry, plan: TermPlan): TermMatch | null {
  const q = plan.q;
  const at = e.norm.indexOf(q);
  if (at >= 0) {
    const kind: MatchKind = at === 0 ? (q.length === e.norm.length ? "exact" : "prefix") : "substring";
    return { kind, start: at, end: at + q.length };
  }
  const bit = plan.bit;
  if (q.length === 1 && bit) {
    // One letter (the first keystroke, matching almost everything): the first character with a
    // reading starting with it; a whole syllable only for a/e/o.
    const heads = e.heads;
    for (let i = 0; i < heads.length; i++) {
      if (heads[i] & bit) return { kind: plan.full ? "pinyin" : "pinyinPartial", start: i, end: i + 1 };
    }
    return null;
  }
  // The mixed mode accepts a superset of the other modes: scan with it first, refine only on success.
  const first = scan(e, q, bit, 0, 2);
  if (first < 0) return null;
  const firstEnd = scanEnd;
  // Skip full/partial scans the entry's syllables rule out (common for 2–6 letter queries, where a
  // failing scan walks the whole text).
  const any = e.ascii ? null : plan.sylAny;
  const canPartial = plan.partial && (any === null || intersects(e.sylMask, any));
  const ex = plan.sylExact;
  const canFull = plan.full && canPartial && (any === null || (ex >= 0 && (e.sylMask[ex >>> 5] & (1 << (ex & 31))) !== 0));
  let m = canFull ? scan(e, q, bit, first, 3) : -1;
  if (m >= 0) return { kind: "pinyin", start: m, end: scanEnd };
  m = canPartial ? scan(e, q, bit, first, 0) : -1;
  if (m >= 0) return { kind: "pinyinPartial", start: m, end: scanEnd };
  m = scan(e, q, bit, first, 1);
  if (m >= 0) return { kind: "initials", start: m, end: scanEnd };
  return { kind: "mixed", start: first, end: firstEnd };
}

function mergeRanges(rs: [number, number][]): [number, number][] {
  rs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const r of rs) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Scores one phrase against normalized terms; null when some term does not match. */
export function scoreEntry(e: Entry, terms: readonly TermPlan[]): { score: number; ranges: [number, number][] } | null {
  let score = 0;
  const ranges: [number, number][] = [];
  for (const t of terms) {
    const m = matchTerm(e, t);
    if (!m) return null;
    score += MATCH_CLASS[m.kind] - Math.min(m.start, 40);
    ranges.push([m.start, m.end]);
  }
  score -= Math.min(Math.floor(e.norm.length / 8), 25);
  return { score, ranges: ranges.length > 1 ? mergeRanges(ranges) : ranges };
}

export function search(index: PhraseIndex, query: string, opts: SearchOptions = {}): SearchResult[] {
  const terms = queryTerms(query);
  const filter = opts.filter;
  if (terms.length === 0) {
    index.last = undefined;
    const all = filter ? index.entries.filter((e) => filter(e.phrase)) : index.entries;
    const res = opts.limit != null ? all.slice(0, opts.limit) : all;
    return res.map((e) => ({ phrase: e.phrase, score: 0, ranges: [] }));
  }
  // Typing narrows: when every previous term is a prefix of the term at the same place, only the
  // previous matches can match (a prefix of a match is a match in every mode).
  const last = index.last;
  const narrow =
    last && last.terms.length <= terms.length && last.terms.every((t, i) => terms[i].startsWith(t));
  const candidates = narrow ? last.matched : index.entries;
  const plans = terms.map(planTerm);
  const matched: Entry[] = [];
  // Ranking without per-result objects: one float key per hit, score * 2^15 + (2^15 - 1 - order),
  // sorted as a typed array (numeric, no comparator calls), so equal scores keep library order.
  // This is what makes the first keystroke (thousands of hits) cheap. Scores are integers: match
  // classes, positions and the rounded boost.
  const entries = index.entries;
  const fast = entries.length <= ORDER_SPAN;
  const keys = new Float64Array(candidates.length);
  const rangesAt = new Array<[number, number][] | undefined>(fast ? entries.length : 0);
  const slow: { e: Entry; score: number; ranges: [number, number][] }[] = [];
  let n = 0;
  for (const e of candidates) {
    const s = scoreEntry(e, plans);
    if (!s) continue;
    matched.push(e);
    if (filter && !filter(e.phrase)) continue;
    const boost = opts.boost ? Math.round(Math.max(0, Math.min(90, opts.boost(e.phrase)))) : 0;
    if (fast) {
      keys[n++] = (s.score + boost) * ORDER_SPAN + (ORDER_SPAN - 1 - e.order);
      rangesAt[e.order] = s.ranges;
    } else slow.push({ e, score: s.score + boost, ranges: s.ranges });
  }
  index.last = { terms, matched };
  if (!fast) {
    slow.sort((a, b) => b.score - a.score || a.e.order - b.e.order);
    const res = opts.limit != null ? slow.slice(0, opts.limit) : slow;
    return res.map(({ e, score, ranges }) => ({ phrase: e.phrase, score, ranges }));
  }
  const sorted = keys.subarray(0, n).sort();
  const count = opts.limit != null ? Math.min(opts.limit, n) : n;
  const out: SearchResult[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const key = sorted[n - 1 - i];
    const score = Math.floor(key / ORDER_SPAN);
    const order = ORDER_SPAN - 1 - (key - score * ORDER_SPAN);
    out[i] = { phrase: entries[order].phrase, score, ranges: rangesAt[order]! };
  }
  return out;
}

/** Orders packed into a sort key (library + up to 10,000 user phrases fit). */
const ORDER_SPAN = 1 << 15;

/** Splits text into plain and highlighted segments for rendering (never markup). */
export function segments(text: string, ranges: readonly [number, number][]): { text: string; hit: boolean }[] {
  const out: { text: string; hit: boolean }[] = [];
  let pos = 0;
  for (const [s, e] of ranges) {
    if (s > pos) out.push({ text: text.slice(pos, s), hit: false });
    if (e > s) out.push({ text: text.slice(s, e), hit: true });
    pos = Math.max(pos, e);
  }
  if (pos < text.length) out.push({ text: text.slice(pos), hit: false });
  return out;
}
