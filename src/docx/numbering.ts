/** word/numbering.xml: list definitions, counters and list-number rendering ("一、", "（一）", "1."). */

import { CLOSE, EOF, int, OPEN, XmlScanner } from "./xml";
import { wordPrefix, type StyleTable } from "./styles";

export interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  /** 1-based level after which this level restarts; 0 = never; null = after any higher level. */
  restart: number | null;
  isLgl: boolean;
  pStyle: string | null;
}

export interface AbstractNum {
  id: string;
  levels: (Level | undefined)[];
  /** w:numStyleLink: the levels live in the abstractNum of this numbering style. */
  numStyleLink: string | null;
  styleLink: string | null;
}

export interface NumInstance {
  id: string;
  abstractId: string;
  /** Per level: start override and/or a full level override. */
  overrides: Map<number, { start: number | null; level: Level | null }>;
}

export interface NumberingTable {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, NumInstance>;
}

function emptyLevel(): Level {
  return { start: 1, numFmt: "decimal", lvlText: "", restart: null, isLgl: false, pStyle: null };
}

export function parseNumbering(xml: string | null): NumberingTable {
  const abstracts = new Map<string, AbstractNum>();
  const nums = new Map<string, NumInstance>();
  if (!xml) return { abstracts, nums };
  const sc = new XmlScanner(xml);
  let p = "w:";
  let first = true;
  let abs: AbstractNum | null = null;
  let num: NumInstance | null = null;
  let overrideIlvl = -1;
  let level: Level | null = null;
  let levelIlvl = -1;
  let levelDepth = -1;
  let absDepth = -1;
  let numDepth = -1;
  let overrideDepth = -1;
  for (let t = sc.next(); t !== EOF; t = sc.next()) {
    if (t === OPEN) {
      if (first) {
        first = false;
        p = wordPrefix(sc);
        continue;
      }
      const n = sc.name;
      if (level) {
        if (n === p + "start") level.start = int(sc.attr(p + "val")) ?? 1;
        else if (n === p + "numFmt") level.numFmt = sc.attr(p + "val") ?? "decimal";
        else if (n === p + "lvlText") level.lvlText = sc.attr(p + "val") ?? "";
        else if (n === p + "lvlRestart") level.restart = int(sc.attr(p + "val"));
        else if (n === p + "isLgl") level.isLgl = !/^(0|false|off)$/.test(sc.attr(p + "val") ?? "");
        else if (n === p + "pStyle") level.pStyle = sc.attr(p + "val");
        else if (n === p + "pPr" || n === p + "rPr") sc.skipElement();
      } else if (n === p + "abstractNum") {
        abs = { id: sc.attr(p + "abstractNumId") ?? "", levels: [], numStyleLink: null, styleLink: null };
        absDepth = sc.depth;
      } else if (n === p + "num" && !abs) {
        num = { id: sc.attr(p + "numId") ?? "", abstractId: "", overrides: new Map() };
        numDepth = sc.depth;
      } else if (n === p + "lvl" && (abs || overrideIlvl >= 0)) {
        level = emptyLevel();
        levelIlvl = int(sc.attr(p + "ilvl")) ?? (overrideIlvl >= 0 ? overrideIlvl : 0);
        levelDepth = sc.depth;
      } else if (abs) {
        if (n === p + "numStyleLink") abs.numStyleLink = sc.attr(p + "val");
        else if (n === p + "styleLink") abs.styleLink = sc.attr(p + "val");
      } else if (num) {
        if (n === p + "abstractNumId") num.abstractId = sc.attr(p + "val") ?? "";
        else if (n === p + "lvlOverride") {
          overrideIlvl = int(sc.attr(p + "ilvl")) ?? 0;
          overrideDepth = sc.depth;
          if (!num.overrides.has(overrideIlvl)) num.overrides.set(overrideIlvl, { start: null, level: null });
        } else if (n === p + "startOverride" && overrideIlvl >= 0) {
          num.overrides.get(overrideIlvl)!.start = int(sc.attr(p + "val"));
        }
      }
    } else if (t === CLOSE) {
      const d = sc.depth;
      if (level && d === levelDepth - 1) {
        if (levelIlvl >= 0 && levelIlvl <= 8) {
          if (abs) abs.levels[levelIlvl] = level;
          else if (num && overrideIlvl >= 0) num.overrides.get(overrideIlvl)!.level = level;
        }
        level = null;
      } else if (num && overrideIlvl >= 0 && d === overrideDepth - 1) {
        overrideIlvl = -1;
      } else if (abs && d === absDepth - 1) {
        if (!abstracts.has(abs.id)) abstracts.set(abs.id, abs);
        abs = null;
      } else if (num && d === numDepth - 1) {
        if (!nums.has(num.id)) nums.set(num.id, num);
        num = null;
      }
    }
  }
  return { abstracts, nums };
}

