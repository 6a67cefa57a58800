/**
 * wording: what a proofreader catches — wrong forms of common terms and idioms (from a data list,
 * with the context each needs), doubled characters (此此), straight or reversed quotes around
 * Chinese text, stray spaces between Chinese characters and half-width , : ; ( ) in Chinese
 * sentences. Every finding here carries a one-click fix: each replacement is unambiguous.
 *
 * Fixed political formulas stay with canonical-term.
 */
import data from "../../data/rules/wording.json";
import type { Fix, Rule, RuleResult } from "../types";
import { residueOnlyAt } from "./util/doc";
import { LiteralIndex, quoteAround } from "./util/text";
import { paragraphsWith, paragraphsWithWords, union } from "./util/scan";

interface Term { wrong: string; right: string; context?: string }

/** A matched string (the context, or the wrong form alone) → where the wrong form sits in it and its right form. */
const ENTRY = new Map<string, { at: number; wrong: string; right: string }>();
for (const t of data.terms as Term[]) {
  const ctx = t.context ?? t.wrong;
  if (!ENTRY.has(ctx)) ENTRY.set(ctx, { at: ctx.indexOf(t.wrong), wrong: t.wrong, right: t.right });
}
const TERMS = new LiteralIndex([...ENTRY.keys()]);

const DOUBLES = new Map<string, string[]>(data.doubles.map((d) => [d.char, d.except]));
const DOUBLE_RE = new RegExp(`([${[...DOUBLES.keys()].join("")}])\\1`, "g");

/**
 * What every check below needs to find anything besides the terms: a doubled character, a straight
 * or closing quote, a space, a half-width , ; : or an opening (.
 */
const TRIGGER = new RegExp(`([${[...DOUBLES.keys()].join("")}])\\1|["”,;:(]|[ \u3000\u00a0]`);

const HAN = /[\u3400-\u9fff]/;
const isHan = (ch: string | undefined): boolean => !!ch && HAN.test(ch);

/** One edit inside a paragraph. */
interface Edit { offset: number; length: number; replacement: string }

/** A single replace fix covering several edits of one paragraph: from the first edit to the last. */
function spanFix(text: string, paragraph: number, edits: Edit[], label: string): Fix {
  const start = edits[0].offset;
  const last = edits[edits.length - 1];
  const end = last.offset + last.length;
  let replacement = "";
  let pos = start;
  for (const e of edits) {
    replacement += text.slice(pos, e.offset) + e.replacement;
    pos = e.offset + e.length;
  }
  replacement += text.slice(pos, end);
  return { type: "replace", label, paragraph, offset: start, length: end - start, expected: text.slice(start, end), replacement };
}

function excused(text: string, i: number, excepts: readonly string[]): boolean {
  const pair = text.slice(i, i + 2);
  for (const e of excepts) {
    for (let k = 0; k + 1 < e.length; k++) {
      if (e.slice(k, k + 2) === pair && i - k >= 0 && text.startsWith(e, i - k)) return true;
    }
  }
  return false;
}

function termFindings(text: string, p: number, out: RuleResult[]): void {
  for (const m of TERMS.findAll(text)) {
    const e = ENTRY.get(m.word)!;
    const offset = m.index + e.at;
    out.push({
      severity: "error",
      message: `“${e.wrong}”应为“${e.right}”`,
      paragraph: p,
      quote: quoteAround(text, offset, e.wrong.length),
      data: { kind: "term", wrong: e.wrong, right: e.right, offset },
      fix: { type: "replace", label: `改为“${e.right}”`, paragraph: p, offset, length: e.wrong.length, expected: e.wrong, replacement: e.right },
    });
  }
}

function doubleFindings(text: string, p: number, out: RuleResult[]): void {
  DOUBLE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DOUBLE_RE.exec(text))) {
    const ch = m[1];
    if (excused(text, m.index, DOUBLES.get(ch) ?? [])) { DOUBLE_RE.lastIndex = m.index + 1; continue; }
    out.push({
      severity: "error",
      message: `“${ch}”字重复：“${ch}${ch}”应为“${ch}”`,
      paragraph: p,
      quote: quoteAround(text, m.index, 2),
      data: { kind: "double", char: ch, offset: m.index },
      fix: { type: "replace", label: `删去重复的“${ch}”`, paragraph: p, offset: m.index, length: 2, expected: ch + ch, replacement: ch },
    });
  }
}

