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

export function detectTitle(paragraphs: Paragraph[]): TitleBlock {
  const nonEmpty: number[] = [];
  for (let i = 0; i < paragraphs.length && nonEmpty.length < 6; i++) {
    if (paragraphs[i].text.trim() && !paragraphs[i].inTable) nonEmpty.push(i);
  }
  let k = -1;
  for (let j = 0; j < Math.min(3, nonEmpty.length); j++) {
    if (isTitleLike(paragraphs[nonEmpty[j]])) {
      k = j;
      break;
    }
  }
  if (k < 0) return { title: null, paragraphs: [] };
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
  return { title: { paragraph: nonEmpty[first], text }, paragraphs: block };
}