// ---------------------------------------------------------------------------------------------
// Number formats

const CN_DIGITS = "〇一二三四五六七八九";
const CN_LEGAL = "零壹贰叁肆伍陆柒捌玖";
const TW_LEGAL = "零壹貳參肆伍陸柒捌玖";

const CN_UNITS = ["", "十", "百", "千"];
const CN_UNITS_LEGAL = ["", "拾", "佰", "仟"];

/** Chinese counting numerals: 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五. */
export function chineseCounting(n: number, digits = CN_DIGITS, units = CN_UNITS, tenShort = true, zeroChar = "零"): string {
  if (n <= 0) return zeroChar;
  if (n >= 10000) {
    const high = Math.floor(n / 10000);
    const low = n % 10000;
    return (
      chineseCounting(high, digits, units, tenShort, zeroChar) +
      "万" +
      (low === 0 ? "" : (low < 1000 ? zeroChar : "") + chineseCounting(low, digits, units, false, zeroChar))
    );
  }
  const parts: string[] = [];
  const s = String(n);
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = s.charCodeAt(i) - 48;
    const unit = s.length - 1 - i;
    if (d === 0) {
      zero = true;
      continue;
    }
    if (zero) parts.push(zeroChar);
    zero = false;
    if (!(tenShort && d === 1 && unit === 1 && i === 0)) parts.push(digits[d]);
    parts.push(units[unit]);
  }
  return parts.join("");
}

const FULLWIDTH_DIGIT_OFFSET = 0xff10 - 0x30;

function fullWidth(n: number): string {
  return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + FULLWIDTH_DIGIT_OFFSET));
}

function enclosedCircle(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCharCode(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCharCode(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCharCode(0x32b1 + n - 36);
  return String(n);
}

function letters(n: number, upper: boolean): string {
  if (n <= 0) return "";
  const ch = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number, upper: boolean): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ];
  let out = "";
  for (const [v, r] of table) {
    while (n >= v) {
      out += r;
      n -= v;
    }
  }
  return upper ? out : out.toLowerCase();
}

const TIANGAN = "甲乙丙丁戊己庚辛壬癸";
const DIZHI = "子丑寅卯辰巳午未申酉戌亥";

/** Render counter value `n` in the OOXML number format `fmt`. */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case "decimal":
    case "decimalHalfWidth":
      return String(n);
    case "decimalZero":
      return n >= 0 && n < 10 ? "0" + n : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return fullWidth(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return enclosedCircle(n);
    case "decimalEnclosedFullstop":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : n + ".";
    case "decimalEnclosedParen":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : "(" + n + ")";
    case "chineseCounting":
    case "chineseCountingThousand":
    case "japaneseCounting":
    case "taiwaneseCounting":
    case "koreanCounting":
      return chineseCounting(n);
    case "ideographDigital":
    case "japaneseDigitalTenThousand":
    case "taiwaneseDigital":
      return String(n).replace(/[0-9]/g, (d) => CN_DIGITS[Number(d)]);
    case "chineseLegalSimplified":
      return chineseCounting(n, CN_LEGAL, CN_UNITS_LEGAL, false, CN_LEGAL[0]);
    case "ideographLegalTraditional":
    case "japaneseLegal":
      return chineseCounting(n, TW_LEGAL, CN_UNITS_LEGAL, false, TW_LEGAL[0]);
    case "ideographTraditional":
      return n >= 1 ? TIANGAN[(n - 1) % 10] : String(n);
    case "ideographZodiac":
      return n >= 1 ? DIZHI[(n - 1) % 12] : String(n);
    case "upperLetter":
      return letters(n, true);
    case "lowerLetter":
      return letters(n, false);
    case "upperRoman":
      return roman(n, true);
    case "lowerRoman":
      return roman(n, false);
    case "none":
      return "";
    default:
      return String(n);
  }
}

