/**
 * Title block: the material's title (possibly over two lines) and the name/post and date lines under it.
 *
 * A title is one of the first three non-empty paragraphs that carries no numbering marker and either
 * contains a title word (对照检查材料, 发言提纲, 民主生活会, 组织生活会 …, see sections.json) or has a
 * Title style ("Title", "标题", "文档标题"). A short unpunctuated line right before it joins the title
 * ("中共××委员会领导班子" / "2025年度民主生活会对照检查材料"). Up to two short lines after it that look like
 * a name/post or a date ("（2026年1月15日）") belong to the block as well.
 */
import type { Paragraph } from "./types";
import { compact } from "./normalize";
import { parseMarker } from "./marker";
import table from "../data/sections.json";

export interface TitleBlock {
  title: { paragraph: number; text: string } | null;
  /** Every paragraph of the block (title lines, name and date lines). */
  paragraphs: number[];
  /**
   * Web-page debris around the title, not part of the material: a contents list pasted before the
   * title ("outline": its optional 目录 line and entries) and a repeated title line after it.
   */
  residue: { kind: "outline" | "duplicate-title"; paragraphs: number[] }[];
}

const TITLE_WORDS: string[] = table.titleWords;
const TITLE_STYLE = /^(title|标题|文档标题|主标题|大标题)$/i;
const DATE_LINE = /^[（(]?\d{4}年\d{1,2}月(\d{1,2}日)?[）)]?$/;
const SENTENCE_PUNCT = /[。，,；;！!？?：:]/;

function hasTitleWord(text: string): boolean {
  const c = compact(text);
  return TITLE_WORDS.some((w) => c.includes(w));
}

function isTitleLike(p: Paragraph): boolean {
  const text = p.text.trim();
  if (!text || text.length > 80 || parseMarker(p.text, p.listString)) return false;
  if (/[。；;]$/.test(text)) return false;
  return TITLE_STYLE.test(p.styleName.trim()) || hasTitleWord(text);
}

function isShortLine(p: Paragraph, max: number): boolean {
  const t = compact(p.text);
  return t.length > 0 && t.length <= max && !SENTENCE_PUNCT.test(t) && !parseMarker(p.text, p.listString) && !p.inTable;
}

function isDateLine(p: Paragraph): boolean {
  return DATE_LINE.test(compact(p.text));
}

/** Name/post line: short, no sentence punctuation, no title/section words. */
function isNameLine(p: Paragraph): boolean {
  if (!isShortLine(p, 30) || p.headingLevel !== null) return false;
  return !hasTitleWord(p.text) && !/问题|原因|措施|剖析|情况|方面/.test(compact(p.text));
}

const OUTLINE_HEAD = /^(?:目录|文章目录|本文目录|内容目录|目录导航|文章导航|本文导航|内容导航|导读)[:：]?$/;
const LEADER = /(?:[.．·…_-]{2,}|\s)[\s\d]*$/;
const MAX_OUTLINE = 60;

/** The wording of a contents entry or heading without its marker, dot leader and page number. */
function entryKey(p: Paragraph): string {
  const m = parseMarker(p.text, p.listString);
  const rest = m && m.source === "text" ? p.text.slice(m.offset + m.length) : p.text;
  return compact(rest.replace(LEADER, "")).replace(/[：:。]$/, "");
}

/**
 * A contents list pasted before the title: short lines without sentence punctuation (after an
 * optional 目录 line) right before a title-like paragraph, whose wordings come back later as the
 * start of paragraphs (every one of them without a 目录 line, most of them with one). Returns the
 * list's paragraphs and the position to look for the title from, or null.
 */
function leadingOutline(paragraphs: Paragraph[]): { paragraphs: number[]; next: number } | null {
  const n = paragraphs.length;
  let i = 0;
  while (i < n && !paragraphs[i].text.trim()) i++;
  const list: number[] = [];
  let headed = false;
  if (i < n && OUTLINE_HEAD.test(compact(paragraphs[i].text))) {
    headed = true;
    list.push(i++);
  }
  const entries: number[] = [];
  let marked = 0;
  for (; i < n && entries.length <= MAX_OUTLINE; i++) {
    const p = paragraphs[i];
    const t = p.text.trim();
    if (!t) continue;
    if (isTitleLike(p)) break;
    if (t.length > 60 || /[。；;！!？?]$/.test(t) || !entryKey(p)) return null;
    if (parseMarker(p.text, p.listString)) marked++;
    entries.push(i);
  }
  if (i >= n || entries.length > MAX_OUTLINE || entries.length < (headed ? 1 : 2) || (!headed && marked === 0)) return null;
  const pending = new Set(entries.map((e) => entryKey(paragraphs[e])));
  const total = pending.size;
  for (let j = i + 1; j < n && pending.size; j++) {
    const key = entryKey(paragraphs[j]);
    if (!key) continue;
    for (const k of pending) if (key.startsWith(k)) pending.delete(k);
  }
  if (headed ? pending.size * 2 > total : pending.size > 0) return null;
  return { paragraphs: [...list, ...entries], next: i };
}

export function detectTitle(paragraphs: Paragraph[]): TitleBlock {
  const outline = leadingOutline(paragraphs);
  const from = outline ? outline.next : 0;
  const nonEmpty: number[] = [];
  for (let i = from; i < paragraphs.length && nonEmpty.length < 6; i++) {
    if (paragraphs[i].text.trim() && !paragraphs[i].inTable) nonEmpty.push(i);
  }
  let k = -1;
  for (let j = 0; j < Math.min(3, nonEmpty.length); j++) {
    if (isTitleLike(paragraphs[nonEmpty[j]])) {
      k = j;
      break;
    }
  }
  if (k < 0) return { title: null, paragraphs: [], residue: [] };
  let first = k;
  if (k === 1 && isShortLine(paragraphs[nonEmpty[0]], 30)) first = 0;
  // A title continued on the next line ("……领导班子" / "2025年度民主生活会对照检查材料").
  let last = k;
  if (k + 1 < nonEmpty.length && isTitleLike(paragraphs[nonEmpty[k + 1]]) && isShortLine(paragraphs[nonEmpty[k + 1]], 40)) last = k + 1;
  const block = nonEmpty.slice(first, last + 1);
  const text = block.map((i) => paragraphs[i].text.trim()).join("");
  // Name/post and date lines under the title.
  for (let j = last + 1; j < Math.min(last + 3, nonEmpty.length); j++) {
    const p = paragraphs[nonEmpty[j]];
    if (isDateLine(p) || isNameLine(p)) block.push(nonEmpty[j]);
    else break;
  }
  const residue: TitleBlock["residue"] = outline ? [{ kind: "outline", paragraphs: outline.paragraphs }] : [];
  const dup = duplicateTitle(paragraphs, block, text);
  if (dup >= 0) residue.push({ kind: "duplicate-title", paragraphs: [dup] });
  return { title: { paragraph: nonEmpty[first], text }, paragraphs: block, residue };
}

/**
 * A title line repeated within the next few paragraphs after the block (a web page's heading and
 * the material's own title, perhaps with page metadata between them): its paragraph, or -1.
 */
function duplicateTitle(paragraphs: Paragraph[], block: number[], title: string): number {
  const lines = new Set([compact(title), ...block.map((i) => compact(paragraphs[i].text))]);
  let seen = 0;
  for (let i = Math.max(...block) + 1; i < paragraphs.length && seen < 4; i++) {
    const c = compact(paragraphs[i].text);
    if (!c) continue;
    seen++;
    if (c.length >= 6 && lines.has(c) && hasTitleWord(c)) return i;
  }
  return -1;
}
