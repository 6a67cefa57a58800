/**
 * Aspect matching: the sub-headings of 存在的问题 / 整改措施 mapped to the preset's aspects
 * (方面, e.g. the 五个带头) by the keywords of their official wording.
 *
 * The aspect level is found per section: among the outline items inside the section, grouped by
 * depth and numbering style, the group whose items match the most distinct aspects wins (ties: the
 * shallower), so “（一）对照6个方面检查出的问题 → 1.理论学习方面” yields the “1.” items and not the
 * 一是 points at the same depth elsewhere. When nothing matches, the shallowest heading level is
 * returned with aspectId null. When the number of sub-headings equals the number of aspects, at
 * least half of them match by keyword and every match sits at its own position, unmatched
 * sub-headings take the aspect of their position (a user's own wording of the same list).
 */
import type { Analysis, Aspect, AspectMatch, OutlineItem, Preset, Section } from "./types";
import { compact } from "./normalize";
import { itemSignature } from "./outline";
import { KeywordIndex } from "./keywords";
import { itemAt } from "./items";

const INDEXES = new WeakMap<Aspect[], KeywordIndex<number>>();
function indexOf(aspects: Aspect[]): KeywordIndex<number> {
  let ix = INDEXES.get(aspects);
  if (!ix) {
    ix = new KeywordIndex(
      aspects.flatMap((a, i) => [...new Set([...a.keywords, a.short])].filter((w) => w).map((word) => ({ word, tag: i, weight: word.length }))),
    );
    INDEXES.set(aspects, ix);
  }
  return ix;
}

function matchKey(text: string): string {
  return compact(text).replace(/[“”"‘’']/g, "");
}

/** Keyword score of a text against each aspect: total length of the distinct keywords it contains. */
function aspectScores(text: string, aspects: Aspect[]): number[] {
  const scores = new Array<number>(aspects.length).fill(0);
  indexOf(aspects).scan(matchKey(text), (i, w) => {
    scores[i] += w;
  });
  return scores;
}

/** Best matching aspect id for a heading (at least one keyword of two characters), or null. */
export function matchAspect(text: string, aspects: Aspect[]): string | null {
  if (!aspects.length) return null;
  const scores = aspectScores(text, aspects);
  let best = -1;
  let bestScore = 1;
  for (let i = 0; i < scores.length; i++) {
    if (scores[i] > bestScore) {
      best = i;
      bestScore = scores[i];
    }
  }
  return best < 0 ? null : aspects[best].id;
}

/** Sub-headings of a section matched to aspects (see the module comment); `sectionItems` = the items inside it. */
export function sectionAspects(section: Section, sectionItems: OutlineItem[], preset: Preset): AspectMatch[] {
  const head = section.heading !== null ? sectionItems.find((i) => i.paragraph === section.heading) : undefined;
  const headDepth = head ? head.depth : 0;
  const inner = sectionItems.filter((i) => i.paragraph > (section.heading ?? section.start - 1) && i.paragraph <= section.end && i.depth > headDepth);
  if (!inner.length) return [];
  // Candidate levels: (depth, numbering style), so run-in points at the same depth do not mix in.
  const groups = new Map<string, { depth: number; runin: boolean; list: { item: OutlineItem; id: string | null }[] }>();
  for (const it of inner) {
    const sig = itemSignature(it);
    const key = `${it.depth}:${sig}`;
    const entry = { item: it, id: null as string | null };
    const g = groups.get(key);
    if (g) g.list.push(entry);
    else groups.set(key, { depth: it.depth, runin: sig === "runin" || sig === "ordinal", list: [entry] });
  }
  const aspects = preset.aspects;
  const score = (g: { runin: boolean; list: { id: string | null }[] }): number => {
    const distinct = new Set(g.list.map((e) => e.id).filter((x) => x !== null)).size;
    return distinct * 2 - (g.runin ? 1 : 0); // with no match at all, prefer headings over run-in points
  };
  const match = (g: { list: { item: OutlineItem; id: string | null }[] }) => {
    if (aspects.length) for (const e of g.list) e.id = matchAspect(e.item.title, aspects);
  };
  // Headings first. A run-in group (one 一是 point per paragraph, often thousands) is matched only
  // when it could still win: its best possible score (every aspect matched) must reach the best
  // heading level's score. The choice below is the same as matching every group.
  let headingBest = -1;
  for (const g of groups.values()) {
    if (g.runin) continue;
    match(g);
    headingBest = Math.max(headingBest, score(g));
  }
  const skipped = new Set<string>();
  for (const [key, g] of groups) {
    if (!g.runin) continue;
    const possible = Math.min(aspects.length, g.list.length) * 2 - 1;
    if (possible < headingBest) skipped.add(key);
    else match(g);
  }
  let chosenKey = "";
  let bestDistinct = -1;
  let bestDepth = Infinity;
  for (const [key, g] of groups) {
    if (skipped.has(key)) continue;
    const sc = score(g);
    if (sc > bestDistinct || (sc === bestDistinct && g.depth < bestDepth)) {
      chosenKey = key;
      bestDistinct = sc;
      bestDepth = g.depth;
    }
  }
  const chosen = groups.get(chosenKey)?.list ?? [];
  fillByPosition(chosen, preset.aspects);
  const inChosen = new Set(chosen.map((e) => e.item.paragraph));
  const end = section.end;
  // Each range runs to the next item of the chosen level or a shallower one (computed backwards, linear).
  const stopAt = new Map<number, number>();
  let next = end;
  for (let i = inner.length - 1; i >= 0; i--) {
    stopAt.set(inner[i].paragraph, next);
    if (inner[i].depth < bestDepth || inChosen.has(inner[i].paragraph)) next = inner[i].paragraph - 1;
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
  const matched = list.filter((e) => e.id !== null).length;
  const consistent = list.every((e, k) => e.id === null || e.id === aspects[k].id);
  if (!consistent || matched * 2 < list.length) return;
  list.forEach((e, k) => {
    if (e.id === null) e.id = aspects[k].id;
  });
}

/**
 * The aspect matches of a section that are sub-headings (（一）…方面, 1.…, styled headings), leaving
 * out run-in points (一是……, 第一，……) that only mention an aspect's keywords.
 */
export function headingAspects(analysis: Analysis, section: Section): AspectMatch[] {
  return section.aspects.filter((a) => {
    const k = itemAt(analysis.items, a.paragraph)?.marker?.kind;
    return k !== "runin" && k !== "ordinal";
  });
}