// ---------------------------------------------------------------------------------------------
// Counters

/** Bullet glyphs in symbol fonts live in the private use area; show them as "•". */
function bulletText(lvlText: string): string {
  if (lvlText === "") return "•";
  let out = "";
  for (const ch of lvlText) {
    const c = ch.codePointAt(0)!;
    out += c >= 0xe000 && c <= 0xf8ff ? "•" : ch;
  }
  return out;
}

interface ListState {
  counts: (number | undefined)[];
}

/**
 * Stateful list-number renderer for one document: call `next` for each numbered paragraph in
 * document order.
 */
export class ListCounter {
  private readonly states = new Map<string, ListState>();
  private readonly startedNums = new Set<string>();

  constructor(
    private readonly table: NumberingTable,
    private readonly styles: StyleTable | null,
  ) {}

  /** Resolve an abstractNum, following w:numStyleLink through a numbering style once. */
  private abstractFor(num: NumInstance): AbstractNum | undefined {
    const abs = this.table.abstracts.get(num.abstractId);
    if (abs?.numStyleLink && this.styles) {
      const st = this.styles.byId.get(abs.numStyleLink);
      const linkedNum = st?.numId ? this.table.nums.get(st.numId) : undefined;
      const linked = linkedNum ? this.table.abstracts.get(linkedNum.abstractId) : undefined;
      if (linked && linked !== abs) return linked;
    }
    return abs;
  }

  /** Level ilvl whose w:pStyle is `styleId`, used when numbering comes from a paragraph style. */
  levelForStyle(numId: string, styleId: string): number | null {
    const num = this.table.nums.get(numId);
    const abs = num && this.abstractFor(num);
    if (!abs) return null;
    for (let i = 0; i < abs.levels.length; i++) if (abs.levels[i]?.pStyle === styleId) return i;
    return null;
  }

  private level(num: NumInstance, abs: AbstractNum, ilvl: number): Level {
    const ov = num.overrides.get(ilvl);
    const base = ov?.level ?? abs.levels[ilvl] ?? emptyLevel();
    return ov?.start != null ? { ...base, start: ov.start } : base;
  }

  /** Advance the counters for a paragraph of list `numId` at level `ilvl`; return its list string. */
  next(numId: string, ilvl: number): string {
    const num = this.table.nums.get(numId);
    if (!num) return "";
    const abs = this.abstractFor(num);
    if (!abs) return "";
    if (ilvl < 0 || ilvl > 8) ilvl = 0;
    // Counters are shared by all w:num of one abstractNum; a w:num with overrides restarts them.
    const key = abs.id;
    let state = this.states.get(key);
    if (!state) {
      state = { counts: [] };
      this.states.set(key, state);
    }
    if (!this.startedNums.has(numId)) {
      // First paragraph of a w:num with level overrides: those levels start over.
      this.startedNums.add(numId);
      for (const lvl of num.overrides.keys()) state.counts[lvl] = undefined;
    }
    const lvl = this.level(num, abs, ilvl);
    const cur = state.counts[ilvl];
    state.counts[ilvl] = cur === undefined ? lvl.start : cur + 1;
    for (let k = ilvl + 1; k < 9; k++) {
      if (state.counts[k] === undefined) continue;
      const restart = this.level(num, abs, k).restart;
      if (restart === null ? true : restart !== 0 && ilvl < restart) state.counts[k] = undefined;
    }
    if (lvl.numFmt === "bullet") return bulletText(lvl.lvlText);
    return lvl.lvlText.replace(/%([1-9])/g, (_m, d: string) => {
      const k = Number(d) - 1;
      const kl = k === ilvl ? lvl : this.level(num, abs, k);
      const value = state.counts[k] ?? kl.start;
      const fmt = lvl.isLgl && k !== ilvl ? "decimal" : kl.numFmt;
      return formatNumber(value, fmt === "bullet" ? "decimal" : fmt);
    });
  }
}
