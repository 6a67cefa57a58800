/**
 * Writing to a WPS 文字 document: skeletons, phrases, quick fixes and 撤销插入.
 *
 * - Never deletes or reorders the user's text: blocks go after the paragraph holding the cursor
 *   (after the table when the cursor is in one), and every paragraph written to is re-read and
 *   its text verified first (positions drift after tables, so writes are addressed by paragraph
 *   index and text, and positions are only used inside a verified paragraph or a block we wrote).
 * - A skeleton is ONE `InsertAfter("\r" + texts joined by "\r")` at the end of the anchor's text
 *   (or `InsertBefore(texts + "\r")` at the start of the paragraph after a table; or, when the
 *   anchor is an empty paragraph outside a table, `InsertAfter(texts joined by "\r")` into it, so
 *   the skeleton does not start below an empty paragraph — as in Word), then one
 *   `Range.Style = wdStyle…` per run of equal styles (标题 1–3 = wdStyleHeading1..3 = -2..-4,
 *   body = wdStyleNormal = -1, title = wdStyleTitle = -63), `ListFormat.RemoveNumbers()` on the
 *   block (the headings carry literal numbers), and a bookmark around the block for 撤销插入.
 * - Placeholders stay 【…】 text: content controls are not used in WPS (see the report).
 * - Phrases: `Selection.TypeText` (one undo step in WPS, replaces a selection).
 */
import { normalizeText } from "../core/normalize";
import { joinAppendix } from "../core/join";
import { followingRenumber } from "../core/skeletonPlan";
import type { DocumentModel, Fix, SkeletonNode, TextEdit } from "../core/types";
import type { FixOutcome, InsertOptions, InsertOutcome, LastInsertion, NodeBuilder } from "../host/port";
import type { WpsDocument, WpsRange } from "./om";
import { WD_FIND_STOP, WD_MAIN_TEXT_STORY, WD_STYLE, WD_WITH_IN_TABLE } from "./om";
import { assertWritable, session, toUserError, UserError } from "./app";
import { CELL_END, indexAt, readCore, stripMark } from "./read";
import { locate, paragraphRef } from "./navigate";

export const MSG_NOT_IN_BODY = "请把光标放在正文中再插入（当前位于页眉、页脚、脚注或文本框中）。";
export const MSG_NOTHING_TO_UNDO = "没有可以撤销的插入。";
export const MSG_UNDO_GONE = "找不到上次插入的内容（可能已被删除或文档已重新打开）。";
export const MSG_UNDO_EDITED = "上次插入的内容已被修改。撤销会连同修改一起删除，请手动删除或使用 WPS 的撤销功能。";
export const MSG_RENUMBER_CHANGED = "后面标题的序号在读取后发生了变化，未插入。请重试。";
export const MSG_ANCHOR_CHANGED = "光标所在段落在读取后发生了变化，未插入。请重试。";
export const MSG_INSERT_EMPTY = "要插入的文字为空。";
export const MSG_FIX_STALE = "文档在检查后已被修改，无法自动修正。请重新检查后再试。";
export const MSG_FIX_SPAN_CHANGED = "要修正的文字已被修改，无法自动修正。请重新检查后再试。";
export const MSG_FIX_NOT_FOUND = "在段落中找不到要修正的文字，请重新检查后再试。";

const SEARCH_MAX = 255;

// ---- last insertion ---------------------------------------------------------------------------

let last: LastInsertion | null = null;

export function lastInsertion(): LastInsertion | null {
  return last;
}

export function isPrompt(text: string): boolean {
  return /^【[^【】]*】$/.test(text.trim());
}

/** The lines of a block the user could have written (prompts and blank lines left out). */
function normalizeBlock(s: string): string {
  return s
    .split(/\r|\n/)
    .map((l) => l.split(CELL_END).join(""))
    .map((l) => l.trim())
    .filter((l) => l !== "" && !isPrompt(l))
    .join("\n");
}

