/**
 * parseMarker: the numbering at the start of a paragraph (literal text) or in its automatic list string.
 *
 * Recognised (full- and half-width brackets, full-width digits, spaces/indentation before the marker):
 *   cn            一、 二. 三． 十一、 (also 一， 一： recorded as wrong punct)
 *   paren-cn      （一） (一) （一）、 ㈠
 *   arabic        1. 1． 1、 1, 1， 1) ⒈
 *   paren-arabic  （1） (1) ⑴
 *   circled       ① … ⑳
 *   runin         一是 二是 … (not "一是一，二是二", not "一是否")
 *   ordinal       第一， 第二、 其一， 首先， 其次， 再次，
 * Not markers: "1.5亿元", "2024年", "3个问题", "一、二季度", "一般", "十分".
 * Every scan is bounded by a few characters, so the cost per paragraph is constant.
 */
import type { Marker, MarkerKind } from "./types";
import { isSpaceLike, parseChineseNumeral } from "./normalize";

const CN_RUN = "〇零一二两三四五六七八九十廿百";
const CN_START = "一二三四五六七八九十廿";
const CN_AFTER_LIST = /^[一二三四五六七八九十]+[、，,季个项级年月次名批类]/;
const CN_PUNCT = "、，,.．：:";
const ARABIC_PUNCT = "、，,.．：:)）";
const TRAILING_PUNCT = "、，,.．：:";

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}
function digitValue(c: number): number {
  return c >= 0xff10 ? c - 0xff10 : c - 0x30;
}

interface Parsed {
  kind: MarkerKind;
  value: number;
  end: number;
  halfWidth: boolean;
  punct: string;
}

function readCn(s: string, i: number, max = 4): number {
  let j = i;
  while (j < s.length && j - i < max && CN_RUN.includes(s[j])) j++;
  return j;
}

function readDigits(s: string, i: number, max = 3): number {
  let j = i;
  while (j < s.length && j - i < max + 1 && isDigit(s.charCodeAt(j))) j++;
  return j;
}

function digitsValue(s: string, i: number, j: number): number {
  let v = 0;
  for (let k = i; k < j; k++) v = v * 10 + digitValue(s.charCodeAt(k));
  return v;
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && isSpaceLike(s.charCodeAt(i))) i++;
  return i;
}

/** Optional punctuation right after a marker; returns [punct, end]. */
function trailingPunct(s: string, i: number): [string, number] {
  if (i < s.length && TRAILING_PUNCT.includes(s[i])) {
    // "（一）1.5" is not "（一）" + "1." punctuation; a dot before a digit belongs to the text.
    if ((s[i] === "." || s[i] === "．") && i + 1 < s.length && isDigit(s.charCodeAt(i + 1))) return ["", i];
    return [s[i], i + 1];
  }
  return ["", i];
}

