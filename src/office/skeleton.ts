/**
 * Inserting skeletons (whole presets, one section, one aspect) at the cursor, and undoing the last
 * insertion. Word API discipline (shared/docs/word-api.md §3):
 * - one Word.run, two context.sync calls whatever the skeleton's size: the first reads where the
 *   cursor is and the paragraphs before it (to continue the document's numbering), the second
 *   applies every insertion and moves the cursor;
 * - never deletes or replaces the user's text: we insert after the paragraph holding the end of
 *   the selection (after the table when the cursor is in a table, after the content control when
 *   the cursor is inside one);
 * - headings get built-in heading styles through styleBuiltIn (locale independent), body
 *   placeholders are plain-text content controls (rich text below WordApi 1.5) tagged
 *   PLACEHOLDER_TAG, and the whole inserted block is wrapped in a hidden rich-text content
 *   control tagged `duizhao:insert:<id>` so that 撤销插入 can find exactly what was added.
 */
import { INSERTION_TAG_PREFIX, PLACEHOLDER_TAG, type Paragraph as CoreParagraph, type SkeletonNode, type TextEdit } from "../core/types";
import { followingRenumber, type NodeBuilder } from "../core/skeletonPlan";
import { toCoreParagraph } from "./read";
import { supports } from "./host";
import { DuplicateError, NESTED_CODE, UserError, toUserError } from "./errors";
import type { InsertOutcome } from "../host/port";
// The result types are the port's (src/host/port.ts): one definition for every host.
export type { InsertOutcome };

export { DuplicateError, NESTED_CODE, DUPLICATE_CODE } from "./errors";

/** What to insert is supplied by the caller (core/skeletonPlan.ts) so that this module stays free of preset logic. */
export type { NodeBuilder };

const HEADING_STYLE: Record<0 | 1 | 2 | 3, Word.BuiltInStyleName> = {
  0: "Title" as Word.BuiltInStyleName,
  1: "Heading1" as Word.BuiltInStyleName,
  2: "Heading2" as Word.BuiltInStyleName,
  3: "Heading3" as Word.BuiltInStyleName,
};

export const MSG_NOT_IN_BODY = "请把光标放在正文中再插入（当前位于页眉、页脚、脚注或文本框中）。";
export const MSG_LOCKED_CONTROL = "光标位于受保护的内容控件中，无法在此插入。请把光标移到其他位置。";
export const MSG_NOTHING_TO_UNDO = "没有可以撤销的插入。";
export const MSG_UNDO_GONE = "找不到上次插入的内容（可能已被删除或文档已重新打开）。";
export const MSG_UNDO_EDITED =
  "上次插入的内容已被修改。撤销会连同修改一起删除，请手动删除或使用 Word 的撤销功能。";

let counter = 0;
function newTag(): string {
  counter = (counter + 1) % 1e6;
  return `${INSERTION_TAG_PREFIX}${Date.now().toString(36)}${counter.toString(36)}`;
}

/** Text of what an insertion added, to tell later whether the user edited it. */
function expectedText(nodes: SkeletonNode[]): string {
  return normalizeBlock(nodes.map((n) => n.text).join("\n"));
}

interface LastInsertion {
  tag: string;
  text: string;
}
let last: LastInsertion | null = null;

export function lastInsertion(): LastInsertion | null {
  return last;
}

/** Records a completed insertion (after its sync) as the one 撤销插入 removes. */
export function rememberInsertion(tag: string, nodes: SkeletonNode[]): void {
  last = { tag, text: expectedText(nodes) };
}

/** Word's search treats "^" as the start of a special code ("^p", "^t"); "^^" is a literal caret. */
export function escapeSearch(s: string): string {
  return s.replace(/\^/g, "^^");
}

/**
 * Queues (no sync) literal text edits such as 二、→三、 after verifying every one against its
 * paragraph's current text — all or nothing: throws UserError(`changed`) before queueing anything
 * when one no longer matches. The expected text must be its first occurrence in the paragraph, so
 * that the search finds exactly it.
 */
export function queueVerifiedEdits(targets: { paragraph: Word.Paragraph; text: string; edit: TextEdit }[], changed: string): void {
  for (const { text, edit } of targets) {
    if (text.slice(edit.offset, edit.offset + edit.length) !== edit.expected || text.indexOf(edit.expected) !== edit.offset) {
      throw new UserError(changed);
    }
  }
  for (const { paragraph, edit } of targets) {
    paragraph.search(escapeSearch(edit.expected), { matchCase: true }).getFirst().insertText(edit.replacement, "Replace");
  }
}

/**
 * Queues (no sync) the insertion of skeleton nodes: `placeFirst` inserts the first paragraph where
 * it belongs, the rest follow it. Headings get built-in heading styles; a 【…】 prompt becomes an
 * empty paragraph in a plain-text content control (rich text below WordApi 1.5) tagged
 * PLACEHOLDER_TAG whose placeholder text is the prompt; other body text is inserted as text. The
 * whole block is wrapped in a hidden rich-text control tagged `duizhao:insert:<id>` for undo.
 */