let counter = 0;
/** Bookmark names: a letter first, then letters, digits or "_", at most 40 characters (Word's rule). */
function newBookmarkName(): string {
  counter = (counter + 1) % 1e6;
  return `duizhao_${Date.now().toString(36)}${counter.toString(36)}`;
}

// ---- helpers ------------------------------------------------------------------------------------

/** Word's search treats "^" as the start of a special code; "^^" is a literal caret. */
export function escapeSearch(s: string): string {
  return s.replace(/\^/g, "^^");
}

/** The smallest left-widened window ending at offset + length whose first occurrence starts at its start. */
export function leftWidenedWindow(text: string, offset: number, length: number): { start: number; end: number } | null {
  const end = offset + length;
  if (length <= 0 && offset <= 0) return null;
  for (let start = offset; start >= 0; start--) {
    const w = text.slice(start, end);
    if (!w) continue;
    if (text.indexOf(w) === start) return { start, end };
  }
  return null;
}

/**
 * Replaces text[offset, offset + length) of a paragraph whose text was just verified. The span is
 * found with Find inside the paragraph (left-widened so that its first occurrence is ours), then
 * re-read before writing; without a searchable window the position inside the paragraph is used
 * after checking that the paragraph's text reads the same from its start.
 */
function replaceSpan(doc: WpsDocument, range: WpsRange, text: string, edit: Omit<TextEdit, "paragraph">, stale: string): "search" | "paragraph" {
  const { offset, length, expected, replacement } = edit;
  const w = length > 0 ? leftWidenedWindow(text, offset, length) : null;
  if (w && w.end - w.start <= SEARCH_MAX) {
    const needle = escapeSearch(text.slice(w.start, w.end));
    // Every option explicit: literal text, case-sensitive, forward, stop at the end of the paragraph.
    if (!range.Find.Execute(needle, true, false, false, false, false, true, WD_FIND_STOP, false)) throw new UserError(MSG_FIX_NOT_FOUND);
    const target = doc.Range(range.Start + (offset - w.start), range.End);
    if (target.Text !== expected) throw new UserError(stale);
    if (replacement === "") target.Delete();
    else target.Text = replacement;
    return "search";
  }
  const start = range.Start;
  if (doc.Range(start, start + text.length).Text !== text) throw new UserError(stale);
  const target = doc.Range(start + offset, start + offset + length);
  if (length === 0) target.InsertAfter(replacement);
  else if (replacement === "") target.Delete();
  else target.Text = replacement;
  return "paragraph";
}

function styleOf(node: SkeletonNode): number {
  if (node.level === "body") return WD_STYLE.normal;
  if (node.level === 0) return WD_STYLE.title;
  return node.level === 1 ? WD_STYLE.heading1 : node.level === 2 ? WD_STYLE.heading2 : WD_STYLE.heading3;
}

interface Placement {
  /** Document position to insert at. */
  pos: number;
  /** true: after the anchor's text ("\r" + block); false: before a paragraph (block + "\r"). */
  after: boolean;
  /**
   * Set when the anchor is an empty (or blank) paragraph that takes the first line: its start.
   * The block goes in at `pos` (the end of its text) without a leading "\r", so whatever blank
   * characters it held stay in front of the first line and nothing of the user's is removed.
   */
  fillFrom?: number;
}

