/**
 * Aspect matching: the sub-headings of 存在的问题 / 整改措施 mapped to the preset's aspects
 * (方面, e.g. the 五个带头) by the keywords of their official wording.
 *
 * The aspect level is found per section: among the outline items inside the section, the depth
 * whose items match the most distinct aspects wins (ties: the shallower), so “（一）对照6个方面检查出
 * 的问题 → 1.理论学习方面” yields the “1.” items. When nothing matches, the direct children are
 * returned with aspectId null. When the number of sub-headings equals the number of aspects and
 * every keyword match sits at its own position, unmatched sub-headings take the aspect of their
 * position (a user's own wording of the same list).
 */
import type { Aspect, AspectMatch, OutlineItem, Preset, Section } from "./types";
import { compact } from "./normalize";

/** Keyword score of a text against one aspect: total length of the distinct keywords it contains. */
export function aspectScore(text: string, aspect: Aspect): number {
  const c = compact(text).replace(/[“”"‘’']/g, "");
  let s = 0;
  for (const k of new Set([...aspect.keywords, aspect.short])) if (k && c.includes(k)) s += k.length;
  return s;
}

/** Best matching aspect id for a heading (at least one keyword of two characters), or null. */
export function matchAspect(text: string, aspects: Aspect[]): string | null {
  let best: string | null = null;
  let bestScore = 1;
  for (const a of aspects) {
    const s = aspectScore(text, a);
    if (s > bestScore) {
      best = a.id;
      bestScore = s;
    }
  }
  return best;
}

/** Sub-headings of a section matched to aspects (see the module comment); `sectionItems` = the items inside it. */
export function sectionAspects(section: Section, sectionItems: OutlineItem[], preset: Preset): AspectMatch[] {
  const head = section.heading !== null ? sectionItems.find((i) => i.paragraph === section.heading) : undefined;
  const headDepth = head ? head.depth : 0;
  const inner = sectionItems.filter((i) => i.paragraph > (section.heading ?? section.start - 1) && i.paragraph <= section.end && i.depth > headDepth);
  if (!inner.length) return [];
  const byDepth = new Map<number, { item: OutlineItem; id: string | null }[]>();
  for (const it of inner) {
    const entry = { item: it, id: preset.aspects.length ? matchAspect(it.title, preset.aspects) : null };
    const list = byDepth.get(it.depth);
    if (list) list.push(entry);
    else byDepth.set(it.depth, [entry]);
  }
  let depth = Math.min(...byDepth.keys());
  let bestDistinct = 0;
  for (const [d, list] of [...byDepth.entries()].sort((a, b) => a[0] - b[0])) {
    const distinct = new Set(list.map((e) => e.id).filter((x) => x !== null)).size;
    if (distinct > bestDistinct) {
      bestDistinct = distinct;
      depth = d;
    }
  }
  const chosen = byDepth.get(depth) ?? [];
  fillByPosition(chosen, preset.aspects);
  const end = section.end;
  // Each range runs to the next item at the chosen depth or shallower (computed backwards, linear).
  const stopAt = new Map<number, number>();
  let next = end;
  for (let i = inner.length - 1; i >= 0; i--) {
    stopAt.set(inner[i].paragraph, next);
    if (inner[i].depth <= depth) next = inner[i].paragraph - 1;
  }
  return chosen.map((e) => ({
    aspectId: e.id,
    title: e.item.title,
    paragraph: e.item.paragraph,
    start: e.item.paragraph,
    end: stopAt.get(e.item.paragraph) ?? end,
  }));
}

function fillByPosition(list: { id: string | null }[], aspects: Aspect[]): void {
  if (list.length !== aspects.length || !list.some((e) => e.id === null)) return;
  const consistent = list.every((e, k) => e.id === null || e.id === aspects[k].id);
  if (!consistent) return;
  list.forEach((e, k) => {
    if (e.id === null) e.id = aspects[k].id;
  });
}