export function queueSkeletonNodes(
  nodes: SkeletonNode[],
  placeFirst: (text: string) => Word.Paragraph,
  /** Headings as plain Normal paragraphs (their literal numbers kept): the document's own form. */
  plainHeadings = false,
): { paragraphs: Word.Paragraph[]; firstPlaceholder: Word.ContentControl | null; tag: string } {
  const plainText = supports("WordApi", "1.5");
  const texts = nodes.map((n) => (n.level === "body" && isPrompt(n.text) ? "" : n.text));
  const paragraphs: Word.Paragraph[] = [placeFirst(texts[0])];
  for (let i = 1; i < nodes.length; i++) paragraphs.push(paragraphs[i - 1].insertParagraph(texts[i], "After"));
  let firstPlaceholder: Word.ContentControl | null = null;
  nodes.forEach((node, i) => {
    const p = paragraphs[i];
    if (node.level !== "body") {
      p.styleBuiltIn = plainHeadings ? ("Normal" as Word.BuiltInStyleName) : HEADING_STYLE[node.level];
      return;
    }
    p.styleBuiltIn = "Normal" as Word.BuiltInStyleName;
    if (!isPrompt(node.text)) return; // fixed wording such as “现将对照检查情况报告如下。”
    const cc = plainText ? p.insertContentControl("PlainText" as Word.ContentControlType.plainText) : p.insertContentControl();
    cc.tag = PLACEHOLDER_TAG;
    cc.title = "待填写";
    cc.placeholderText = node.text;
    cc.appearance = "BoundingBox" as Word.ContentControlAppearance;
    if (!firstPlaceholder) firstPlaceholder = cc;
  });
  const tag = newTag();
  const wrapper = paragraphs[0].getRange("Whole").expandTo(paragraphs[paragraphs.length - 1].getRange("Whole")).insertContentControl();
  wrapper.tag = tag;
  wrapper.title = "对照检查助手插入的内容";
  wrapper.appearance = "Hidden" as Word.ContentControlAppearance;
  return { paragraphs, firstPlaceholder, tag };
}

/** Inserts skeleton nodes after the cursor's paragraph. Throws UserError with a Chinese message. */
export const MSG_RENUMBER_CHANGED = "后面标题的序号在读取后发生了变化，未插入。请重试。";
export const MSG_NESTED = "光标在已插入骨架的待填写处中，在这里插入会把新内容嵌套进去，未插入。可以改为插入到文档末尾。";
export interface InsertOptions {
  /** 顺延后面各部分的序号. */
  renumberFollowing?: boolean;
  /** Insert at the end of the document instead of after the cursor (offered when the cursor is in a placeholder). */
  atEnd?: boolean;
  /**
   * Finds what the insertion would duplicate in the whole body (a section or aspect the document
   * already has): its paragraph and a Chinese description. Read in the first sync; a hit throws
   * DuplicateError before anything is written.
   */
  existing?: (all: CoreParagraph[]) => { paragraph: number; message: string } | null;
}

/**
 * Inserts skeleton nodes after the cursor's paragraph. With `renumberFollowing` (the user ticked
 * 顺延后面的序号), the literal numbers of the top-level headings after the cursor are shifted in
 * the same batch when the inserted ones would repeat them. Throws UserError with a Chinese message.
 */