/** Inserts the nodes as paragraphs, styles them, and bookmarks the block. */
function insertBlock(doc: WpsDocument, nodes: SkeletonNode[], place: Placement): { tag: string; starts: number[]; ends: number[]; end: number } {
  const joined = nodes.map((n) => n.text).join("\r");
  const at = doc.Range(place.pos, place.pos);
  const fill = place.fillFrom !== undefined;
  if (fill) at.InsertAfter(joined);
  else if (place.after) at.InsertAfter("\r" + joined);
  else at.InsertBefore(joined + "\r");
  const blockStart = fill ? place.fillFrom! : place.after ? place.pos + 1 : place.pos;
  // starts[i]: position of paragraph i's first character; ends[i]: position after its mark.
  const starts: number[] = [];
  const ends: number[] = [];
  let pos = blockStart;
  nodes.forEach((n, i) => {
    starts.push(pos);
    pos += (i === 0 && fill ? place.pos - place.fillFrom! : 0) + n.text.length + 1;
    ends.push(pos);
  });
  const end = pos;
  for (let i = 0; i < nodes.length; ) {
    let j = i;
    while (j + 1 < nodes.length && styleOf(nodes[j + 1]) === styleOf(nodes[i])) j++;
    doc.Range(starts[i], ends[j]).Style = styleOf(nodes[i]);
    i = j + 1;
  }
  doc.Range(blockStart, end).ListFormat.RemoveNumbers();
  const tag = newBookmarkName();
  doc.Bookmarks.Add(tag, doc.Range(blockStart, end));
  return { tag, starts, ends, end };
}

function remember(tag: string, nodes: SkeletonNode[]): void {
  last = { tag, text: normalizeBlock(nodes.map((n) => n.text).join("\n")) };
}

/** Where a block goes after paragraph `index`: after its text, or before the paragraph after its table. */
function placeAfter(doc: WpsDocument, index: number, range: WpsRange, inTable: boolean, expectText: (i: number) => string | null): Placement {
  if (!inTable) return { pos: range.End - 1, after: true };
  const paras = doc.Paragraphs;
  const n = paras.Count;
  for (let i = index + 1; i < n; i++) {
    const r = paras.Item(i + 1).Range;
    if (r.Information(WD_WITH_IN_TABLE)) continue;
    const want = expectText(i);
    if (want !== null && stripMark(r.Text) !== want) throw new UserError(MSG_ANCHOR_CHANGED);
    return { pos: r.Start, after: false };
  }
  // Word and WPS always keep a paragraph after a table; reaching here means the read is stale.
  throw new UserError(MSG_ANCHOR_CHANGED);
}

// ---- skeleton -----------------------------------------------------------------------------------

/** Insertion refused: what it would add is already in the document (nothing was written). */
export class DuplicateError extends UserError {
  constructor(
    message: string,
    /** 0-based paragraph of the existing heading, to jump there. */
    readonly paragraph: number,
    /** Text of that paragraph as read. */
    readonly text: string,
  ) {
    super(message);
  }
}