function parseAt(s: string, i: number, fromList: boolean): Parsed | null {
  if (i >= s.length) return null;
  const c = s.charCodeAt(i);
  const ch = s[i];

  // Enclosed forms: ①..⑳, ⑴..⒇, ⒈..⒛, ㈠..㈩
  if (c >= 0x2460 && c <= 0x2473) {
    const [punct, end] = trailingPunct(s, i + 1);
    return { kind: "circled", value: c - 0x2460 + 1, end, halfWidth: false, punct };
  }
  if (c >= 0x2474 && c <= 0x2487) {
    const [punct, end] = trailingPunct(s, i + 1);
    return { kind: "paren-arabic", value: c - 0x2474 + 1, end, halfWidth: false, punct };
  }
  if (c >= 0x2488 && c <= 0x249b) return { kind: "arabic", value: c - 0x2488 + 1, end: i + 1, halfWidth: false, punct: "." };
  if (c >= 0x3220 && c <= 0x3229) {
    const [punct, end] = trailingPunct(s, i + 1);
    return { kind: "paren-cn", value: c - 0x3220 + 1, end, halfWidth: false, punct };
  }

  // Bracketed: （一） (1)
  if (ch === "（" || ch === "(") {
    let j = skipSpaces(s, i + 1);
    let kind: MarkerKind;
    let value: number | null;
    const k = j;
    if (k < s.length && CN_START.includes(s[k])) {
      j = readCn(s, k);
      value = parseChineseNumeral(s.slice(k, j));
      kind = "paren-cn";
    } else if (k < s.length && isDigit(s.charCodeAt(k))) {
      j = readDigits(s, k);
      if (j - k > 3) return null;
      value = digitsValue(s, k, j);
      kind = "paren-arabic";
    } else return null;
    if (value === null || value <= 0 || value > 99) return null;
    j = skipSpaces(s, j);
    if (j >= s.length || (s[j] !== "）" && s[j] !== ")")) return null;
    const halfWidth = ch === "(" || s[j] === ")";
    const [punct, end] = trailingPunct(s, j + 1);
    return { kind, value, end, halfWidth, punct };
  }

  // 第一， / 其一，
  if ((ch === "第" || ch === "其") && i + 1 < s.length && CN_START.includes(s[i + 1])) {
    const j = readCn(s, i + 1, 3);
    const value = parseChineseNumeral(s.slice(i + 1, j));
    if (value === null || value <= 0 || value > 20) return null;
    if (j < s.length && "，,、：:".includes(s[j])) return { kind: "ordinal", value, end: j + 1, halfWidth: false, punct: s[j] };
    return null;
  }
  // 首先， 其次， 再次，
  if (i + 2 < s.length && "，,：:".includes(s[i + 2])) {
    const w = s.slice(i, i + 2);
    const value = w === "首先" ? 1 : w === "其次" ? 2 : w === "再次" ? 3 : 0;
    if (value) return { kind: "ordinal", value, end: i + 3, halfWidth: false, punct: s[i + 2] };
  }

  // Chinese numeral: 一、 / 一是
  if (CN_START.includes(ch)) {
    const j = readCn(s, i);
    const numeral = s.slice(i, j);
    const value = parseChineseNumeral(numeral);
    if (value === null || value <= 0 || value > 99) return null;
    if (j < s.length && s[j] === "是") {
      const after = s.slice(j + 1, j + 1 + numeral.length);
      if (after === numeral || s[j + 1] === "否" || j + 1 >= s.length) return null; // 一是一，二是二 / 是否
      if (value > 20) return null;
      return { kind: "runin", value, end: j + 1, halfWidth: false, punct: "" };
    }
    if (j < s.length && CN_PUNCT.includes(s[j])) {
      if ((s[j] === "、" || s[j] === "，" || s[j] === ",") && CN_AFTER_LIST.test(s.slice(j + 1, j + 6))) return null; // 一、二季度
      if ((s[j] === "." || s[j] === "．") && j + 1 < s.length && isDigit(s.charCodeAt(j + 1))) return null;
      return { kind: "cn", value, end: j + 1, halfWidth: false, punct: s[j] };
    }
    if (fromList && j >= s.length) return { kind: "cn", value, end: j, halfWidth: false, punct: "" };
    return null;
  }

  // Arabic: 1. 1、 1) — not 1.5 / 2024年 / 1,000
  if (isDigit(c)) {
    const j = readDigits(s, i);
    if (j - i > 3) return null;
    const value = digitsValue(s, i, j);
    if (value <= 0 || value > 99) return null;
    if (j < s.length && ARABIC_PUNCT.includes(s[j])) {
      const p = s[j];
      if (".．,，".includes(p) && j + 1 < s.length && isDigit(s.charCodeAt(j + 1))) {
        if (!fromList) return null; // 1.5亿元, 1,000
        let k = j; // list string "1.1" / "1.1.": multi-level decimal numbering, value = last component
        let last = value;
        while (k < s.length && (s[k] === "." || s[k] === "．") && k + 1 < s.length && isDigit(s.charCodeAt(k + 1))) {
          const e = readDigits(s, k + 1);
          last = digitsValue(s, k + 1, e);
          k = e;
        }
        const [punct, end] = trailingPunct(s, k);
        return { kind: "arabic", value: last, end, halfWidth: false, punct: punct || "." };
      }
      return { kind: "arabic", value, end: j + 1, halfWidth: p === ")", punct: p };
    }
    if (fromList && j >= s.length) return { kind: "arabic", value, end: j, halfWidth: false, punct: "" };
    return null;
  }
  return null;
}

/** 1 for each character a literal marker can start with (spaces included: they are skipped first). */
const MAY_START = (() => {
  const t = new Uint8Array(65536);
  const set = (from: number, to = from) => t.fill(1, from, to + 1);
  set(0x2460, 0x249b); // ① … ⒛
  set(0x3220, 0x3229); // ㈠ … ㈩
  set(0x30, 0x39); // 0-9
  set(0xff10, 0xff19); // ０-９
  for (const ch of `（(第其首再${CN_START}`) set(ch.charCodeAt(0));
  for (let c = 0; c < 65536; c++) if (isSpaceLike(c)) t[c] = 1;
  return t;
})();

/**
 * False when `text` cannot open with a literal marker (parseMarker(text) is then null): one table
 * lookup on its first character, for the many paragraphs that start with plain words.
 */
export function mayOpenMarker(text: string): boolean {
  return text.length > 0 && MAY_START[text.charCodeAt(0)] === 1;
}

/**
 * The numbering marker of a paragraph, or null. When `listString` (automatic numbering) parses,
 * the marker comes from it (source "list", offset/length 0); otherwise the literal text is parsed.
 * Never throws.
 */
export function parseMarker(text: string, listString?: string): Marker | null {
  if (listString) {
    const ls = listString.trim();
    if (ls) {
      const start = skipSpaces(ls, 0);
      const p = parseAt(ls, start, true);
      if (p) {
        return { kind: p.kind, value: p.value, raw: ls.slice(start, p.end), source: "list", offset: 0, length: 0, halfWidth: p.halfWidth, punct: p.punct };
      }
    }
  }
  if (!text) return null;
  const start = skipSpaces(text, 0);
  const p = parseAt(text, start, false);
  if (!p) return null;
  return {
    kind: p.kind,
    value: p.value,
    raw: text.slice(start, p.end),
    source: "text",
    offset: start,
    length: p.end - start,
    halfWidth: p.halfWidth,
    punct: p.punct,
  };
}
