/** Small text helpers shared by the text rules. Pure functions, no regex backtracking traps. */

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Chinese numeral (一 … 九十九, with 十/百) to integer; NaN when not a numeral. */
export function cnToInt(s: string): number {
  if (!s) return NaN;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch in CN_DIGITS) current = CN_DIGITS[ch];
    else if (ch === "十") { total += (current || 1) * 10; current = 0; }
    else if (ch === "百") { total += (current || 1) * 100; current = 0; }
    else return NaN;
  }
  return total + current;
}

const CN_NUM = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** Integer 1..999 to a Chinese numeral as used in markers (十一, 二十, 一百零一). */
export function intToCn(n: number): string {
  if (!Number.isInteger(n) || n <= 0) return String(n);
  if (n < 10) return CN_NUM[n];
  if (n < 20) return "十" + (n % 10 ? CN_NUM[n % 10] : "");
  if (n < 100) return CN_NUM[Math.floor(n / 10)] + "十" + (n % 10 ? CN_NUM[n % 10] : "");
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (!rest) return CN_NUM[h] + "百";
  return CN_NUM[h] + "百" + (rest < 10 ? "零" + CN_NUM[rest] : rest < 20 ? "一" + intToCn(rest) : intToCn(rest));
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
export function intToCircled(n: number): string {
  return n >= 1 && n <= 20 ? CIRCLED[n - 1] : String(n);
}
export function circledToInt(ch: string): number {
  const i = CIRCLED.indexOf(ch);
  return i < 0 ? NaN : i + 1;
}

/** A short quote (≤ max characters) of `text` starting at `offset`, with an ellipsis when cut. */
export function quote(text: string, offset = 0, length = text.length, max = 40): string {
  const s = text.slice(offset, offset + length).trim();
  return s.length <= max ? s : s.slice(0, max - 1) + "…";
}

/** Quote centred on a span: a little context before, the span, and some context after (≤ max). */
export function quoteAround(text: string, offset: number, length: number, max = 40): string {
  const before = Math.min(8, offset);
  const start = offset - before;
  return quote(text, start, Math.max(length + before, Math.min(max, text.length - start)), max);
}

const SENTENCE_END = new Set(["。", "！", "？", "!", "?", "；", ";", "\n"]);
const CLAUSE_END = new Set([...SENTENCE_END, "，", ",", "：", ":"]);

function boundsWith(set: Set<string>, text: string, from: number, to: number): [number, number] {
  let s = from;
  while (s > 0 && !set.has(text[s - 1])) s--;
  let e = to;
  while (e < text.length && !set.has(text[e])) e++;
  return [s, e];
}

/** [start, end) of the sentence containing text[from..to). Ends at 。！？； (end excluded). */
export function sentenceBounds(text: string, from: number, to = from): [number, number] {
  return boundsWith(SENTENCE_END, text, from, to);
}

/** [start, end) of the clause containing text[from..to). Ends at 。！？；，：. */
export function clauseBounds(text: string, from: number, to = from): [number, number] {
  return boundsWith(CLAUSE_END, text, from, to);
}

/** Number of visible characters, whitespace excluded. */
export function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0x3000 && c !== 10 && c !== 13 && (c < 0xdc00 || c > 0xdfff)) n++;
  }
  return n;
}

/** visibleLength(text) >= n, counting only as far as n. */
export function visibleAtLeast(text: string, n: number): boolean {
  if (n <= 0) return true;
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0x3000 && c !== 10 && c !== 13 && (c < 0xdc00 || c > 0xdfff) && ++k >= n) return true;
  }
  return false;
}

/** True when the string holds nothing but whitespace and punctuation. */
export function isOnlyPunctuation(s: string): boolean {
  return /^[\s\u3000\p{P}\p{S}]*$/u.test(s);
}

/** Build a global regex that matches any of the literal strings (escaped), longest first. */
export function literalAlternation(words: readonly string[], flags = "g"): RegExp {
  const sorted = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  const esc = sorted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(esc.length ? esc.join("|") : "(?!)", flags);
}

/**
 * Literal multi-word search by first character: one Map lookup per character of the text, then
 * startsWith on the few words sharing it (longest first). Much faster than a regex alternation of
 * hundreds of words, which V8 tries word by word at every position.
 */
export class LiteralIndex {
  private readonly byFirst = new Map<number, string[]>();
  /** 1 where a word starts with that UTF-16 unit: most characters are rejected without a Map lookup. */
  private readonly first = new Uint8Array(65536);
  /**
   * With `prefilter`, a text is first tested with one regex alternation of the words (native code,
   * as fast on the first call as later) and only scanned when it holds one: worth it for a short
   * list whose words start with common characters (set phrases: 三…, 四…), not for a long list.
   */
  private readonly prefilter: RegExp | null;
  constructor(words: readonly string[], opts: { prefilter?: boolean } = {}) {
    if (words.some((w) => w.includes("\n"))) throw new Error("LiteralIndex: a word holds a line break");
    this.prefilter = opts.prefilter ? literalAlternation(words, "") : null;
    for (const w of [...new Set(words)].filter((x) => x.length > 0).sort((a, b) => b.length - a.length)) {
      const c = w.charCodeAt(0);
      this.first[c] = 1;
      const list = this.byFirst.get(c);
      if (list) list.push(w);
      else this.byFirst.set(c, [w]);
    }
  }
  /** True when the text holds any of the words. */
  has(text: string): boolean {
    if (this.prefilter) return this.prefilter.test(text);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.first[c] === 0) continue;
      for (const w of this.byFirst.get(c)!) if (text.startsWith(w, i)) return true;
    }
    return false;
  }
  /** Non-overlapping matches, left to right, longest at each position. */
  findAll(text: string): { index: number; word: string }[] {
    const out: { index: number; word: string }[] = [];
    if (this.prefilter && !this.prefilter.test(text)) return out;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.first[c] === 0) continue;
      const list = this.byFirst.get(c)!;
      for (const w of list) {
        if (text.startsWith(w, i)) {
          out.push({ index: i, word: w });
          i += w.length - 1;
          break;
        }
      }
    }
    return out;
  }
}

/** Blank out (full-width spaces, offsets kept) every listed phrase and the quotes right around it. */
export function blankPhrases(text: string, index: LiteralIndex): string {
  const hits = index.findAll(text);
  if (!hits.length) return text;
  const chars = text.split("");
  for (const h of hits) {
    let a = h.index;
    let z = h.index + h.word.length;
    if (a > 0 && chars[a - 1] === "“") a--;
    if (z < chars.length && chars[z] === "”") z++;
    for (let k = a; k < z; k++) chars[k] = "\u3000";
  }
  return chars.join("");
}