export async function insertSkeletonAtCursor(build: NodeBuilder, opts: InsertOptions = {}): Promise<InsertOutcome> {
  try {
    const s = session();
    const doc = s.doc;
    assertWritable(doc);
    const sel = s.app.Selection;
    if (sel.StoryType !== WD_MAIN_TEXT_STORY) throw new UserError(MSG_NOT_IN_BODY);
    const cursor = sel.End;
    const read = readCore(doc, opts.renumberFollowing || opts.existing ? undefined : (starts) => indexAt(starts, cursor) + 1);
    const hit = opts.existing?.(read.paragraphs);
    if (hit) throw new DuplicateError(hit.message, hit.paragraph, read.paragraphs[hit.paragraph]?.text ?? "");
    const anchor = Math.max(0, indexAt(read.starts, cursor));
    const preceding = read.paragraphs.slice(0, anchor + 1);
    const nodes = build(preceding);
    if (nodes.length === 0) return { paragraphs: 0, tag: "", syncs: s.calls() };

    const edits = opts.renumberFollowing ? followingRenumber(read.paragraphs, anchor, nodes) : [];
    for (const edit of edits) {
      const t = read.paragraphs[edit.paragraph]?.text ?? "";
      if (t.slice(edit.offset, edit.offset + edit.length) !== edit.expected || t.indexOf(edit.expected) !== edit.offset) throw new UserError(MSG_RENUMBER_CHANGED);
    }

    const paras = doc.Paragraphs;
    const anchorRange = paras.Item(anchor + 1).Range;
    if (stripMark(anchorRange.Text) !== read.paragraphs[anchor].text) throw new UserError(MSG_ANCHOR_CHANGED);
    const anchorText = read.paragraphs[anchor].text;
    // An empty paragraph at the cursor (e.g. a new document) takes the first line instead of
    // staying empty above the skeleton, as in Word; no text of the user's is touched.
    const place: Placement =
      anchorText.trim() === "" && !read.paragraphs[anchor].inTable
        ? { pos: anchorRange.End - 1, after: true, fillFrom: anchorRange.Start }
        : placeAfter(doc, anchor, anchorRange, read.paragraphs[anchor].inTable, (i) => read.paragraphs[i]?.text ?? null);

    // Renumber after the anchor, last first; each heading is re-read and verified before writing.
    for (const edit of [...edits].sort((a, b) => b.paragraph - a.paragraph)) {
      const r = paras.Item(edit.paragraph + 1).Range;
      const text = stripMark(r.Text);
      if (text !== read.paragraphs[edit.paragraph].text) throw new UserError(MSG_RENUMBER_CHANGED);
      replaceSpan(doc, r, text, edit, MSG_RENUMBER_CHANGED);
    }

    const { tag, ends, end } = insertBlock(doc, nodes, place);
    const prompt = nodes.findIndex((n) => n.level === "body" && isPrompt(n.text));
    if (prompt >= 0) doc.Range(ends[prompt] - 1 - nodes[prompt].text.length, ends[prompt] - 1).Select();
    else doc.Range(end - 1, end - 1).Select();
    remember(tag, nodes);
    const top = nodes.find((n) => n.level === 1);
    return {
      paragraphs: nodes.length,
      tag,
      syncs: s.calls(),
      renumbered: edits.length,
      firstNumber: top ? /^([一二三四五六七八九十]+)、/.exec(top.text)?.[1] : undefined,
    };
  } catch (e) {
    throw toUserError(e, "插入");
  }
}

/** Removes exactly the block the last insertion added (found by its bookmark), unless edited since. */
export async function undoLastInsertion(opts: { force?: boolean } = {}): Promise<{ syncs: number }> {
  if (!last) throw new UserError(MSG_NOTHING_TO_UNDO);
  const { tag, text } = last;
  try {
    const s = session();
    const doc = s.doc;
    assertWritable(doc);
    const marks = doc.Bookmarks;
    if (!marks.Exists(tag)) {
      last = null;
      throw new UserError(MSG_UNDO_GONE);
    }
    const range = marks.Item(tag).Range;
    if (!opts.force && normalizeBlock(range.Text) !== text) throw new UserError(MSG_UNDO_EDITED);
    const start = range.Start;
    const atEnd = range.End >= doc.Content.End;
    range.Delete();
    // The document's last mark cannot be deleted: the empty paragraph left behind becomes body text.
    if (atEnd) doc.Range(start, start).Style = WD_STYLE.normal;
    last = null;
    return { syncs: s.calls() };
  } catch (e) {
    throw toUserError(e, "撤销插入");
  }
}

// ---- phrases ------------------------------------------------------------------------------------

/** Types the phrase at the cursor (replacing a selection): 5 calls. */
export async function insertAtCursor(text: string): Promise<{ syncs: number }> {
  if (!text) throw new UserError(MSG_INSERT_EMPTY);
  try {
    const s = session();
    assertWritable(s.doc);
    s.app.Selection.TypeText(text.replace(/\r\n?|\n/g, "\r"));
    return { syncs: s.calls() };
  } catch (e) {
    throw toUserError(e, "插入");
  }
}

// ---- fixes --------------------------------------------------------------------------------------