/** Straight "…" pairs and reversed ”…“ pairs around Chinese text. */
function quoteFindings(text: string, p: number, out: RuleResult[]): void {
  const edits: Edit[] = [];
  // Straight double quotes, paired left to right.
  for (let i = text.indexOf('"'); i >= 0; ) {
    const j = text.indexOf('"', i + 1);
    if (j < 0) break;
    const inner = text.slice(i + 1, j);
    if (j - i <= 61 && HAN.test(inner) && !/[\n"“”]/.test(inner)) edits.push({ offset: i, length: j - i + 1, replacement: `“${inner}”` });
    i = text.indexOf('"', j + 1);
  }
  // Curly quotes: a ” while no quote is open starts a reversed pair, closed by the next “.
  // (Only a ” can start one: without any, the walk finds nothing.)
  let open = false;
  for (let i = text.indexOf("”") < 0 ? text.length : 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "“") open = true;
    else if (ch === "”") {
      if (open) { open = false; continue; }
      const j = text.indexOf("“", i + 1);
      const k = text.indexOf("”", i + 1);
      if (j < 0 || (k >= 0 && k < j) || j - i > 61) continue;
      const inner = text.slice(i + 1, j);
      if (!HAN.test(inner)) continue;
      edits.push({ offset: i, length: j - i + 1, replacement: `“${inner}”` });
      i = j;
    }
  }
  for (const e of edits.sort((a, b) => a.offset - b.offset)) {
    const was = text.slice(e.offset, e.offset + e.length);
    out.push({
      severity: "warning",
      message: `引号用法不规范：${was}应为${e.replacement}`,
      paragraph: p,
      quote: quoteAround(text, e.offset, e.length),
      data: { kind: "quote", offset: e.offset },
      fix: { type: "replace", label: `改为${e.replacement}`, paragraph: p, offset: e.offset, length: e.length, expected: was, replacement: e.replacement },
    });
  }
}

const SPACE_RE = /[ \u3000\u00a0]+/g;

/** Spaces between two Chinese characters, in running prose (not name/title lines). */
function spaceFindings(text: string, p: number, out: RuleResult[]): void {
  if (text.length < 20 || !/[。，；]/.test(text)) return;
  const edits: Edit[] = [];
  SPACE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPACE_RE.exec(text))) {
    if (m.index === 0) continue;
    if (isHan(text[m.index - 1]) && isHan(text[m.index + m[0].length])) edits.push({ offset: m.index, length: m[0].length, replacement: "" });
  }
  if (!edits.length) return;
  out.push({
    severity: "warning",
    message: edits.length > 1 ? `汉字之间有 ${edits.length} 处多余的空格` : "汉字之间有多余的空格",
    paragraph: p,
    quote: quoteAround(text, edits[0].offset, edits[0].length),
    data: { kind: "space", offsets: edits.map((e) => e.offset) },
    fix: spanFix(text, p, edits, "删除多余的空格"),
  });
}

const FULL: Record<string, string> = { ",": "，", ";": "；", ":": "：", "(": "（", ")": "）" };
const HALF_RE = /[,;:]/g;
const PAREN_RE = /\(([^()\n]{1,40})\)/g;

/** Half-width , ; : ( ) inside Chinese sentences. */
function halfWidthFindings(text: string, p: number, out: RuleResult[]): void {
  const edits: Edit[] = [];
  HALF_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HALF_RE.exec(text))) {
    let a = m.index - 1;
    while (a >= 0 && text[a] === " ") a--;
    let b = m.index + 1;
    while (b < text.length && text[b] === " ") b++;
    const atEnd = b >= text.length && m[0] !== ",";
    if (!isHan(text[a]) || !(isHan(text[b]) || text[b] === "“" || atEnd)) continue;
    // the spaces around the mark go with it
    edits.push({ offset: a + 1, length: b - a - 1, replacement: FULL[m[0]] });
  }
  PAREN_RE.lastIndex = 0;
  while ((m = PAREN_RE.exec(text))) {
    const inner = m[1];
    if (!HAN.test(inner)) continue;
    // "(一)" / "(1)" at the start of a paragraph is a marker: numbering reports it.
    if (/^[\s\u3000]*$/.test(text.slice(0, m.index)) && /^[一二三四五六七八九十\d]+$/.test(inner)) continue;
    edits.push({ offset: m.index, length: 1, replacement: "（" }, { offset: m.index + m[0].length - 1, length: 1, replacement: "）" });
  }
  if (!edits.length) return;
  edits.sort((x, y) => x.offset - y.offset);
  const marks = [...new Set(edits.map((e) => text.slice(e.offset, e.offset + e.length).trim()))];
  out.push({
    severity: "warning",
    message: `中文句子中使用了半角标点${marks.map((s) => `“${s}”`).join("")}，应使用全角${marks.map((s) => `“${FULL[s]}”`).join("")}`,
    paragraph: p,
    quote: quoteAround(text, edits[0].offset, edits[0].length),
    data: { kind: "half-width", marks, offsets: edits.map((e) => e.offset) },
    fix: spanFix(text, p, edits, "改为全角标点"),
  });
}

export function checkWording(text: string, paragraph: number): RuleResult[] {
  const out: RuleResult[] = [];
  termFindings(text, paragraph, out);
  doubleFindings(text, paragraph, out);
  quoteFindings(text, paragraph, out);
  spaceFindings(text, paragraph, out);
  halfWidthFindings(text, paragraph, out);
  return out;
}

export const rule: Rule = {
  id: "wording",
  severity: "warning",
  description: "用词与标点：常用词语错写（如“雪中送碳”）、重复字（如“此此”）、引号方向、汉字间多余空格、中文句中半角标点",
  check(ctx) {
    const out: RuleResult[] = [];
    const ps = ctx.doc.paragraphs;
    for (const i of union(paragraphsWith(ctx, TRIGGER), paragraphsWithWords(ctx, TERMS))) {
      const text = ps[i].text;
      if (!text) continue;
      const found = checkWording(text, ps[i].index);
      // A residue-only paragraph is reported (and deleted) by copy-residue.
      if (found.length && !residueOnlyAt(ctx, i)) for (const f of found) out.push(f);
    }
    return out;
  },
};
