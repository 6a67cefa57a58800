/**
 * Quick fixes for checker findings (core `Fix`): one Word.run, at most two syncs each.
 *
 * 1. The first sync finds the paragraph the fix was computed for (by uniqueLocalId where WordApi
 *    1.6 gave one, else by index + text fingerprint, see navigate.ts) and reads what the fix must
 *    verify. If the paragraph is gone or its text no longer matches, the fix is refused with a
 *    Chinese message (MSG_FIX_STALE): the user re-checks first.
 * 2. The second sync applies the change and nothing else:
 *    - "replace": only the span at `offset` is replaced. The span is found with
 *      `paragraph.search(expected, { matchCase: true })` (≤ 255 characters, word-api.md §2.D); with
 *      an id the occurrence at the right offset is picked from the loaded results; without one the
 *      search text is widened to the left until its first occurrence is the right one. Where search
 *      is unavailable (or the text is too long to search) the paragraph's text is replaced as a
 *      whole, which keeps the paragraph and its style.
 *    - "delete-paragraph": the paragraph is deleted when its text still equals `expected`.
 *    - "delete-paragraphs" / "join-paragraphs": every paragraph of the run is located and verified
 *      in the first sync (and, found by index, must still be consecutive); then the run is deleted,
 *      or the following texts are appended to the first with insertText(…, "End") and the
 *      following paragraphs deleted.
 *    - "insert-skeleton": the nodes are inserted after paragraph `after` (after its table when it
 *      sits in a table, after its plain-text placeholder control when it is one), headings with
 *      built-in heading styles, bodies as placeholder content controls — skeleton.ts's
 *      queueSkeletonNodes, so 撤销插入 can remove it too. The first inserted paragraph is selected.
 */
import { normalizeText } from "../core/normalize";
import { joinAppendix } from "../core/join";
import type { DocumentModel, Fix } from "../core/types";
import { escapeSearch, queueSkeletonNodes, queueVerifiedEdits, rememberInsertion } from "./skeleton";
import { fingerprint, nearestMatch, paragraphRef, type ParagraphRef } from "./navigate";
import { supports } from "./host";
import { officeErrorCode, toUserError, UserError } from "./errors";
import type { FixOutcome } from "../host/port";
// The result types are the port's (src/host/port.ts): one definition for every host.
export type { FixOutcome };

export const MSG_FIX_STALE = "文档在检查后已被修改，无法自动修正。请重新检查后再试。";
export const MSG_FIX_SPAN_CHANGED = "要修正的文字已被修改，无法自动修正。请重新检查后再试。";
export const MSG_FIX_NOT_FOUND = "在段落中找不到要修正的文字，请重新检查后再试。";

export { escapeSearch };

const SEARCH_MAX = 255;

/** Start offsets of the non-overlapping occurrences of `needle` in `text`, left to right. */
export function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

/**
 * The smallest left-widened window text.slice(start, end) whose FIRST non-overlapping occurrence
 * in `text` starts at `start`, with `start` ≤ offset and end = offset + length; null when the span
 * is empty. Pure, exported for tests.
 */
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

type WordParagraph = Word.Paragraph;

interface Located {
  paragraph: WordParagraph;
  /** Visible text (tracked deletions left out where WordApi 1.7 allows). */
  text: string;
  /** Index of the paragraph in the body when it was found by index. */
  index?: number;
}

/**
 * Queues the lookup of `ref` (batch 1) and returns a function to call after the sync that returns
 * the paragraph or throws MSG_FIX_STALE. `also` queues extra loads on the paragraph when it is
 * addressable before the sync (id path).
 */
