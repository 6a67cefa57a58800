import { readingsOf } from "./pinyin";
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
}

export interface PhraseIndex {
  entries: Entry[];
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

function letterBit(c: string): number {
  const k = c.charCodeAt(0) - 97;
  return k >= 0 && k < 26 ? 1 << k : 0;
}

export function buildIndex(phrases: readonly Phrase[]): PhraseIndex {
  return {
    entries: phrases.map((phrase, order) => {
      const norm = normalizeText(phrase.text);
      const syl: (readonly string[])[] = new Array(norm.length);
      const heads = new Uint32Array(norm.length);
      for (let i = 0; i < norm.length; i++) {
        const ch = norm[i];
        const rs = /[a-z0-9]/.test(ch) ? asciiReading(ch) : readingsOf(ch);
        syl[i] = rs;
        let m = 0;
        for (const r of rs) m |= letterBit(r[0]);
        heads[i] = m;
      }
      return { phrase, order, norm, syl, heads };
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

function matchTerm(e: Entry, q: string): TermMatch | null {
  const at = e.norm.indexOf(q);
  if (at >= 0) {
    const kind: MatchKind = at === 0 ? (q.length === e.norm.length ? "exact" : "prefix") : "substring";
    return { kind, start: at, end: at + q.length };
  }
  const q0 = q[0];
  const bit = letterBit(q0);
  const n = e.norm.length;
  const can = (i: number) => (bit ? (e.heads[i] & bit) !== 0 : e.norm[i] === q0);
  // The mixed mode accepts a superset of the other two: scan with it first, refine only on success.
  let first = -1;
  let firstEnd = -1;
  for (let i = 0; i < n; i++) {
    if (!can(i)) continue;
    const end = dfs(e, i, q, 0, 2);
    if (end >= 0) {
      first = i;
      firstEnd = end;
      break;
    }
  }
  if (first < 0) return null;
  for (const [mode, kind] of [
    [3, "pinyin"],
    [0, "pinyinPartial"],
    [1, "initials"],
  ] as const) {
    for (let i = first; i < n; i++) {
      if (!can(i)) continue;
      const end = dfs(e, i, q, 0, mode);
      if (end >= 0) return { kind, start: i, end };
    }
  }
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
export function scoreEntry(e: Entry, terms: readonly string[]): { score: number; ranges: [number, number][] } | null {
  let score = 0;
  const ranges: [number, number][] = [];
  for (const t of terms) {
    const m = matchTerm(e, t);
    if (!m) return null;
    score += MATCH_CLASS[m.kind] - Math.min(m.start, 40);
    ranges.push([m.start, m.end]);
  }
  score -= Math.min(Math.floor(e.norm.length / 8), 25);
  return { score, ranges: mergeRanges(ranges) };
}

export function search(index: PhraseIndex, query: string, opts: SearchOptions = {}): SearchResult[] {
  const terms = queryTerms(query);
  const out: (SearchResult & { order: number })[] = [];
  for (const e of index.entries) {
    if (opts.filter && !opts.filter(e.phrase)) continue;
    if (terms.length === 0) {
      out.push({ phrase: e.phrase, score: 0, ranges: [], order: e.order });
      continue;
    }
    const s = scoreEntry(e, terms);
    if (!s) continue;
    const boost = opts.boost ? Math.max(0, Math.min(90, opts.boost(e.phrase))) : 0;
    out.push({ phrase: e.phrase, score: s.score + boost, ranges: s.ranges, order: e.order });
  }
  if (terms.length) out.sort((a, b) => b.score - a.score || a.order - b.order);
  const res = opts.limit != null ? out.slice(0, opts.limit) : out;
  return res.map(({ phrase, score, ranges }) => ({ phrase, score, ranges }));
}

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
