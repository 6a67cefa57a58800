/**
 * Where and how to insert a missing section or aspect into an existing document.
 *
 * Numbering policy (we never renumber the user's text): an inserted section goes right after the
 * closest section that precedes it in the canonical order (导语 → 上年度整改 → 会前准备 → 存在的问题 →
 * 典型案例剖析 → 政绩观 → 原因分析 → 整改措施 → 个人有关事项 → 结束语) and continues that section's
 * number (after 二、存在的问题 it becomes 三、原因分析). When it has to go first, it takes the number
 * of the section it precedes. Sections after the insertion point keep their numbers unless the
 * inserted number would repeat one of theirs (`renumberFollowing`): then `renumber` lists the edits
 * that shift their literal numbers by one, which the quick fix applies together with the insertion
 * (the user asked for it by clicking 修正; automatic list numbering renumbers itself). Documents
 * whose top-level headings carry no literal number get unnumbered headings.
 */
import type { Analysis, MarkerKind, OutlineItem, Preset, Section, SectionKind, SkeletonNode, TextEdit } from "./types";
import { SECTION_KINDS } from "./types";
import { buildSkeleton } from "./skeleton";
import { itemAt as findItem } from "./items";
import { toChineseNumeral } from "./normalize";

export interface Insertion {
  /** Insert after this paragraph (-1 = at the very start). */
  after: number;
  nodes: SkeletonNode[];
  /** Number given to the inserted heading (null when unnumbered or headingless). */
  number: number | null;
  /** True when sections after the insertion point would need renumbering. */
  renumberFollowing: boolean;
  /** Edits shifting the literal top-level numbers after the insertion point by one (when renumberFollowing). */
  renumber?: TextEdit[];
  /**
   * The document's headings at this level are plain paragraphs with literal numbers (no heading
   * style): the inserted headings are plain text too, so they match their neighbours.
   */
  plain?: boolean;
}

/** True when every given heading paragraph is unstyled (no heading level) and carries a literal number. */
function plainHeadings(analysis: Analysis, paragraphs: (number | null)[]): boolean {
  const items = paragraphs.filter((p): p is number => p !== null).map((p) => itemAt(analysis, p));
  return items.length > 0 && items.every((it) => !!it && it.headingLevel === null && it.marker?.source === "text");
}

const NUMERAL_IN_MARKER = /[一二三四五六七八九十百]+|\d+/;

/** Edits that add one to the literal numbers of the given aspect headings (same marker kind as `kind`). */
function shiftAspects(analysis: Analysis, heads: Section["aspects"], kind: MarkerKind | undefined): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const a of heads) {
    const m = itemAt(analysis, a.paragraph)?.marker;
    if (!m || m.source !== "text" || m.kind !== kind || m.kind === "runin" || m.kind === "circled") continue;
    const n = NUMERAL_IN_MARKER.exec(m.raw);
    if (!n) continue;
    const arabic = /\d/.test(n[0]);
    edits.push({ paragraph: a.paragraph, offset: m.offset + n.index, length: n[0].length, expected: n[0], replacement: arabic ? String(m.value + 1) : toChineseNumeral(m.value + 1) });
  }
  return edits;
}

const CN_NUMERAL = /^[一二三四五六七八九十百]+/;

/** Edits that add one to the literal "一、"-style numbers of the sections starting after `after`. */
function shiftFollowing(analysis: Analysis, after: number): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const s of analysis.sections) {
    if (s.heading === null || s.start <= after) continue;
    const m = itemAt(analysis, s.heading)?.marker;
    if (!m || m.source !== "text" || m.kind !== "cn") continue;
    const numeral = CN_NUMERAL.exec(m.raw)?.[0];
    if (!numeral) continue;
    edits.push({
      paragraph: s.heading,
      offset: m.offset,
      length: numeral.length,
      expected: numeral,
      replacement: toChineseNumeral(m.value + 1),
    });
  }
  return edits;
}

const ORDER = (k: SectionKind) => SECTION_KINDS.indexOf(k);

function itemAt(analysis: Analysis, paragraph: number | null): OutlineItem | undefined {
  return paragraph === null ? undefined : findItem(analysis.items, paragraph);
}

function headingNumber(analysis: Analysis, s: Section | undefined): number | null {
  const m = s ? itemAt(analysis, s.heading)?.marker : null;
  return m ? m.value : null;
}

/** True when the document's top-level headings carry numbers (or there are none to go by). */
export function topLevelNumbered(analysis: Analysis): boolean {
  const heads = analysis.sections.filter((s) => s.heading !== null);
  if (!heads.length) return true;
  return heads.some((s) => itemAt(analysis, s.heading)?.marker);
}

