/**
 * copy-residue: traces of text pasted from material websites — URLs and "某某网，www.…" watermarks,
 * "来源：…", "本文来源于", 公众号/扫码/下载/付费/会员/阅读全文 prompts, paywall/editor tags (##…##). Fix: delete the span, or the
 * paragraph when nothing else is left.
 */
import data from "../../data/rules/copy-residue.json";
import type { Paragraph, Rule, RuleContext, RuleResult } from "../types";
import { compact } from "../normalize";
import { parseMarker } from "../marker";
import { isOnlyPunctuation, literalAlternation, quote, quoteAround, sentenceBounds } from "./util/text";
import { bodyOffset, itemsByParagraph } from "./util/doc";
import { paragraphsWith } from "./util/scan";

// Explicit URLs; bare domains are found from their top-level domain and scanned backwards (linear).
const URL_RE = /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~/?#=&%+:]+/gi;
const TLD_RE = /\.(?:com|cn|net|org|cc|top|vip|info|site|xyz)(?![A-Za-z0-9])/gi;
const HOST_CH = /[A-Za-z0-9.-]/;
const PATH_CH = /[A-Za-z0-9\-._~/?#=&%+]/;
// Site markup left in the text: paywall / editor tags such as "##paidend##", "[[more]]", "{{ad}}", "<!--more-->".
const TAG_RE = /(?:#{2,}|\[\[|\{\{|<!--)\s*[A-Za-z][A-Za-z0-9_\- ]{0,30}?\s*(?:#{2,}|\]\]|\}\}|-->)/g;
const STRONG_RE = literalAlternation(data.strong, "gi");
const WEAK_RE = literalAlternation(data.weak, "gi");
const SOURCE_RE = literalAlternation(data.sourceLabels, "g");
const META_RE = new RegExp(`^[\\s\u3000]*(?:${literalAlternation(data.metaLines, "").source})`);
// Markdown emphasis markers left by a copy from a web editor or a chat tool: **…** / __…__.
// Only exactly two stars, opening a paragraph or a sentence: "***党委" and "关于**工作" are placeholders.
const MD_RE = /(?<=^[\s\u3000]*|[。；：！？])\*\*(?!\*)(?=\S)[^*\n]{2,80}?(?<!\*)\*\*(?!\*)/g;
/**
 * Cheap pre-check: only a paragraph with one of the residue words, a Latin letter or markup can hold
 * residue. (A class of single common characters matched nearly every paragraph.)
 */
export const RESIDUE_TRIGGER = new RegExp(`[A-Za-z#[{<*]|${literalAlternation([...data.strong, ...data.weak, ...data.sourceLabels, ...data.metaLines], "").source}`);
const SUFFIXES = [...data.siteSuffixes].sort((a, b) => b.length - a.length);
const OPEN_Q = new Set(["“", "\"", "‘", "'", "「", "【", "（", "("]);
const CLOSE_Q = new Set(["”", "\"", "’", "'", "」", "】", "）", ")"]);
const SEP = new Set(["，", ",", "：", ":", " ", "\u3000", "—", "-", "|", "｜", "/"]);
const CJK = /[\u4e00-\u9fa5A-Za-z0-9]/;

interface Span { start: number; end: number; kind: string; }

/** Grow a URL span to a surrounding watermark: “某某网，www.xxx.com” including the quotes. */
function growWatermark(text: string, s: number, e: number): [number, number] {
  let a = s;
  while (a > 0 && SEP.has(text[a - 1])) a--;
  // A site name right before: ≤ 12 CJK/alnum chars ending in a site suffix.
  let nameStart = a;
  for (const suf of SUFFIXES) {
    if (text.slice(a - suf.length, a) === suf) {
      let b = a - suf.length;
      let n = 0;
      while (b > 0 && n < 12 && CJK.test(text[b - 1])) { b--; n++; }
      nameStart = b;
      break;
    }
  }
  if (nameStart === a) a = s; // no site name: keep separators
  else a = nameStart;
  let z = e;
  if (a > 0 && OPEN_Q.has(text[a - 1]) && z < text.length && CLOSE_Q.has(text[z])) { a--; z++; }
  return [a, z];
}

function findSpans(text: string): Span[] {
  const spans: Span[] = [];
  let m: RegExpExecArray | null;
  if (text.length <= data.metaMaxLength && META_RE.test(text)) return [{ start: 0, end: text.length, kind: "meta" }];
  URL_RE.lastIndex = 0;
  while ((m = URL_RE.exec(text))) {
    const url = m[0].replace(/[.:/?#&=]+$/, "");
    if (!/[A-Za-z]/.test(url) || url.length < 5) continue;
    const [a, z] = growWatermark(text, m.index, m.index + url.length);
    spans.push({ start: a, end: z, kind: "url" });
  }
  TLD_RE.lastIndex = 0;
  while ((m = TLD_RE.exec(text))) {
    const dot = m.index;
    if (spans.some((sp) => sp.start <= dot && dot < sp.end)) continue;
    let s = dot;
    while (s > 0 && dot - s < 253 && HOST_CH.test(text[s - 1])) s--;
    while (s < dot && !/[A-Za-z0-9]/.test(text[s])) s++;
    if (s === dot || !/[A-Za-z]/.test(text.slice(s, dot))) continue;
    let e = dot + m[0].length;
    if (text[e] === "/") while (e < text.length && e - dot < 500 && PATH_CH.test(text[e])) e++;
    const [a, z] = growWatermark(text, s, e);
    spans.push({ start: a, end: z, kind: "url" });
  }
  SOURCE_RE.lastIndex = 0;
  while ((m = SOURCE_RE.exec(text))) {
    // Only a label starting a sentence or the paragraph ("来源：某某网"), never "经费来源：".
    if (m.index > 0 && CJK.test(text[m.index - 1])) continue;
    const [, e] = sentenceBounds(text, m.index);
    spans.push({ start: m.index, end: Math.min(text.length, e + 1), kind: "source" });
  }
  TAG_RE.lastIndex = 0;
  while ((m = TAG_RE.exec(text))) spans.push({ start: m.index, end: m.index + m[0].length, kind: "tag" });
  STRONG_RE.lastIndex = 0;
  while ((m = STRONG_RE.exec(text))) {
    const [s, e] = sentenceBounds(text, m.index, m.index + m[0].length);
    // The whole short sentence is residue ("更多范文请关注公众号。"); a long one loses only the phrase.
    const whole = e - s <= 30;
    spans.push(whole ? { start: s, end: Math.min(text.length, e + 1), kind: "phrase" } : { start: m.index, end: m.index + m[0].length, kind: "phrase" });
  }
  const short = text.trim().length <= data.weakMaxLength;
  if (short || spans.length) {
    WEAK_RE.lastIndex = 0;
    while ((m = WEAK_RE.exec(text))) {
      const [s, e] = sentenceBounds(text, m.index, m.index + m[0].length);
      if (short || spans.some((sp) => sp.start <= e && sp.end >= s)) spans.push({ start: s, end: Math.min(text.length, e + 1), kind: "phrase" });
    }
  }
  spans.sort((x, y) => x.start - y.start || y.end - x.end);
  const merged: Span[] = [];
  for (const sp of spans) {
    const last = merged[merged.length - 1];
    if (last && sp.start <= last.end) last.end = Math.max(last.end, sp.end);
    else merged.push({ ...sp });
  }
  return merged;
}

/** Offsets of the "**" markers of Markdown emphasis in a text (reported by copy-residue, not as placeholders). */
export function markdownMarkerOffsets(text: string): Set<number> {
  const out = new Set<number>();
  if (!text.includes("**")) return out;
  MD_RE.lastIndex = 0;
  for (const m of text.matchAll(MD_RE)) out.add(m.index).add(m.index + m[0].length - 2);
  return out;
}

/** Markdown **…** markers: one finding per paragraph, its fix removes the markers and keeps the words. */
function markdownFinding(text: string, paragraph: number, out: RuleResult[]): void {
  MD_RE.lastIndex = 0;
  const ms = [...text.matchAll(MD_RE)];
  if (!ms.length) return;
  const start = ms[0].index;
  const last = ms[ms.length - 1];
  const end = last.index + last[0].length;
  const expected = text.slice(start, end);
  out.push({
    message: "含有网页或编辑器留下的 Markdown 标记“**”，应删除",
    paragraph,
    quote: quoteAround(text, start, Math.min(expected.length, 20)),
    data: { residue: ["**"], kind: "markdown", whole: false },
    fix: { type: "replace", label: "删除“**”标记", paragraph, offset: start, length: end - start, expected, replacement: expected.replace(/\*\*/g, "") },
  });
}

/** True when a paragraph is nothing but website residue (the rule offers to delete it whole). */
export function isResidueOnly(text: string): boolean {
  if (!text || !RESIDUE_TRIGGER.test(text)) return false;
  const spans = findSpans(text);
  if (!spans.length) return false;
  let rest = "";
  let pos = 0;
  for (const sp of spans) {
    rest += text.slice(pos, sp.start);
    pos = sp.end;
  }
  return isOnlyPunctuation(rest + text.slice(pos));
}

/** Debris around the title (analysis.residue): a contents list pasted before it, a repeated title. */
function titleResidue(ctx: RuleContext, out: RuleResult[]): void {
  const ps = ctx.doc.paragraphs;
  for (const r of ctx.analysis.residue ?? []) {
    const first = r.paragraphs[0];
    const last = r.paragraphs[r.paragraphs.length - 1];
    const expected = ps.slice(first, last + 1).map((p) => p.text);
    if (r.kind === "duplicate-title") {
      out.push({
        message: "标题重复出现（网页标题和正文标题一并复制），应删除重复的一行",
        paragraph: first,
        quote: quote(ps[first].text),
        data: { kind: "duplicate-title", whole: true },
        fix: { type: "delete-paragraph", label: "删除重复的标题", paragraph: first, expected: ps[first].text },
      });
      continue;
    }
    // Only a run of consecutive paragraphs gets a delete fix (blank lines inside are deleted too).
    out.push({
      message: `标题前有从网页复制的目录（${r.paragraphs.length} 行），不是材料内容，应删除`,
      paragraph: first,
      paragraphEnd: last,
      quote: quote(ps[first].text),
      data: { kind: "outline", whole: true, paragraphs: r.paragraphs.length },
      fix: { type: "delete-paragraphs", label: `删除标题前的目录（${last - first + 1} 段）`, paragraph: first, count: last - first + 1, expected },
    });
  }
}

// ---- hard line breaks from a PDF copy --------------------------------------------------------

/** A line that stops mid-sentence: its last character is a letter, digit, Chinese character, ， 、. */
const BREAK_END = /[\u4e00-\u9fa5A-Za-z0-9，、,]/;
const ANY_PUNCT = /[，,；;。！!？?：:、]/;
const LEADER_RE = /[.．·…]{3,}|…{2,}/;
const DATE_START = /^[（(]?\d{4}年\d{1,2}月/;
/** Shorter lines are headings, signatures, verse or contents entries rather than a PDF's full lines. */
const MIN_LINE = 20;

const TRAILING_SPACE = /[\s\u3000\u00a0]/;

function trimmedEnd(text: string): number {
  let e = text.length;
  while (e > 0 && TRAILING_SPACE.test(text[e - 1])) e--;
  return e;
}

/** Sentence ends: a paragraph whose last character is one of these cannot break mid-sentence. */
const FULL_STOP = new Set([..."。！？；：…”）!?;:)"].map((c) => c.charCodeAt(0)));

/** Plain body text in a section: not a heading, list item, table cell, title or outline line. */
function isBodyLine(ctx: RuleContext, p: Paragraph): boolean {
  return !p.inTable && p.headingLevel === null && !p.listString && (ctx.analysis.sectionOf[p.index] ?? -1) >= 0;
}

/**
 * Runs of paragraphs split by hard line breaks (a PDF copy): a paragraph of at least MIN_LINE
 * characters that ends mid-sentence (no 。！？；：… at its end) and is no heading, followed by one
 * that starts no new item (no 一是 / （一） / 1. / 第一), is no heading, signature or date line. One
 * finding per run; its fix joins the run into one paragraph.
 */
function lineBreaks(ctx: RuleContext, out: RuleResult[]): void {
  const ps = ctx.doc.paragraphs;
  const items = itemsByParagraph(ctx);
  const breaksAfter = (p: Paragraph): boolean => {
    const t = p.text;
    if (!t || FULL_STOP.has(t.charCodeAt(t.length - 1))) return false; // the common case, decided at once
    const e = trimmedEnd(t);
    if (e < MIN_LINE || !BREAK_END.test(t[e - 1]) || !isBodyLine(ctx, p)) return false;
    const c = compact(t);
    if (c.length < MIN_LINE || LEADER_RE.test(c)) return false;
    if (c.length <= 30 && !ANY_PUNCT.test(c.slice(0, -1))) return false; // a heading-like line
    const it = items.get(p.index);
    if (it && bodyOffset(t, it) >= t.length) return false; // a numbered heading
    // A long numbered sub-heading without a sentence in it ("（一）坚持……，深入推进……工作").
    if (it && it.marker?.kind !== "runin" && !/[。！？!?；;]/.test(t)) return false;
    return !isResidueOnly(t); // a page metadata line is deleted, not joined
  };
  const continues = (p: Paragraph | undefined): p is Paragraph => {
    if (!p || !isBodyLine(ctx, p) || items.has(p.index)) return false;
    const c = compact(p.text);
    if (!c || parseMarker(p.text, p.listString)) return false;
    if (c.length <= 30 && !ANY_PUNCT.test(c)) return false; // heading, signature, name line
    if (DATE_START.test(c) && c.length <= 20) return false;
    return !isResidueOnly(p.text);
  };
  for (let i = 0; i < ps.length; i++) {
    if (!breaksAfter(ps[i]) || !continues(ps[i + 1])) continue;
    let j = i + 1;
    while (j + 1 < ps.length && breaksAfter(ps[j]) && continues(ps[j + 1])) j++;
    const run = ps.slice(i, j + 1);
    const count = run.length;
    // No fix when a line keeps trailing spaces: the join would leave them between two characters.
    const clean = run.slice(0, -1).every((p) => trimmedEnd(p.text) === p.text.length);
    const e = trimmedEnd(ps[i].text);
    out.push({
      severity: "warning",
      message:
        count === 2
          ? "这一段在句子中间断开，与下一段本是同一段（从 PDF 等复制时留下的换行），应合并为一段"
          : `这 ${count} 段在句子中间断开，本是同一段（从 PDF 等复制时留下的换行），应合并为一段`,
      paragraph: i,
      paragraphEnd: j,
      quote: quote(ps[i].text, Math.max(0, e - 20), Math.min(20, e)),
      data: { kind: "line-break", paragraphs: count },
      ...(clean ? { fix: { type: "join-paragraphs" as const, label: count === 2 ? "合并为一段" : `合并这 ${count} 段`, paragraph: i, count, expected: run.map((p) => p.text) } } : {}),
    });
    i = j;
  }
}

export const rule: Rule = {
  id: "copy-residue",
  severity: "error",
  description: "从网站复制的残留内容：网址、水印、“来源：”、公众号/下载/会员等提示",
  check(ctx) {
    const out: RuleResult[] = [];
    titleResidue(ctx, out);
    lineBreaks(ctx, out);
    const ps = ctx.doc.paragraphs;
    for (const i of paragraphsWith(ctx, RESIDUE_TRIGGER)) {
      const p = ps[i];
      const text = p.text;
      markdownFinding(text, p.index, out);
      const spans = findSpans(text);
      if (!spans.length) continue;
      let rest = "";
      let pos = 0;
      for (const sp of spans) { rest += text.slice(pos, sp.start); pos = sp.end; }
      rest += text.slice(pos);
      if (isOnlyPunctuation(rest)) {
        out.push({
          message: "本段是从网站复制的残留内容，应删除",
          paragraph: p.index,
          quote: quoteAround(text, spans[0].start, spans[0].end - spans[0].start),
          data: { residue: spans.map((s) => text.slice(s.start, s.end)), whole: true },
          fix: { type: "delete-paragraph", label: "删除本段", paragraph: p.index, expected: text },
        });
        continue;
      }
      for (const sp of spans) {
        const s = text.slice(sp.start, sp.end);
        const shown = s.replace(/^[“"‘'「【（(]+|[”"’'」】）)]+$/g, "");
        out.push({
          message: `含有从网站复制的残留内容“${shown.length > 24 ? shown.slice(0, 23) + "…" : shown}”，应删除`,
          paragraph: p.index,
          quote: quoteAround(text, sp.start, sp.end - sp.start),
          data: { residue: [s], kind: sp.kind, whole: false },
          fix: { type: "replace", label: "删除残留内容", paragraph: p.index, offset: sp.start, length: sp.end - sp.start, expected: s, replacement: "" },
        });
      }
    }
    return out;
  },
};
