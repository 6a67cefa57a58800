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
 *
 * Long documents (issue 14): the calls are synchronous, so a document of more than
 * SLICE_MIN_PARAGRAPHS is read in slices of about SLICE_BUDGET_MS (src/host/slice.ts) with a yield
 * to the event loop and a progress report between them: the same calls in the same order, plus
 * one Paragraphs.Count re-read at the end to notice a document changed between slices. The first
 * call, Content.Text, stays one call (and one task): it is what makes the read cheap.
 */
import type { Paragraph } from "../core/types";
import type { HostInfo, ReadDocumentOptions, ReadResult } from "../host/port";
import { Slicer, type SliceOptions } from "../host/slice";
import type { WpsDocument, WpsParagraphs, WpsStyleValue } from "./om";
import { WD_WITH_IN_TABLE } from "./om";
import { session, toUserError, UserError } from "./app";
import { hints, textsBlockSignature } from "./changes";

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

/** Where a read stands between two steps: paragraphs done so far of `total` (see readSteps). */
interface ReadState {
  total: number;
  done: number;
}

/**
 * The read as a generator: every object-model call happens inside it, in the same order as an
 * unsliced read, and it yields after each per-paragraph (or per-list-paragraph) step, so a driver
 * can pause between steps (readDocument) or run it straight through (readCore). `state.done` counts
 * paragraphs: the style pass alone in the single mode; in the two-pass mode the mean of the texts
 * pass and the style pass (both go over every paragraph). The list strings come last, at `total`.
 */
function* readSteps(doc: WpsDocument, state: ReadState, styleLimit?: (starts: number[]) => number): Generator<void, CoreRead & { paras: WpsParagraphs }, void> {
  const all = doc.Content.Text;
  const paras = doc.Paragraphs;
  const n = paras.Count;
  state.total = n;
  state.done = 0;
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
      state.done = Math.floor(i / 2);
      yield;
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
    state.done = mode === "single" ? i + 1 : Math.floor((n + i + 1) / 2);
    yield;
  }
  state.done = n;
  const lists = doc.ListParagraphs;
  const count = lists.Count;
  for (let k = 1; k <= count; k++) {
    const r = lists.Item(k).Range;
    const i = indexAt(starts, r.Start);
    if (i < 0 || i >= limit) continue;
    out[i].listString = r.ListFormat.ListString ?? "";
    yield;
  }
  const warnings: string[] = [];
  if (doc.Revisions.Count > 0) warnings.push(WARN_TRACKED_INCLUDED);
  return { paragraphs: out, starts, mode, warnings, paras };
}

/**
 * Reads texts (and positions) of every paragraph; styles, outline levels and list strings for the
 * paragraphs before `styleLimit(starts)` (all by default). In one go (edits and 定位 need the model
 * at once; readDocument reads in slices).
 */
export function readCore(doc: WpsDocument, styleLimit?: (starts: number[]) => number): CoreRead {
  const steps = readSteps(doc, { total: 0, done: 0 }, styleLimit);
  for (;;) {
    const r = steps.next();
    if (r.done) {
      const { paragraphs, starts, mode, warnings } = r.value;
      return { paragraphs, starts, mode, warnings };
    }
  }
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

/**
 * Documents up to this many paragraphs are read in one go, exactly as before slicing (and with the
 * same calls); longer ones are read in slices (SliceOptions: by time, SLICE_BUDGET_MS) and cost one
 * more call, Paragraphs.Count re-read at the end (see readDocument).
 */
export const SLICE_MIN_PARAGRAPHS = 2000;

export const WARN_CHANGED_DURING_READ = "读取期间文档被修改，请重新检查。";

export interface WpsReadOptions extends ReadDocumentOptions {
  /** Where a long read pauses (default: every SLICE_BUDGET_MS of work). */
  slice?: SliceOptions;
}

/**
 * One read of the main story in slices: the steps of readSteps, a pause whenever the slicer says
 * so. A document longer than SLICE_MIN_PARAGRAPHS may change between slices (the user keeps typing
 * in WPS while the pane waits): Paragraphs.Count is re-read at the end (1 call) and an error raised
 * after a pause is taken to mean the same. Texts come from one Content.Text read at the start, so
 * they are a consistent snapshot; what a change between slices can spoil is the per-paragraph part
 * (styles, outline levels, list strings read by index). The change signature is computed from
 * that snapshot (./changes.ts), so an edit made during the read also shows as 结果可能已过期 later.
 */
async function readSliced(doc: WpsDocument, options: WpsReadOptions): Promise<(CoreRead & { changed: boolean }) | null> {
  const state: ReadState = { total: 0, done: 0 };
  const steps = readSteps(doc, state);
  const slicer = new Slicer(options.slice);
  const report = options.onProgress;
  let r = steps.next();
  const long = state.total > SLICE_MIN_PARAGRAPHS;
  while (!r.done) {
    if (long && slicer.due()) {
      report?.(state.done, state.total);
      await slicer.pause();
    }
    try {
      r = steps.next();
    } catch (e) {
      // After a pause, a paragraph asked for by index may be gone: the document changed meanwhile.
      if (slicer.pauses > 0) return null;
      throw e;
    }
  }
  const { paragraphs, starts, mode, warnings, paras } = r.value;
  const changed = long && paras.Count !== state.total;
  report?.(state.total, state.total);
  return { paragraphs, starts, mode, warnings, changed };
}

/**
 * Reads every paragraph of the main story. Throws UserError (Chinese message) on failure.
 *
 * Calls: exactly readCore's for a document up to SLICE_MIN_PARAGRAPHS; one more (Paragraphs.Count)
 * for a longer one, which is read in slices with a yield to the event loop between them and
 * progress reported at each. When the document changed during a long read, it is read once more;
 * if it changed again, the second read is returned with WARN_CHANGED_DURING_READ.
 */
export async function readDocument(options: WpsReadOptions = {}): Promise<ReadResult> {
  try {
    const s = session();
    // An edit during a sliced read must still reach the watch that starts after it (src/host/changeWatch.ts HintLog).
    const mark = hints.mark();
    let read = await readSliced(s.doc, options);
    let changed = false;
    if (!read || read.changed) {
      read = await readSliced(s.doc, options);
      if (!read) throw new UserError(WARN_CHANGED_DURING_READ);
      changed = read.changed;
    }
    const { paragraphs, mode, warnings } = read;
    // The change watch's baseline, from the texts just read (no call); with tables the read's
    // texts are not what a Range of the block reads, and the watch reads its own (./changes.ts).
    const signature = mode === "single" ? await textsBlockSignature(paragraphs.map((p) => p.text), options.slice) : undefined;
    if (signature !== undefined) hints.note(signature, mark);
    return {
      model: { paragraphs },
      syncs: s.calls(),
      hostInfo: wpsHostInfo(),
      mode,
      trackedDeletions: "included",
      warnings: changed ? [...warnings, WARN_CHANGED_DURING_READ] : warnings,
      signature,
    };
  } catch (e) {
    throw toUserError(e, "读取文档", false);
  }
}