/** The number the next top-level section appended at the end should take. */
export function nextTopLevelNumber(analysis: Analysis): number {
  let max = 0;
  let count = 0;
  for (const s of analysis.sections) {
    if (s.heading === null) continue;
    count++;
    const v = headingNumber(analysis, s);
    if (v !== null && v > max) max = v;
  }
  return (max || count) + 1;
}

/** Insertion of a whole missing section of `kind`. `paragraphCount` = number of paragraphs in the document. */
export function sectionInsertion(analysis: Analysis, preset: Preset, kind: SectionKind, paragraphCount: number): Insertion {
  const secs = analysis.sections;
  if (kind === "导语") {
    const after = (secs.length ? secs[0].start : paragraphCount) - 1;
    return { after, nodes: buildSkeleton(preset, { only: { section: kind } }), number: null, renumberFollowing: false };
  }
  if (kind === "结束语") {
    return { after: paragraphCount - 1, nodes: buildSkeleton(preset, { only: { section: kind } }), number: null, renumberFollowing: false };
  }
  const target = ORDER(kind);
  let prev: Section | undefined;
  let next: Section | undefined;
  for (const s of secs) {
    if (s.kind === null) continue;
    if (ORDER(s.kind) < target) prev = s;
    else if (ORDER(s.kind) > target && !next) next = s;
  }
  const numbered = topLevelNumbered(analysis);
  let after: number;
  let number: number;
  if (prev && !(next && next.start < prev.start)) {
    after = prev.end;
    const prevNum = headingNumber(analysis, prev);
    number = prevNum !== null ? prevNum + 1 : (headingNumber(analysis, next) ?? 1);
  } else if (next) {
    after = next.start - 1;
    number = headingNumber(analysis, next) ?? 1;
  } else {
    after = paragraphCount - 1;
    number = nextTopLevelNumber(analysis);
  }
  const renumberFollowing = numbered && secs.some((s) => s.start > after && (headingNumber(analysis, s) ?? Infinity) <= number);
  const nodes = buildSkeleton(preset, { only: { section: kind }, startAt: number, numbered });
  const renumber = renumberFollowing ? shiftFollowing(analysis, after) : [];
  const plain = numbered && plainHeadings(analysis, secs.map((s) => s.heading));
  return { after, nodes, number: numbered ? number : null, renumberFollowing, ...(renumber.length ? { renumber } : {}), ...(plain ? { plain } : {}) };
}

function markerText(kind: MarkerKind | undefined, n: number): string {
  switch (kind) {
    case "cn":
      return `${toChineseNumeral(n)}、`;
    case "arabic":
      return `${n}.`;
    case "paren-arabic":
      return `（${n}）`;
    case "circled":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : `${n}.`;
    default:
      return `（${toChineseNumeral(n)}）`;
  }
}

/**
 * Insertion of one missing aspect inside a 存在的问题 / 整改措施 section: after the closest aspect
 * that precedes it in the preset's order, numbered in the style of its siblings.
 */
export function aspectInsertion(analysis: Analysis, preset: Preset, section: Section, aspectId: string): Insertion {
  const order = (id: string | null) => (id === null ? -1 : preset.aspects.findIndex((a) => a.id === id));
  const target = order(aspectId);
  let prev: Section["aspects"][number] | undefined;
  let next: Section["aspects"][number] | undefined;
  for (const a of section.aspects) {
    const o = order(a.aspectId);
    if (o < 0) continue;
    if (o < target) prev = a;
    else if (o > target && !next) next = a;
  }
  const siblings = section.aspects.map((a) => itemAt(analysis, a.paragraph)?.marker ?? null);
  const kind = siblings.find((m) => m)?.kind;
  const numbered = siblings.length === 0 || siblings.some((m) => m);
  let after: number;
  let number: number;
  if (prev) {
    after = prev.end;
    number = (itemAt(analysis, prev.paragraph)?.marker?.value ?? section.aspects.indexOf(prev) + 1) + 1;
  } else if (next) {
    after = next.start - 1;
    number = itemAt(analysis, next.paragraph)?.marker?.value ?? 1;
  } else {
    after = section.end;
    number = section.aspects.length + 1;
  }
  const nodes = buildSkeleton(preset, { only: { section: section.kind ?? "存在的问题", aspectId }, numbered: false });
  if (nodes.length && numbered) nodes[0] = { ...nodes[0], text: markerText(kind, number) + nodes[0].text };
  const following = section.aspects.filter((a) => a.start > after);
  const renumberFollowing = numbered && following.some((a) => (itemAt(analysis, a.paragraph)?.marker?.value ?? Infinity) <= number);
  const renumber = renumberFollowing ? shiftAspects(analysis, following, kind) : [];
  const plain = numbered && plainHeadings(analysis, section.aspects.map((a) => a.paragraph));
  return { after, nodes, number: numbered ? number : null, renumberFollowing, ...(renumber.length ? { renumber } : {}), ...(plain ? { plain } : {}) };
}
