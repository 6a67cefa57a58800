/** Helpers to walk an Analysis: section kinds and body text, headings, body offsets, run-in markers, items. */
import { isResidueOnly, RESIDUE_TRIGGER } from "../copy-residue";
import { paragraphsWith } from "./scan";
import { compact } from "../../normalize";
import type { OutlineItem, RuleContext, Section, SectionKind } from "../../types";
import { cnToInt } from "./text";

/**
 * Data derived once per check and shared by the rules: keyed by the RuleContext object, which
 * checkDocument creates once per check (so nothing outlives a check or mixes two documents).
 */
interface CheckCache {
  byPara?: Map<number, OutlineItem>;
  /** Per paragraph: 0 not computed yet, 1 not residue-only, 2 residue-only. */
  residue?: Uint8Array;
  /** Items of each section (collectItems), by section index. */
  sectionItems?: Map<number, BodyItem[]>;
  /** Other per-check values, by key (perCheck). */
  more?: Map<symbol, unknown>;
}
const CACHE = new WeakMap<RuleContext, CheckCache>();

function cacheOf(ctx: RuleContext): CheckCache {
  let c = CACHE.get(ctx);
  if (!c) CACHE.set(ctx, (c = {}));
  return c;
}

/** A value computed once per check: `make()` on the first call with this key, the same value after. */
export function perCheck<T>(ctx: RuleContext, key: symbol, make: () => T): T {
  const more = (cacheOf(ctx).more ??= new Map());
  if (more.has(key)) return more.get(key) as T;
  const v = make();
  more.set(key, v);
  return v;
}

/** Outline items keyed by paragraph index (computed once per check: do not modify). */
export function itemsByParagraph(ctx: RuleContext): Map<number, OutlineItem> {
  const cache = cacheOf(ctx);
  if (cache.byPara) return cache.byPara;
  const m = new Map<number, OutlineItem>();
  for (const it of ctx.analysis.items) if (!m.has(it.paragraph)) m.set(it.paragraph, it);
  return (cache.byPara = m);
}

/** isResidueOnly of paragraph `index`, computed once per check. */
export function residueOnlyAt(ctx: RuleContext, index: number): boolean {
  const cache = cacheOf(ctx);
  let flags = cache.residue;
  if (!flags) {
    // Only the paragraphs the residue pre-check lets through can be residue: the rest are known at once.
    flags = cache.residue = new Uint8Array(ctx.doc.paragraphs.length).fill(1);
    for (const i of paragraphsWith(ctx, RESIDUE_TRIGGER)) flags[i] = 0;
  }
  let f = flags[index];
  if (f === 0) flags[index] = f = isResidueOnly(ctx.doc.paragraphs[index].text) ? 2 : 1;
  return f === 2;
}

/** The body of a section (its heading left out) as one string, each paragraph compacted for keyword matching. */
export function compactBodyText(ctx: RuleContext, s: Section): string {
  const ps = ctx.doc.paragraphs;
  let text = "";
  for (let i = s.start; i <= s.end && i < ps.length; i++) if (i !== s.heading) text += compact(ps[i].text);
  return text;
}

/** Kind of the section a paragraph belongs to (null when outside any section or unmapped). */
export function kindAt(ctx: RuleContext, paragraph: number): SectionKind | null {
  const si = ctx.analysis.sectionOf[paragraph];
  if (si === undefined || si < 0) return null;
  return ctx.analysis.sections[si]?.kind ?? null;
}

const LEAD_END = /[。！？!?：:]/;

/**
 * True when the text after a marker is only a heading: no sentence after the lead clause, and the
 * lead is short with no comma ("在带头强化政治忠诚方面", "理论武装不够深入。").
 */
export function isHeadingOnly(rest: string): boolean {
  const t = rest.trim();
  const m = LEAD_END.exec(t);
  if (m && m.index + 1 < t.length) return false; // lead clause followed by body text
  const lead = m ? t.slice(0, m.index) : t;
  if (/(?:方面|情况|问题|上下功夫)$/.test(lead) && lead.length <= 60) return true; // aspect wording may hold a comma
  if (!m && lead.length <= 40) return true; // no sentence punctuation at all: a heading line
  return lead.length <= 30 && !/[，,；;]/.test(lead);
}

