/**
 * Sections: which outline level carries the material's top-level headings, what each heading means
 * (a canonical SectionKind, by keyword scores from src/data/sections.json), and the paragraph range
 * of every section, including the implicit 导语 (before the first heading) and 结束语 (closing line).
 *
 * Top level = the outermost numbering level (marker kind, or heading level for unnumbered styled
 * headings) whose items map to at least two distinct section kinds (else the level mapping to the
 * most); items shallower than that level also start sections. When nothing is numbered or styled, short unpunctuated lines that strongly match a
 * section ("存在的问题", "原因分析") act as headings.
 */
import type { OutlineItem, Paragraph, Section, SectionKind } from "./types";
import { SECTION_KINDS } from "./types";
import { compact } from "./normalize";
import { itemRank, itemSignature } from "./outline";
import { KeywordIndex } from "./keywords";
import table from "../data/sections.json";

type Weights = Record<string, number>;
const KIND_LIST: SectionKind[] = [...SECTION_KINDS];
const INDEX = new KeywordIndex<number>(
  KIND_LIST.flatMap((k, i) => Object.entries((table.kinds as Record<string, Weights>)[k] ?? {}).map(([word, weight]) => ({ word, tag: i, weight }))),
);
const PRIORITY: number[] = KIND_LIST.map((k) => {
  const p = (table.priority as string[]).indexOf(k);
  return p < 0 ? 99 : p;
});
const SECTION_THRESHOLD: number = table.threshold;
const STRONG: number = table.strongThreshold;
const CLOSING: string[] = table.closing;
const YEAR = /\d{4}年度?/g;
const NOISE = /[“”"‘’'《》「」『』()（）]/g;

/** Heading text prepared for keyword scoring: compact, without years, quotes and brackets. */
function headingKey(title: string): string {
  const c = compact(title);
  return (/\d/.test(c) ? c.replace(YEAR, "") : c).replace(NOISE, "");
}

/** Best section kind for a heading and its score (kind null below the threshold). */
function scoreHeading(title: string): { kind: SectionKind | null; score: number } {
  const key = headingKey(title);
  if (!key) return { kind: null, score: 0 };
  const scores = new Array<number>(KIND_LIST.length).fill(0);
  INDEX.scan(key, (k, w) => {
    scores[k] += w;
  });
  let best = -1;
  for (let k = 0; k < scores.length; k++) {
    if (scores[k] <= 0) continue;
    if (best < 0 || scores[k] > scores[best] || (scores[k] === scores[best] && PRIORITY[k] < PRIORITY[best])) best = k;
  }
  if (best < 0) return { kind: null, score: 0 };
  return scores[best] >= SECTION_THRESHOLD ? { kind: KIND_LIST[best], score: scores[best] } : { kind: null, score: scores[best] };
}

/**
 * classifyHeading answers, by title. A pure function of the title and the fixed table: the same
 * heading is classified by the section builder and again by missing-section. Cleared when full.
 */
const KIND_OF = new Map<string, SectionKind | null>();
const KIND_MEMO_MAX = 20000;

/** Canonical section kind of a heading, or null. */
export function classifyHeading(title: string): SectionKind | null {
  let kind = KIND_OF.get(title);
  if (kind === undefined) {
    kind = scoreHeading(title).kind;
    if (KIND_OF.size >= KIND_MEMO_MAX) KIND_OF.clear();
    KIND_OF.set(title, kind);
  }
  return kind;
}

/** A closing line such as “以上对照检查，不妥之处，请同志们批评指正。”. */
export function isClosingParagraph(text: string): boolean {
  const c = compact(text);
  return c.length > 0 && c.length <= 100 && CLOSING.some((w) => c.includes(w));
}

interface Candidate {
  paragraph: number;
  title: string;
  depth: number;
  /** Nesting rank of its numbering style (see outline.ts); bare lines rank last. */
  rank: number;
  signature: string;
  kind: SectionKind | null;
}

const SENTENCE_MARK = /[。，,；;！!？?：:]/;

function bareCandidates(paragraphs: Paragraph[], skip: Set<number>, itemParas: Set<number>): Candidate[] {
  const out: Candidate[] = [];
  for (const p of paragraphs) {
    if (p.inTable || p.text.length > 60 || skip.has(p.index) || itemParas.has(p.index)) continue;
    // compact() keeps these marks, so a line holding one is no bare heading: decided before compacting.
    if (SENTENCE_MARK.test(p.text)) continue;
    const c = compact(p.text);
    if (!c || c.length > 20) continue;
    const { kind, score } = scoreHeading(p.text);
    if (kind && score >= STRONG) out.push({ paragraph: p.index, title: p.text.trim(), depth: 1, rank: 1000, signature: "bare", kind });
  }
  return out;
}

/** The headings that open top-level sections, in document order. */
export function topLevelHeadings(paragraphs: Paragraph[], items: OutlineItem[], skip: Set<number>): Candidate[] {
  const cands: Candidate[] = [];
  for (const it of items) {
    if (skip.has(it.paragraph)) continue;
    const signature = itemSignature(it);
    // Run-in points (一是, 第一，) never open a section: no need to classify them.
    const point = signature === "runin" || signature === "ordinal";
    cands.push({ paragraph: it.paragraph, title: it.title, depth: it.depth, rank: itemRank(it), signature, kind: point ? null : classifyHeading(it.title) });
  }
  const itemParas = new Set(items.map((i) => i.paragraph));
  const groups = new Map<string, Candidate[]>();
  for (const c of cands) {
    if (c.signature === "runin" || c.signature === "ordinal") continue;
    const g = groups.get(c.signature);
    if (g) g.push(c);
    else groups.set(c.signature, [c]);
  }
  const bare = bareCandidates(paragraphs, skip, itemParas);
  if (bare.length) groups.set("bare", bare);

  // Levels from the outermost numbering style inwards (一、 before （一）, Heading 1 before Heading 2,
  // bare lines last). The first level that maps to two distinct sections is the top level; a deeper
  // level that happens to name more sections ("（一）思想方面的原因", "（三）……的整改措施") does not win.
  const ranked = [...groups.entries()].map(([sig, g]) => ({
    sig,
    g,
    rank: g[0].rank,
    kinds: new Set(g.map((c) => c.kind).filter((k) => k !== null && k !== "导语" && k !== "结束语")).size,
  }));
  ranked.sort((x, y) => x.rank - y.rank);
  let pick = ranked.find((r) => r.kinds >= 2);
  if (!pick) {
    for (const r of ranked) if (r.kinds > 0 && (!pick || r.kinds > pick.kinds)) pick = r;
  }
  const chosen = pick ? pick.sig : null;
  const chosenDepth = pick ? pick.g.reduce((m, c) => Math.min(m, c.depth), Infinity) : Infinity;
  if (chosen === null) {
    // Nothing maps to a section: the shallowest numbered or styled level still structures the text.
    return cands.filter((c) => c.depth === 1 && c.signature !== "runin" && c.signature !== "ordinal");
  }
  if (chosen === "bare") return bare;
  return cands.filter((c) => c.signature === chosen || (c.depth < chosenDepth && c.signature !== "runin" && c.signature !== "ordinal"));
}

export interface SectionLayout {
  sections: Section[];
  sectionOf: number[];
}

/**
 * Sections of a document given its outline items and title block (paragraphs outside any section:
 * the title block and blank paragraphs before the body). `aspects` are left empty here.
 */
export function buildSections(paragraphs: Paragraph[], items: OutlineItem[], titleParas: number[]): SectionLayout {
  const n = paragraphs.length;
  const skip = new Set(titleParas);
  const bodyStart = titleParas.length ? Math.max(...titleParas) + 1 : 0;
  const heads = topLevelHeadings(paragraphs, items, skip).filter((h) => h.paragraph >= bodyStart);
  const sections: Section[] = [];
  const firstHead = heads.length ? heads[0].paragraph : n;
  let introStart = -1;
  for (let i = bodyStart; i < firstHead; i++) {
    if (paragraphs[i].text.trim()) {
      introStart = i;
      break;
    }
  }
  if (introStart >= 0) sections.push({ kind: "导语", title: "", heading: null, start: introStart, end: firstHead - 1, aspects: [] });
  heads.forEach((h, k) => {
    const end = k + 1 < heads.length ? heads[k + 1].paragraph - 1 : n - 1;
    sections.push({ kind: h.kind, title: h.title, heading: h.paragraph, start: h.paragraph, end, aspects: [] });
  });
  splitClosing(paragraphs, sections, new Set(items.map((i) => i.paragraph)));
  const sectionOf = new Array<number>(n).fill(-1);
  sections.forEach((s, si) => {
    for (let i = s.start; i <= s.end && i < n; i++) sectionOf[i] = si;
  });
  return { sections, sectionOf };
}

/** Carve a 结束语 section out of the end of the last section when a closing line is found there. */
function splitClosing(paragraphs: Paragraph[], sections: Section[], itemParas: Set<number>): void {
  const last = sections[sections.length - 1];
  if (!last || last.kind === "结束语") return;
  let seen = 0;
  let closing = -1;
  for (let i = last.end; i > last.start && seen < 4; i--) {
    const p = paragraphs[i];
    if (!p.text.trim()) continue;
    seen++;
    if (itemParas.has(i) && !isClosingParagraph(p.text)) break;
    if (isClosingParagraph(p.text)) closing = i;
  }
  if (closing < 0 || closing === last.heading) return;
  const end = last.end;
  last.end = closing - 1;
  sections.push({ kind: "结束语", title: "", heading: null, start: closing, end, aspects: [] });
}