export async function applyFix(fix: Fix, model: DocumentModel): Promise<FixOutcome> {
  try {
    const s = session();
    const doc = s.doc;
    assertWritable(doc);

    if (fix.type === "replace") {
      const hit = locate(doc, paragraphRef(model, fix.paragraph));
      if (!hit) throw new UserError(MSG_FIX_STALE);
      if (hit.text.slice(fix.offset, fix.offset + fix.length) !== fix.expected) throw new UserError(MSG_FIX_SPAN_CHANGED);
      const method = replaceSpan(doc, hit.range, hit.text, fix, MSG_FIX_SPAN_CHANGED);
      return { syncs: s.calls(), paragraphsDelta: 0, method };
    }

    if (fix.type === "delete-paragraph") {
      const hit = locate(doc, paragraphRef(model, fix.paragraph));
      if (!hit) throw new UserError(MSG_FIX_STALE);
      if (normalizeText(hit.text) !== normalizeText(fix.expected)) throw new UserError(MSG_FIX_SPAN_CHANGED);
      hit.range.Delete();
      return { syncs: s.calls(), paragraphsDelta: -1 };
    }

    if (fix.type === "delete-paragraphs" || fix.type === "join-paragraphs") {
      // Every paragraph of the run is located and verified (and still consecutive) before writing.
      if (fix.count < 1 || fix.expected.length !== fix.count) throw new UserError(MSG_FIX_STALE);
      const run = fix.expected.map((expected, k) => {
        const hit = locate(doc, paragraphRef(model, fix.paragraph + k));
        if (!hit) throw new UserError(MSG_FIX_STALE);
        if (normalizeText(hit.text) !== normalizeText(expected)) throw new UserError(MSG_FIX_SPAN_CHANGED);
        return hit;
      });
      if (run.some((hit, k) => hit.index !== run[0].index + k)) throw new UserError(MSG_FIX_STALE);
      const first = run[0];
      const last = run[run.length - 1];
      if (fix.type === "delete-paragraphs") {
        doc.Range(first.range.Start, last.range.End).Delete();
        return { syncs: s.calls(), paragraphsDelta: -fix.count };
      }
      // Join: from the end of the first paragraph's text to the end of the last one's text goes
      // (the marks in between and the following texts); the following texts are then written back
      // after the first one's text, so the last paragraph's mark ends the joined paragraph.
      const start = first.range.Start;
      const keptEnd = start + first.text.length;
      if (doc.Range(start, keptEnd).Text !== first.text) throw new UserError(MSG_FIX_SPAN_CHANGED);
      if (fix.count > 1) {
        doc.Range(keptEnd, last.range.End - 1).Delete();
        const appendix = joinAppendix(fix.expected);
        if (appendix) doc.Range(keptEnd, keptEnd).InsertAfter(appendix);
      }
      return { syncs: s.calls(), paragraphsDelta: -(fix.count - 1) };
    }

    const nodes = fix.nodes;
    if (nodes.length === 0) return { syncs: s.calls(), paragraphsDelta: 0 };
    // Every heading to renumber is located and verified before anything is written.
    const renumber = (fix.renumber ?? []).map((edit) => {
      const hit = locate(doc, paragraphRef(model, edit.paragraph));
      if (!hit || hit.text.slice(edit.offset, edit.offset + edit.length) !== edit.expected || hit.text.indexOf(edit.expected) !== edit.offset) {
        throw new UserError(MSG_FIX_SPAN_CHANGED);
      }
      return { edit, hit };
    });
    let place: Placement;
    if (fix.after < 0) {
      place = { pos: doc.Paragraphs.Item(1).Range.Start, after: false };
    } else {
      const hit = locate(doc, paragraphRef(model, fix.after));
      if (!hit) throw new UserError(MSG_FIX_STALE);
      const inTable = !!hit.range.Information(WD_WITH_IN_TABLE);
      place = placeAfter(doc, hit.index, hit.range, inTable, () => null);
    }
    for (const { edit, hit } of renumber.sort((a, b) => b.hit.index - a.hit.index)) {
      replaceSpan(doc, hit.range, hit.text, edit, MSG_FIX_SPAN_CHANGED);
    }
    const { tag, starts } = insertBlock(doc, nodes, place);
    doc.Range(starts[0], starts[0]).Select();
    remember(tag, nodes);
    return { syncs: s.calls(), paragraphsDelta: nodes.length };
  } catch (e) {
    throw toUserError(e, "修正");
  }
}