export async function insertSkeletonAtCursor(build: NodeBuilder, opts: InsertOptions = {}): Promise<InsertOutcome> {
  let syncs = 0;
  try {
    return await Word.run(async (context) => {
      const selection = context.document.getSelection();
      const anchor = selection.paragraphs.getLast();
      anchor.load("text,tableNestingLevel");
      const body = selection.parentBody;
      body.load("type");
      const outer = body.parentBodyOrNullObject;
      outer.load("type");
      const control = selection.parentContentControlOrNullObject;
      control.load("cannotEdit,tag");
      const table = anchor.parentTableOrNullObject;
      // Paragraphs from the start of the body to the cursor: their numbering decides ours.
      // At the end: the whole body precedes the insertion.
      const before = opts.atEnd ? context.document.body.paragraphs : context.document.body.getRange("Start").expandTo(selection.getRange("End")).paragraphs;
      before.load("items/text,items/style,items/styleBuiltIn,items/outlineLevel,items/tableNestingLevel,items/isListItem");
      // The whole body, when the headings after the cursor may have to be renumbered or duplicates found.
      const all = opts.renumberFollowing || opts.existing ? (opts.atEnd ? before : context.document.body.paragraphs) : null;
      if (all && all !== before) all.load("items/text,items/style,items/styleBuiltIn,items/outlineLevel,items/tableNestingLevel,items/isListItem");
      await context.sync();
      syncs++;

      const story = body.type === "TableCell" && !outer.isNullObject ? outer.type : body.type;
      if (story !== "MainDoc" && story !== "TableCell") throw new UserError(MSG_NOT_IN_BODY);
      if (!opts.atEnd && !control.isNullObject && control.cannotEdit) throw new UserError(MSG_LOCKED_CONTROL);
      // Inside one of our placeholders (the cursor lands there after every insertion): inserting
      // here would nest the new skeleton inside the previous one.
      if (!opts.atEnd && !control.isNullObject && control.tag === PLACEHOLDER_TAG) throw new UserError(MSG_NESTED, NESTED_CODE);

      const preceding: CoreParagraph[] = before.items.map((p, index) => toCoreParagraph(p, index));
      const whole = all ? all.items.map((p, i) => toCoreParagraph(p, i)) : null;
      const dup = whole && opts.existing ? opts.existing(whole) : null;
      if (dup) throw new DuplicateError(dup.message, dup.paragraph, whole![dup.paragraph]?.text ?? "", whole![dup.paragraph]?.id);
      const nodes = build(preceding);
      if (nodes.length === 0) return { paragraphs: 0, tag: "", syncs };
      let renumbered = 0;
      if (all && opts.renumberFollowing && !opts.atEnd) {
        const edits = followingRenumber(whole!, preceding.length - 1, nodes);
        queueVerifiedEdits(
          edits.map((edit) => ({ paragraph: all.items[edit.paragraph], text: all.items[edit.paragraph].text, edit })),
          MSG_RENUMBER_CHANGED,
        );
        renumbered = edits.length;
      }

      // Where the first new paragraph goes: after the table, after the content control, or after
      // the paragraph holding the cursor.
      const { paragraphs: inserted, firstPlaceholder, tag } = queueSkeletonNodes(nodes, (text) => {
        if (opts.atEnd) return context.document.body.insertParagraph(text, "End");
        if (anchor.tableNestingLevel > 0) return table.insertParagraph(text, "After");
        if (!control.isNullObject) return control.insertParagraph(text, "After");
        // An empty paragraph at the cursor (e.g. a new document) takes the first line instead of
        // staying empty above the skeleton; no text of the user's is touched.
        if (anchor.text.trim() === "") {
          anchor.insertText(text, "Start");
          return anchor;
        }
        return anchor.insertParagraph(text, "After");
      });
      if (firstPlaceholder) firstPlaceholder.select("Select");
      else inserted[inserted.length - 1].getRange("End").select();
      await context.sync();
      syncs++;

      rememberInsertion(tag, nodes);
      const top = nodes.find((n) => n.level === 1);
      return { paragraphs: nodes.length, tag, syncs, renumbered, firstNumber: top ? /^([一二三四五六七八九十]+)、/.exec(top.text)?.[1] : undefined };
    });
  } catch (e) {
    // expandTo between the body and a selection in another story (header, footer, footnote,
    // text box) fails the whole first batch; tell the user where the cursor is instead.
    if (!(e instanceof UserError) && (await cursorOutsideBody())) throw new UserError(MSG_NOT_IN_BODY);
    throw toUserError(e, "插入");
  }
}

/** Error path only: whether the selection lies outside the main body (one extra sync). */
async function cursorOutsideBody(): Promise<boolean> {
  try {
    return await Word.run(async (context) => {
      const body = context.document.getSelection().parentBody;
      body.load("type");
      const outer = body.parentBodyOrNullObject;
      outer.load("type");
      await context.sync();
      const story = body.type === "TableCell" && !outer.isNullObject ? outer.type : body.type;
      return story !== "MainDoc" && story !== "TableCell";
    });
  } catch {
    return false;
  }
}

/**
 * Removes exactly what the last insertion added, found by its tag; refuses when the user has
 * edited it since (we never delete the user's text unless they asked for exactly that).
 */
export async function undoLastInsertion(opts: { force?: boolean } = {}): Promise<{ syncs: number }> {
  if (!last) throw new UserError(MSG_NOTHING_TO_UNDO);
  const { tag, text } = last;
  let syncs = 0;
  try {
    return await Word.run(async (context) => {
      const controls = context.document.body.contentControls.getByTag(tag);
      controls.load("items/text");
      await context.sync();
      syncs++;
      if (controls.items.length === 0) {
        last = null;
        throw new UserError(MSG_UNDO_GONE);
      }
      const wrapper = controls.items[0];
      if (!opts.force && normalizeBlock(wrapper.text) !== normalizeBlock(text)) throw new UserError(MSG_UNDO_EDITED);
      wrapper.delete(false);
      await context.sync();
      syncs++;
      last = null;
      return { syncs };
    });
  } catch (e) {
    throw toUserError(e, "撤销插入");
  }
}

/** A 【…】 prompt becomes a placeholder content control; other body text is inserted as text. */
export function isPrompt(text: string): boolean {
  return /^【[^【】]*】$/.test(text.trim());
}

/**
 * The lines of a block that the user could have written: Word separates paragraphs with \r
 * (desktop) or \n (web), and whether an untouched placeholder reads as its prompt or as "" is not
 * documented, so prompts and blank lines are left out of the comparison.
 */
function normalizeBlock(s: string): string {
  return s
    .split(/\r\n?|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !isPrompt(l))
    .join("\n");
}