/**
 * Offset where the content of a paragraph starts: 0 for plain paragraphs, after the marker for
 * marked ones, text.length for stand-alone headings (no content).
 */
export function bodyOffset(text: string, item: OutlineItem | undefined): number {
  if (!item) return 0;
  const mEnd = item.marker && item.marker.source === "text" ? item.marker.offset + item.marker.length : 0;
  if (item.marker?.kind === "runin") return mEnd;
  return isHeadingOnly(text.slice(mEnd)) ? text.length : mEnd;
}

export interface RunInMarker {
  value: number;
  /** Offset of the numeral within the text; the marker spans offset..offset+length ("二是"). */
  offset: number;
  length: number;
}

/** What every run-in marker holds: a numeral right before 是. */
export const RUNIN_TRIGGER = /[一二三四五六七八九十]是/;

const RUNIN_FLAGS = Symbol("runInCandidates");

/** Per paragraph: 1 when it may hold a run-in marker (RUNIN_TRIGGER), once per check. */
function runInCandidates(ctx: RuleContext): Uint8Array {
  return perCheck(ctx, RUNIN_FLAGS, () => {
    const flags = new Uint8Array(ctx.doc.paragraphs.length);
    for (const i of paragraphsWith(ctx, RUNIN_TRIGGER)) flags[i] = 1;
    return flags;
  });
}

// Run-in markers "一是" … "十九是" at paragraph start or after a clause/sentence boundary.
const RUNIN_RE = /(^|[。；;！？!?：:，,、）)\s\u3000])([一二三四五六七八九十]{1,3})是/g;

/** All run-in markers (一是/二是 …) in a text, in order. "一是一，二是二" is not a marker. */
export function findRunIns(text: string): RunInMarker[] {
  const out: RunInMarker[] = [];
  RUNIN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUNIN_RE.exec(text))) {
    const numeral = m[2];
    const offset = m.index + m[1].length;
    const after = text.slice(offset + numeral.length + 1, offset + numeral.length + 1 + numeral.length);
    const value = cnToInt(numeral);
    RUNIN_RE.lastIndex = offset + numeral.length + 1;
    if (Number.isNaN(value) || value === 0) continue;
    if (after === numeral) continue; // 一是一、二是二
    if (text[offset + numeral.length + 1] === "否") continue; // 是否
    out.push({ value, offset, length: numeral.length + 1 });
  }
  return out;
}

const RUNINS_AT = Symbol("runInsAt");
const NO_RUNINS: readonly RunInMarker[] = Object.freeze([]);

/**
 * findRunIns of paragraph `index`, once per check (items, numbering and count-mismatch all ask);
 * paragraphs without RUNIN_TRIGGER get none at once. Do not modify the result.
 */
export function runInsAt(ctx: RuleContext, index: number): readonly RunInMarker[] {
  const memo = perCheck(ctx, RUNINS_AT, () => new Array<readonly RunInMarker[] | undefined>(ctx.doc.paragraphs.length));
  let r = memo[index];
  if (r === undefined) memo[index] = r = runInCandidates(ctx)[index] ? findRunIns(ctx.doc.paragraphs[index].text) : NO_RUNINS;
  return r;
}

/** One problem / measure item: a run-in point, a numbered point or a body paragraph. */
export interface BodyItem {
  paragraph: number;
  /** Last paragraph of the item (continuation paragraphs are merged). */
  paragraphEnd: number;
  /** Offset of the item's text within the first paragraph. */
  offset: number;
  /** Text of the item (continuations joined). */
  text: string;
  /** Marker label when there is one ("二是", "（三）", "2."). */
  label: string;
  /** Index into ctx.analysis.sections. */
  section: number;
}

/**
 * Split the body of the given sections into items. Stand-alone headings are skipped; paragraphs
 * ending with a colon and lead-in paragraphs before the first marked point are skipped — both at the
 * start of a section and right under a sub-heading ("针对典型案例，我们……" followed by 一是/二是);
 * an unmarked paragraph following a marked point under the same heading is its continuation.
 */
export function collectItems(ctx: RuleContext, kinds: readonly SectionKind[]): BodyItem[] {
  // Copies: a rule may change its items without affecting the next rule.
  return readItems(ctx, kinds).map((it) => ({ ...it }));
}

