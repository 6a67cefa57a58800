/**
 * Skeleton insertion at the cursor (骨架 tab): decides the numbers of inserted headings from the
 * paragraphs before the cursor, so that inserting 原因分析 after 一、 and 二、 makes it 三、, and an
 * aspect after （一）（二） becomes （三）. Later headings are renumbered only when the user asks
 * (顺延后面的序号, `followingRenumber`). Also the outline
 * analysis 套用公文格式 needs. Pure: the Word side (office/skeleton.ts, office/format.ts) calls these.
 */
import { analyze } from "./analyze";
import { parseChineseNumeral, toChineseNumeral } from "./normalize";
import { detectOutline } from "./outline";
import { detectPreset } from "./presets";
import { buildSkeleton } from "./skeleton";
import type { OutlineItem, Paragraph, Preset, SectionKind, SkeletonNode, TextEdit } from "./types";

/** What to insert, given the paragraphs that precede the insertion point (for numbering). */
export type NodeBuilder = (preceding: Paragraph[]) => SkeletonNode[];

/** null = the whole skeleton. */
export type InsertTarget = { section: SectionKind; aspectId?: string; label: string } | null;

const CN_TOP = /^[一二三四五六七八九十百]+、/;
const CN_SECOND = /^[（(][一二三四五六七八九十百]+[）)]/;

/** Numbers of the outline before the cursor: the next top-level number and the next second-level one. */
export function nextNumbers(preceding: Paragraph[]): { top: number; second: number } {
  const items = detectOutline(preceding);
  let top = 0;
  let second = 0;
  let topDepth = Infinity;
  for (const it of items) topDepth = Math.min(topDepth, it.depth);
  for (const it of items) {
    if (it.depth === topDepth) {
      top = it.marker ? it.marker.value : top + 1;
      second = 0;
    } else if (it.depth === topDepth + 1 && !it.runIn) {
      second = it.marker ? it.marker.value : second + 1;
    }
  }
  return { top: top + 1, second: second + 1 };
}

function hasContent(preceding: Paragraph[]): boolean {
  return preceding.some((p) => p.text.trim() !== "");
}

/** Renumbers the literal marker of the first-level (or second-level) nodes, counting from `start`. */
function renumber(nodes: SkeletonNode[], level: 1 | 2, start: number): SkeletonNode[] {
  let n = start;
  return nodes.map((node) => {
    if (node.level !== level) return node;
    const pattern = level === 1 ? CN_TOP : CN_SECOND;
    if (!pattern.test(node.text)) return node;
    const marker = level === 1 ? `${toChineseNumeral(n)}、` : `（${toChineseNumeral(n)}）`;
    n++;
    return { ...node, text: node.text.replace(pattern, marker) };
  });
}

export function skeletonBuilder(preset: Preset, target: InsertTarget): NodeBuilder {
  return (preceding) => {
    const { top, second } = nextNumbers(preceding);
    if (!target) {
      const nodes = buildSkeleton(preset, { includeTitle: !hasContent(preceding) });
      return renumber(nodes, 1, hasContent(preceding) ? top : 1);
    }
    const nodes = buildSkeleton(preset, { only: { section: target.section, aspectId: target.aspectId } });
    if (target.aspectId) {
      // Only the aspect: a second-level heading continuing the current section's numbering.
      const aspectOnly = nodes.filter((n) => n.level !== 1);
      return renumber(aspectOnly, 2, second);
    }
    return renumber(nodes, 1, top);
  };
}

/**
 * For inserting one section or aspect: where the document already has it (its heading paragraph and
 * a Chinese message), or null. The whole skeleton is never a duplicate here (nesting is refused by
 * the Word side). Pure; `paragraphs` is the whole body.
 */
export function findExisting(preset: Preset, target: InsertTarget): ((paragraphs: Paragraph[]) => { paragraph: number; message: string } | null) | undefined {
  if (!target) return undefined;
  return (paragraphs) => {
    const analysis = analyze({ paragraphs }, preset);
    const secs = analysis.sections.filter((s) => s.kind === target.section && s.heading !== null);
    if (!secs.length) return null;
    if (target.aspectId) {
      const hit = secs.flatMap((s) => s.aspects).find((a) => a.aspectId === target.aspectId);
      return hit ? { paragraph: hit.paragraph, message: `文档中已有“${target.label}”（第 ${hit.paragraph + 1} 段“${hit.title}”），未重复插入。` } : null;
    }
    const h = secs[0].heading!;
    return { paragraph: h, message: `文档中已有“${target.label}”部分（第 ${h + 1} 段“${secs[0].title}”），未重复插入。` };
  };
}

const CN_NUMERAL = /^[一二三四五六七八九十百]+/;

/**
 * When the user asks to shift what follows (顺延后面的序号): the edits that move the literal
 * top-level numbers ("三、") of the headings after paragraph `cursor` up by the number of top-level
 * headings inserted, if the inserted numbers would otherwise repeat theirs. Automatic list numbers
 * are left to Word. Pure; `paragraphs` is the whole body.
 */
export function followingRenumber(paragraphs: Paragraph[], cursor: number, nodes: SkeletonNode[]): TextEdit[] {
  const inserted = nodes.filter((n) => n.level === 1 && CN_TOP.test(n.text)).map((n) => parseChineseNumeral(CN_NUMERAL.exec(n.text)![0]) ?? 0);
  if (!inserted.length) return [];
  const first = inserted[0];
  const last = inserted[inserted.length - 1];
  const items = detectOutline(paragraphs);
  let topDepth = Infinity;
  for (const it of items) topDepth = Math.min(topDepth, it.depth);
  const following = items.filter((it) => it.paragraph > cursor && it.depth === topDepth && it.marker?.kind === "cn" && it.marker.source === "text");
  if (!following.length || following[0].marker!.value > last) return [];
  const edits: TextEdit[] = [];
  for (const it of following) {
    const m = it.marker!;
    const numeral = CN_NUMERAL.exec(m.raw)?.[0];
    if (!numeral || m.value < first) continue;
    edits.push({ paragraph: it.paragraph, offset: m.offset, length: numeral.length, expected: numeral, replacement: toChineseNumeral(m.value + inserted.length) });
  }
  return edits;
}

/** Outline and title of a document, for 套用公文格式. */
export function analyzeForFormat(paragraphs: Paragraph[]): { items: OutlineItem[]; title: number | null } {
  const doc = { paragraphs };
  const { preset } = detectPreset(doc);
  const analysis = analyze(doc, preset);
  return { items: analysis.items, title: analysis.title ? analysis.title.paragraph : null };
}
