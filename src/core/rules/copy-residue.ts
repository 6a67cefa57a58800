/**
 * copy-residue: traces of text pasted from material websites — URLs and "某某网，www.…" watermarks,
 * "来源：…", "本文来源于", 公众号/扫码/下载/付费/会员/阅读全文 prompts, paywall/editor tags (##…##). Fix: delete the span, or the
 * paragraph when nothing else is left.
 */
import data from "../../data/rules/copy-residue.json";
import type { Rule, RuleResult } from "../types";
import { isOnlyPunctuation, LiteralIndex, literalAlternation, quoteAround, sentenceBounds } from "./util/text";

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
const PRECHECK_WORDS = new LiteralIndex([...data.strong, ...data.weak, ...data.sourceLabels, ...data.metaLines], { prefilter: true });
const PRECHECK = { test: (text: string): boolean => /[A-Za-z#[{<*]/.test(text) || PRECHECK_WORDS.has(text) };
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
  if (!text || !PRECHECK.test(text)) return false;
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

export const rule: Rule = {
  id: "copy-residue",
  severity: "error",
  description: "从网站复制的残留内容：网址、水印、“来源：”、公众号/下载/会员等提示",
  check(ctx) {
    const out: RuleResult[] = [];
    for (const p of ctx.doc.paragraphs) {
      const text = p.text;
      if (!text || !PRECHECK.test(text)) continue;
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