function queueLocate(
  context: Word.RequestContext,
  ref: ParagraphRef,
  props: string[],
  also?: (p: WordParagraph) => void,
): () => Located {
  if (ref.id && supports("WordApi", "1.6")) {
    const p = context.document.getParagraphByUniqueLocalId(ref.id);
    p.load(["text", ...props]);
    const shown = supports("WordApi", "1.7") ? p.getText() : null;
    also?.(p);
    return () => {
      const visible = shown ? shown.value : p.text;
      if (fingerprint(visible) !== ref.fingerprint && fingerprint(p.text) !== ref.fingerprint) throw new UserError(MSG_FIX_STALE);
      return { paragraph: p, text: visible };
    };
  }
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load(["items/text", ...props.map((x) => `items/${x}`)]);
  return () => {
    const found = nearestMatch(
      paragraphs.items.map((q) => q.text),
      ref.index,
      ref.fingerprint,
    );
    if (found < 0) throw new UserError(MSG_FIX_STALE);
    return { paragraph: paragraphs.items[found], text: paragraphs.items[found].text, index: found };
  };
}

/** Runs the first sync; a vanished paragraph (ItemNotFound) becomes MSG_FIX_STALE. */
async function syncLocate(context: Word.RequestContext): Promise<void> {
  try {
    await context.sync();
  } catch (e) {
    if (officeErrorCode(e) === "ItemNotFound") throw new UserError(MSG_FIX_STALE);
    throw e;
  }
}

