import type { Phrase, PhraseVoice } from "./types";

export interface PhraseFilter {
  /** path[0]; "" or undefined = all. */
  section?: string;
  /** path[1]; "" or undefined = all. */
  aspect?: string;
  /** 班子 and 个人 each include 通用 phrases; undefined = all voices. */
  voice?: PhraseVoice;
  /** Restrict to these ids (favourites, recent). */
  ids?: ReadonlySet<string>;
}

export function matchesFilter(p: Phrase, f: PhraseFilter): boolean {
  if (f.section && p.path[0] !== f.section) return false;
  if (f.aspect && p.path[1] !== f.aspect) return false;
  if (f.voice && f.voice !== "通用" && p.voice !== f.voice && p.voice !== "通用") return false;
  if (f.voice === "通用" && p.voice !== "通用") return false;
  if (f.ids && !f.ids.has(p.id)) return false;
  return true;
}

/** Sections in first-seen order with their aspects (path[1]) in first-seen order. */
export function categoryTree(phrases: readonly Phrase[]): { section: string; aspects: string[] }[] {
  const m = new Map<string, Set<string>>();
  for (const p of phrases) {
    if (!m.has(p.path[0])) m.set(p.path[0], new Set());
    if (p.path[1]) m.get(p.path[0])!.add(p.path[1]);
  }
  return [...m].map(([section, a]) => ({ section, aspects: [...a] }));
}
