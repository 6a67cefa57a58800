/**
 * Text normalization for matching, and Chinese numerals.
 *
 * Two flavours:
 * - `foldWidth(s)` maps one character to one character (same length, offsets stay valid):
 *   full-width digits/letters → ASCII, （）→ (), ．→ ., ％→ %, every kind of space → " ".
 *   Chinese punctuation that has no ASCII twin in running text (，。、：；！？“”) is kept.
 * - `normalizeText(s)` = foldWidth + drop zero-width characters + collapse spaces + trim.
 * - `compact(s)` = normalizeText without any spaces ("存 在 的 问 题" → "存在的问题"): use it for keyword matching.
 */

const ZERO_WIDTH = /\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/g;
/** Spaces of all kinds, including Word's vertical tab (manual line break) and the ideographic space. */
const SPACE_CLASS = "[\\s\\u00a0\\u3000\\u000b\\u2000-\\u200a\\u202f\\u205f]";
const SPACES = new RegExp(`${SPACE_CLASS}+`, "g");
const ALL_SPACES = new RegExp(`${SPACE_CLASS}+`, "g");

function foldChar(c: number): number {
  // Full-width digits and Latin letters.
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return c - 0xfee0;
  switch (c) {
    case 0xff08: return 0x28; // （
    case 0xff09: return 0x29; // ）
    case 0xff0e: return 0x2e; // ．
    case 0xff05: return 0x25; // ％
    case 0x3000: // ideographic space
    case 0x00a0: // no-break space
    case 0x000b: // vertical tab (Word line break)
    case 0x0009: // tab
      return 0x20;
    default:
      return c;
  }
}

const FOLDABLE = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff08\uff09\uff0e\uff05\u3000\u00a0\v\t]/g;

/** One-to-one character folding (length preserved). */
export function foldWidth(s: string): string {
  return s.replace(FOLDABLE, (c) => String.fromCharCode(foldChar(c.charCodeAt(0))));
}

/** Fold widths, drop zero-width characters, collapse whitespace and trim. */
export function normalizeText(s: string): string {
  return foldWidth(s).replace(ZERO_WIDTH, "").replace(SPACES, " ").trim();
}

/** normalizeText without any whitespace: the form used for keyword matching. */
export function compact(s: string): string {
  return foldWidth(s).replace(ZERO_WIDTH, "").replace(ALL_SPACES, "");
}

/** True when the character code is whitespace or zero-width (what may precede a marker). */
export function isSpaceLike(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0b || c === 0x0c || c === 0x0d || c === 0xa0 || c === 0x3000 ||
    c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f || c === 0x205f
  );
}

// ---------------------------------------------------------------------------------------------
// Chinese numerals

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/**
 * Parse a Chinese numeral 一..九百九十九 (十一, 二十, 廿, 廿一, 一百零五) into a number.
 * Returns null when the string is not a well-formed numeral.
 */
export function parseChineseNumeral(s: string): number | null {
  if (!s || s.length > 8) return null;
  let total = 0;
  let rest = s;
  const hundred = rest.indexOf("百");
  if (hundred >= 0) {
    const h = rest.slice(0, hundred);
    const hv = h === "" ? 1 : h.length === 1 ? DIGITS[h] : undefined;
    if (hv === undefined || hv === 0) return null;
    total += hv * 100;
    rest = rest.slice(hundred + 1);
    if (rest.startsWith("零") || rest.startsWith("〇")) {
      rest = rest.slice(1);
      if (rest.length !== 1 || !(rest in DIGITS) || DIGITS[rest] === 0) return null;
      return total + DIGITS[rest];
    }
    if (rest === "") return total;
  }
  if (rest.startsWith("廿")) {
    total += 20;
    rest = rest.slice(1);
    if (rest === "") return total;
    if (rest.length === 1 && rest in DIGITS && DIGITS[rest] > 0) return total + DIGITS[rest];
    return null;
  }
  const ten = rest.indexOf("十");
  if (ten >= 0) {
    const t = rest.slice(0, ten);
    const tv = t === "" ? (hundred >= 0 ? null : 1) : t.length === 1 ? DIGITS[t] : undefined;
    if (tv === undefined || tv === null || tv === 0) return null;
    total += tv * 10;
    rest = rest.slice(ten + 1);
    if (rest === "") return total;
    if (rest.length === 1 && rest in DIGITS && DIGITS[rest] > 0) return total + DIGITS[rest];
    return null;
  }
  if (rest.length === 1 && rest in DIGITS) {
    const v = DIGITS[rest];
    if (v === 0 && total === 0) return null;
    return hundred >= 0 ? null : v; // "一百五" (colloquial 150) is not accepted
  }
  return null;
}

const CN_DIGIT_CHARS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五. Non-positive or non-integer input → String(n). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 1000) return String(n);
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let out = "";
  if (h > 0) out += CN_DIGIT_CHARS[h] + "百";
  if (t > 0) out += (t === 1 && h === 0 ? "" : CN_DIGIT_CHARS[t]) + "十";
  else if (h > 0 && u > 0) out += "零";
  if (u > 0) out += CN_DIGIT_CHARS[u];
  return out;
}
