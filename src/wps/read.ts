/**
 * Reading the main story of a WPS 文字 document into the core model with as few object-model
 * calls as possible (each one crosses a process boundary):
 *
 * 1. Texts: ONE `Content.Text` read gives every paragraph's text, split on "\r" (3 calls), checked
 *    against `Paragraphs.Count` (2 calls). Tables break this: a cell's mark reads "\r\x07" and each
 *    row adds an end-of-row mark, and positions in the text no longer match document positions.
 *    When the text holds "\x07" or the counts differ, texts are read per paragraph instead
 *    (`Item(i).Range` → Text, Start, Information(wdWithInTable): 5 calls a paragraph).
 * 2. Headings: per non-empty paragraph `Item(i).OutlineLevel` (2 calls; 10 = body text), plus
 *    `Style` (1 call; a localized name such as "标题 1", a Style object — then `NameLocal`, 1 more —
 *    or a WdBuiltinStyle number) for paragraphs short enough to be a heading or a title
 *    (≤ STYLE_MAX characters). A long paragraph styled as a heading still gets its level from
 *    OutlineLevel; only a custom style named "标题 N" without an outline level on a long paragraph
 *    would be missed.
 * 3. Automatic numbering: `ListParagraphs` (2 calls) and, per list paragraph, Range.Start and
 *    ListFormat.ListString (5 calls), mapped to paragraph indexes by position.
 * 4. Tracked changes: `Revisions.Count` (2 calls). Range.Text keeps deleted text; WPS has no
 *    equivalent of Word's getText(), so the result says "included" and warns when revisions exist.
 *
 * Calls for N paragraphs without tables, H of them short, L list paragraphs:
 * 8 + 2·(non-empty) + H + 5·L + 2 (e.g. 58-paragraph skeleton ≈ 8 + 2·58 + 58 + 2 ≈ 184).
 */
import type { Paragraph } from "../core/types";
import type { HostInfo, ReadResult } from "../host/port";
import type { WpsDocument, WpsStyleValue } from "./om";
import { WD_WITH_IN_TABLE } from "./om";
import { session, toUserError } from "./app";

export const STYLE_MAX = 80;
export const WARN_TRACKED_INCLUDED =
  "文档含有修订，WPS 无法把已删除的文字排除，检查结果可能包含已删除的文字。接受或拒绝修订后再检查更准确。";

/** 1..9 from a WdBuiltinStyle number (wdStyleHeading1 = -2 … -10), an outline level or a heading style name. */
export function headingLevelOf(style: WpsStyleValue, outlineLevel: number | null | undefined): number | null {
  if (typeof style === "number" && style <= -2 && style >= -10) return -1 - style;
  if (typeof outlineLevel === "number" && Number.isInteger(outlineLevel) && outlineLevel >= 1 && outlineLevel <= 9) return outlineLevel;
  const m = /^(?:标题|Heading)\s*([1-9])(?!\d)/i.exec(styleName(style).trim());
  return m ? Number(m[1]) : null;
}

const BUILTIN_NAMES: Record<number, string> = { [-1]: "正文", [-63]: "标题" };
for (let i = 1; i <= 9; i++) BUILTIN_NAMES[-1 - i] = `标题 ${i}`;

/** The style's name without extra calls (Style objects are resolved by the caller). */
function styleName(style: WpsStyleValue): string {
  if (typeof style === "string") return style;
  if (typeof style === "number") return BUILTIN_NAMES[style] ?? "";
  return "";
}

/** Text of a paragraph range without its mark ("\r", or "\r\x07" at the end of a table cell). */
/** The end-of-cell character that follows a cell's "\\r" in Range.Text. */
export const CELL_END = String.fromCharCode(7);

export function stripMark(text: string): string {
  const t = text.endsWith(CELL_END) ? text.slice(0, -1) : text;
  return t.endsWith("\r") ? t.slice(0, -1) : t;
}

export interface CoreRead {
  paragraphs: Paragraph[];
  /** Document position of each paragraph's first character. */
  starts: number[];
  mode: "single" | "two-pass";
  warnings: string[];
}

/**
 * Reads texts (and positions) of every paragraph; styles, outline levels and list strings for the
 * paragraphs before `styleLimit(starts)` (all by default).
 */
export function readCore(doc: WpsDocument, styleLimit?: (starts: number[]) => number): CoreRead {
  const all = doc.Content.Text;
  const paras = doc.Paragraphs;
  const n = paras.Count;
  let texts: string[] = [];
  let starts: number[] = [];
  let inTable: boolean[] = [];
  let mode: CoreRead["mode"] = "single";
  const pieces = all.split("\r");
  if (pieces[pieces.length - 1] === "") pieces.pop();
  if (!all.includes(CELL_END) && pieces.length === n) {
    texts = pieces;
    let pos = 0;
    for (const t of texts) {
      starts.push(pos);
      pos += t.length + 1;
    }
    inTable = texts.map(() => false);
  } else {
    mode = "two-pass";
    texts = [];
    starts = [];
    for (let i = 1; i <= n; i++) {
      const r = paras.Item(i).Range;
      texts.push(stripMark(r.Text));
      starts.push(r.Start);
      inTable.push(!!r.Information(WD_WITH_IN_TABLE));
    }
  }
  const limit = Math.min(n, styleLimit ? styleLimit(starts) : n);
  const out: Paragraph[] = texts.map((text, index) => ({ index, text, styleName: "", headingLevel: null, listString: "", inTable: inTable[index] }));
  for (let i = 0; i < limit; i++) {
    const text = texts[i];
    if (!text.trim()) continue;
    const p = paras.Item(i + 1);
    const outline = p.OutlineLevel;
    let style: WpsStyleValue = null;
    if (text.length <= STYLE_MAX) {
      style = p.Style;
      if (style !== null && typeof style === "object") style = style.NameLocal;
    }
    out[i].styleName = styleName(style);
    out[i].headingLevel = headingLevelOf(style, outline);
  }
  const lists = doc.ListParagraphs;
  const count = lists.Count;
  for (let k = 1; k <= count; k++) {
    const r = lists.Item(k).Range;
    const i = indexAt(starts, r.Start);
    if (i < 0 || i >= limit) continue;
    out[i].listString = r.ListFormat.ListString ?? "";
  }
  const warnings: string[] = [];
  if (doc.Revisions.Count > 0) warnings.push(WARN_TRACKED_INCLUDED);
  return { paragraphs: out, starts, mode, warnings };
}

/** Index of the paragraph starting at or containing `pos` (binary search over starts). */
export function indexAt(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

export function wpsHostInfo(): HostInfo {
  let platform: string | null = null;
  try {
    const p = (globalThis as { navigator?: { platform?: string } }).navigator?.platform ?? "";
    platform = /win/i.test(p) ? "Windows" : /linux/i.test(p) ? "Linux" : p || null;
  } catch {
    platform = null;
  }
  return { host: "WPS", platform, wordApi: null, wordApiDesktop: null };
}

/** Reads every paragraph of the main story. Throws UserError (Chinese message) on failure. */
export async function readDocument(): Promise<ReadResult> {
  try {
    const s = session();
    const { paragraphs, mode, warnings } = readCore(s.doc);
    return { model: { paragraphs }, syncs: s.calls(), hostInfo: wpsHostInfo(), mode, trackedDeletions: "included", warnings };
  } catch (e) {
    throw toUserError(e, "读取文档", false);
  }
}