/** Applies `fix` to the document the model was read from. Throws UserError (Chinese) when refused. */
export async function applyFix(fix: Fix, model: DocumentModel): Promise<FixOutcome> {
  let syncs = 0;
  try {
    return await Word.run(async (context) => {
      const sync1 = async () => {
        syncs++;
        await syncLocate(context);
      };
      const sync2 = async () => {
        syncs++;
        await context.sync();
      };

      if (fix.type === "replace") {
        const ref = paragraphRef(model, fix.paragraph);
        const found: { hits: Word.RangeCollection | null } = { hits: null };
        const searchable = fix.expected.length > 0 && fix.expected.length <= SEARCH_MAX;
        const get = queueLocate(context, ref, [], (p) => {
          if (searchable && typeof (p as Partial<WordParagraph>).search === "function") {
            found.hits = p.search(escapeSearch(fix.expected), { matchCase: true });
            found.hits.load("text");
          }
        });
        await sync1();
        const { paragraph, text } = get();
        if (text.slice(fix.offset, fix.offset + fix.length) !== fix.expected) throw new UserError(MSG_FIX_SPAN_CHANGED);
        const newText = text.slice(0, fix.offset) + fix.replacement + text.slice(fix.offset + fix.length);
        let method: "search" | "paragraph" = "paragraph";
        const canSearch = typeof (paragraph as Partial<WordParagraph>).search === "function";
        if (found.hits) {
          // Id path: pick the occurrence that starts at the offset.
          const k = occurrences(text, fix.expected).indexOf(fix.offset);
          const items = found.hits.items;
          if (k < 0 || k >= items.length || items[k].text !== fix.expected) throw new UserError(MSG_FIX_NOT_FOUND);
          replaceRange(items[k], fix.replacement);
          method = "search";
        } else if (canSearch && fix.length > 0) {
          // Index path: widen the search text to the left until its first occurrence is ours.
          const w = leftWidenedWindow(text, fix.offset, fix.length);
          if (w && w.end - w.start <= SEARCH_MAX) {
            const range = paragraph.search(escapeSearch(text.slice(w.start, w.end)), { matchCase: true }).getFirst();
            replaceRange(range, text.slice(w.start, fix.offset) + fix.replacement);
            method = "search";
          } else paragraph.insertText(newText, "Replace");
        } else if (fix.length === 0 && fix.offset === 0) {
          paragraph.insertText(fix.replacement, "Start");
        } else if (fix.length === 0 && fix.offset === text.length) {
          paragraph.insertText(fix.replacement, "End");
        } else {
          paragraph.insertText(newText, "Replace");
        }
        await sync2();
        return { syncs, paragraphsDelta: 0, method };
      }

      if (fix.type === "delete-paragraph") {
        const ref = paragraphRef(model, fix.paragraph);
        const get = queueLocate(context, ref, []);
        await sync1();
        const { paragraph, text } = get();
        if (normalizeText(text) !== normalizeText(fix.expected)) throw new UserError(MSG_FIX_SPAN_CHANGED);
        paragraph.delete();
        await sync2();
        return { syncs, paragraphsDelta: -1 };
      }

      if (fix.type === "delete-paragraphs" || fix.type === "join-paragraphs") {
        // Every paragraph of the run is located and verified in the first sync; all or nothing.
        if (fix.count < 1 || fix.expected.length !== fix.count) throw new UserError(MSG_FIX_STALE);
        const gets = fix.expected.map((_, k) => queueLocate(context, paragraphRef(model, fix.paragraph + k), []));
        await sync1();
        const run = gets.map((get) => get());
        run.forEach(({ text }, k) => {
          if (normalizeText(text) !== normalizeText(fix.expected[k])) throw new UserError(MSG_FIX_SPAN_CHANGED);
        });
        // Found by index: they must still be consecutive.
        const first = run[0].index;
        if (first !== undefined && run.some((r, k) => r.index !== undefined && r.index !== first + k)) throw new UserError(MSG_FIX_STALE);
        if (fix.type === "join-paragraphs") {
          const appendix = joinAppendix(fix.expected);
          if (appendix) run[0].paragraph.insertText(appendix, "End");
          for (let k = 1; k < run.length; k++) run[k].paragraph.delete();
        } else {
          for (const r of run) r.paragraph.delete();
        }
        await sync2();
        return { syncs, paragraphsDelta: fix.type === "join-paragraphs" ? -(fix.count - 1) : -fix.count };
      }

      // insert-skeleton
      const nodes = fix.nodes;
      if (nodes.length === 0) return { syncs, paragraphsDelta: 0 };
      // The headings to renumber (when the inserted number would repeat theirs) are located and
      // verified in the first sync, like the anchor.
      const renumber = (fix.renumber ?? []).map((edit) => ({ edit, get: queueLocate(context, paragraphRef(model, edit.paragraph), []) }));
      let placeFirst: (text: string) => WordParagraph;
      if (fix.after < 0) {
        // At the very start: nothing to verify about the anchor.
        if (renumber.length) await sync1();
        placeFirst = (text) => context.document.body.insertParagraph(text, "Start");
      } else {
        const ref = paragraphRef(model, fix.after);
        // Id path: the anchor's placeholder control (if any) is read in the same sync. On the index
        // path the anchor is not addressable before the sync; we then insert after the paragraph.
        const parent: { control: Word.ContentControl | null } = { control: null };
        const get = queueLocate(context, ref, ["tableNestingLevel", "isListItem"], (p) => {
          parent.control = p.parentContentControlOrNullObject;
          parent.control.load("type");
        });
        await sync1();
        const { paragraph } = get();
        const control = parent.control;
        placeFirst = (text) => {
          let first: WordParagraph;
          if (paragraph.tableNestingLevel > 0) first = paragraph.parentTable.insertParagraph(text, "After");
          else if (control && !control.isNullObject && (control.type as string) === "PlainText") first = control.insertParagraph(text, "After");
          else first = paragraph.insertParagraph(text, "After");
          if (paragraph.isListItem) first.detachFromList();
          return first;
        };
      }
      // Verify every renumber edit before queueing any write: all or nothing.
      queueVerifiedEdits(
        renumber.map(({ edit, get }) => ({ ...get(), edit })),
        MSG_FIX_SPAN_CHANGED,
      );
      const { paragraphs: inserted, tag } = queueSkeletonNodes(nodes, placeFirst, fix.plain === true);
      inserted[0].select("Start");
      await sync2();
      rememberInsertion(tag, nodes);
      return { syncs, paragraphsDelta: nodes.length };
    });
  } catch (e) {
    throw toUserError(e, "修正");
  }
}

function replaceRange(range: Word.Range, replacement: string): void {
  if (replacement === "") range.delete();
  else range.insertText(replacement, "Replace");
}
