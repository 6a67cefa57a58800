/**
 * detectOutline: which paragraphs are outline items (headings, run-in headings, numbered points)
 * and how deep each one sits.
 *
 * An item is a paragraph (outside tables) that either starts with a numbering marker (literal or
 * automatic, see marker.ts) or carries a heading style. Depth is logical nesting, derived with a
 * stack over a rank per level: 一、(10) < （一）(20) < 1.(30) < （1）(40) < ①(50) < 一是/第一，(60);
 * a styled heading without a number ranks between the levels (Heading N → 10·N − 5), so
 * "Heading 1 → （一） → 1." nests as 1 → 2 → 3. A new item pops every stack entry of equal or
 * deeper rank and is pushed; its depth is the stack height. Skipped levels therefore do not leave
 * gaps (一、 → 1. → 一是 gives depths 1, 2, 3). Linear in the total text length.
 */
import type { MarkerKind, OutlineItem, Paragraph } from "./types";
import { mayOpenMarker, parseMarker } from "./marker";
import { isSpaceLike } from "./normalize";

export { parseMarker } from "./marker";

const KIND_RANK: Record<MarkerKind, number> = {
  cn: 10,
  "paren-cn": 20,
  arabic: 30,
  "paren-arabic": 40,
  circled: 50,
  runin: 60,
  ordinal: 60,
};

/** Rank of an item: its marker kind, or its heading level for an unnumbered styled heading. */
export function itemRank(item: Pick<OutlineItem, "marker" | "headingLevel">): number {
  if (item.marker) return KIND_RANK[item.marker.kind];
  return (item.headingLevel ?? 9) * 10 - 5;
}

/** Key that identifies one level of numbering in a document ("cn", "paren-cn", …, "h2"). */
export function itemSignature(item: Pick<OutlineItem, "marker" | "headingLevel">): string {
  return item.marker ? item.marker.kind : `h${item.headingLevel ?? 9}`;
}

const LEAD_END = new Set([..."。！？；：!?;:"].map((c) => c.charCodeAt(0)));
const CLAUSE_END = new Set([..."，,"].map((c) => c.charCodeAt(0)));
const MAX_TITLE = 40;

/** Title of a heading and whether body text follows it in the same paragraph. */
export function splitTitle(rest: string): { title: string; runIn: boolean } {
  let s = 0;
  while (s < rest.length && isSpaceLike(rest.charCodeAt(s))) s++;
  let e = rest.length;
  while (e > s && isSpaceLike(rest.charCodeAt(e - 1))) e--;
  if (s >= e) return { title: "", runIn: false };
  let t = -1;
  let comma = -1;
  for (let i = s; i < e; i++) {
    const ch = rest.charCodeAt(i);
    if (LEAD_END.has(ch)) {
      t = i;
      break;
    }
    if (comma < 0 && CLAUSE_END.has(ch)) comma = i;
    if (i - s > 200) break; // long sentence without a stop: the clause rule below decides
  }
  if (t >= 0 && t - s <= MAX_TITLE) {
    const title = rest.slice(s, t).trim();
    return { title, runIn: t + 1 < e };
  }
  if (t < 0 && e - s <= 60) return { title: rest.slice(s, e), runIn: false };
  // A long first clause: a numbered sentence rather than a heading. Title = first clause, capped.
  const cut = comma >= 0 && comma - s <= MAX_TITLE ? comma : Math.min(e, s + MAX_TITLE);
  return { title: rest.slice(s, cut).trim(), runIn: true };
}

/** Build the outline item of one paragraph, or null (not a heading, not a numbered point). */
function outlineItemOf(p: Paragraph): Omit<OutlineItem, "depth"> | null {
  if (p.inTable) return null;
  const text = p.text ?? "";
  const level = p.headingLevel !== null && p.headingLevel >= 1 && p.headingLevel <= 9 ? p.headingLevel : null;
  // Most body paragraphs: no style, no list number, and a first character no marker starts with.
  if (level === null && !p.listString && !mayOpenMarker(text)) return null;
  const marker = parseMarker(text, p.listString);
  if (!marker && level === null) return null;
  const bodyStart = marker && marker.source === "text" ? marker.offset + marker.length : 0;
  const { title, runIn } = splitTitle(text.slice(bodyStart));
  if (!marker && title === "") return null; // an empty styled paragraph is not a heading
  return { paragraph: p.index, marker, title, runIn: marker ? runIn : false, headingLevel: level };
}

/** Outline items in document order with their logical depth. Never throws; linear time. */
export function detectOutline(paragraphs: Paragraph[]): OutlineItem[] {
  const items: OutlineItem[] = [];
  const stack: number[] = [];
  for (const p of paragraphs) {
    let base: Omit<OutlineItem, "depth"> | null;
    try {
      base = outlineItemOf(p);
    } catch {
      base = null;
    }
    if (!base) continue;
    const rank = itemRank(base);
    while (stack.length && stack[stack.length - 1] >= rank) stack.pop();
    stack.push(rank);
    const item = base as OutlineItem;
    item.depth = stack.length;
    items.push(item);
  }
  return items;
}