/**
 * collectItems without the copies, for rules that only read the items (most do): the cached items
 * themselves. Do not modify them.
 */
export function readItems(ctx: RuleContext, kinds: readonly SectionKind[]): readonly Readonly<BodyItem>[] {
  const cache = cacheOf(ctx);
  const bySection = (cache.sectionItems ??= new Map());
  const out: BodyItem[] = [];
  ctx.analysis.sections.forEach((sec, si) => {
    if (sec.kind === null || !kinds.includes(sec.kind)) return;
    let items = bySection.get(si);
    if (!items) bySection.set(si, (items = sectionItems(ctx, si)));
    for (const it of items) out.push(it);
  });
  return out;
}

/** collectItems for one section. */
function sectionItems(ctx: RuleContext, si: number): BodyItem[] {
  const byPara = itemsByParagraph(ctx);
  const out: BodyItem[] = [];
  const paras = ctx.doc.paragraphs;
  const sec = ctx.analysis.sections[si];
  {
    let sawMarked = false; // a marked point or heading seen in this section
    let lastWasMarkedPoint = false;
    let pendingLead: BodyItem[] = [];
    // Unmarked items pushed since the last stand-alone heading while no marked point followed it yet:
    // when a marked point comes, they were a lead-in to it and are taken back out.
    // Only a point below that heading takes them back (a sibling run-in heading "（二）……。一是" does not).
    let leadUnderHeading = 0;
    let headingDepth = 0;
    let pointSinceHeading = false;
    const dropLeadUnderHeading = (point: OutlineItem | undefined) => {
      if (leadUnderHeading && (!point || point.marker?.kind === "runin" || point.depth > headingDepth)) out.length -= leadUnderHeading;
      leadUnderHeading = 0;
      pointSinceHeading = true;
    };
    for (let p = sec.start; p <= sec.end && p < paras.length; p++) {
      if (p === sec.heading) continue;
      const text = paras[p].text;
      // A paragraph that is only website residue is reported (and deleted) by copy-residue, not
      // judged as a problem or a measure.
      if (!text.trim() || residueOnlyAt(ctx, p)) continue;
      const item = byPara.get(p);
      const body0 = bodyOffset(text, item);
      if (item) {
        if (!sawMarked) pendingLead = []; // lead-in paragraphs before the first marker are dropped
        sawMarked = true;
      }
      if (body0 >= text.length) {
        lastWasMarkedPoint = false; // stand-alone heading: new parent, no continuation
        leadUnderHeading = 0;
        pointSinceHeading = false;
        headingDepth = item?.depth ?? 0;
        continue;
      }
      const runins = runInsAt(ctx, p).filter((r) => r.offset >= body0 || (item?.marker?.kind === "runin" && r.offset === 0));
      if (runins.length) {
        sawMarked = true;
        pendingLead = [];
        dropLeadUnderHeading(item);
        for (let k = 0; k < runins.length; k++) {
          const start = runins[k].offset;
          const end = k + 1 < runins.length ? runins[k + 1].offset : text.length;
          out.push({ paragraph: p, paragraphEnd: p, offset: start, text: text.slice(start, end), label: text.slice(start, start + runins[k].length), section: si });
        }
        lastWasMarkedPoint = true;
        continue;
      }
      const body = text.slice(body0);
      if (/[：:]\s*$/.test(body)) { lastWasMarkedPoint = false; continue; }
      if (!item && lastWasMarkedPoint && out.length) {
        const prev = out[out.length - 1];
        prev.text += body;
        prev.paragraphEnd = p;
        continue;
      }
      const bi: BodyItem = { paragraph: p, paragraphEnd: p, offset: body0, text: body, label: item?.marker?.raw ?? "", section: si };
      if (!item && !sawMarked) { pendingLead.push(bi); continue; }
      if (item) dropLeadUnderHeading(item);
      else if (!pointSinceHeading) leadUnderHeading++;
      out.push(bi);
      lastWasMarkedPoint = !!item;
    }
    // A section with no marker at all: its plain paragraphs are the items.
    if (!sawMarked) out.push(...pendingLead);
  }
  return out;
}
