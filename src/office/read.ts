/**
 * Reads the whole main body into the core document model (src/core/types.ts) with as few round
 * trips as Word allows (shared/docs/word-api.md §1):
 *
 * - ONE `paragraphs.load()` with explicit leaf properties — text, style, styleBuiltIn,
 *   outlineLevel, isListItem, tableNestingLevel, `listItemOrNullObject/listString`, plus
 *   `uniqueLocalId` on WordApi 1.6 — and ONE `context.sync()` for a document of up to READ_PAGE
 *   paragraphs; a longer one is read in pages (`top`/`skip`, one sync each, see readDocument).
 * - Tracked deletions: `Paragraph.text` includes text deleted under track changes (office-js#1267).
 *   On WordApi 1.6+ the same batch also loads `body.getTrackedChanges()`; only when it reports
 *   deletions AND the host has WordApi 1.7 is a second sync spent on `getText()` (which excludes
 *   them) for the paragraphs that contain deleted text. `getText()` cannot be queued in the first
 *   batch: the paragraph proxies only exist after the collection is loaded. Below 1.7 the text
 *   keeps the deleted words and the result says so (`trackedDeletions: "included"`).
 * - Fallback (word-api.md §1.5, office-js#5335): when the combined load fails (Word on the web
 *   throws GeneralException for listItemOrNullObject of a paragraph deleted under track changes),
 *   retry without list strings, then load list strings for list paragraphs only; if that fails
 *   too, list strings stay "" and a warning is returned.
 * - Heading level: styleBuiltIn Heading1..9 → outlineLevel 1..9 (10 = body text) → localized
 *   style name /^(标题|Heading)\s*(\d)/.
 */
import { hints, pagedSignature, queueEventRegistration, READ_PAGE } from "./changes";
import type { Paragraph } from "../core/types";
import { MSG_NO_WORD, officeErrorCode, toUserError, UserError } from "./errors";
import { hostInfo, supports } from "./host";
import type { ReadDocumentOptions, ReadResult } from "../host/port";
// The result types are the port's (src/host/port.ts): one definition for every host.
export type { ReadResult };

export const WARN_TRACKED_INCLUDED =
  "文档含有修订标记的删除文字，当前 Word 版本无法把它们排除，检查结果可能包含已删除的文字。接受或拒绝修订后再检查更准确。";
export const WARN_NO_LIST_STRINGS = "无法读取自动编号（Word 报告错误），检查时按无自动编号处理。";

/** 1..9 from a built-in heading style, an outline level or a localized heading style name. */
export function headingLevelOf(
  styleBuiltIn: string | null | undefined,
  outlineLevel: number | null | undefined,
  style: string | null | undefined,
): number | null {
  const b = /^Heading([1-9])$/.exec(styleBuiltIn ?? "");
  if (b) return Number(b[1]);
  if (typeof outlineLevel === "number" && Number.isInteger(outlineLevel) && outlineLevel >= 1 && outlineLevel <= 9) {
    return outlineLevel;
  }
  const s = /^(?:标题|Heading)\s*([1-9])(?!\d)/i.exec((style ?? "").trim());
  return s ? Number(s[1]) : null;
}

/**
 * The core model of one Word paragraph loaded with text, style, styleBuiltIn, outlineLevel and
 * tableNestingLevel. `text` and `listString` default to what a plain load gives ("" = no list
 * string read).
 */
export function toCoreParagraph(p: Word.Paragraph, index: number, text: string = p.text, listString = ""): Paragraph {
  return {
    index,
    text,
    styleName: p.style ?? "",
    headingLevel: headingLevelOf(p.styleBuiltIn as string, p.outlineLevel, p.style),
    listString,
    inTable: p.tableNestingLevel > 0,
  };
}

/**
 * The fragments of tracked deletions to look for in paragraph texts. A deletion that spans several
 * paragraphs comes back as one TrackedChange whose text holds paragraph marks / line breaks; each
 * paragraph only contains a piece of it, so the text is split there. null = a deletion whose text
 * is empty or only breaks (every paragraph is a suspect).
 */
export function deletedPieces(deleted: readonly string[]): string[] | null {
  const out = new Set<string>();
  for (const d of deleted) {
    const parts = d.split(/[\r\n\v\f\u2028\u2029]+/).filter((x) => x !== "");
    if (!parts.length) return null;
    for (const x of parts) out.add(x);
  }
  return [...out];
}

/** Whether a paragraph's text (tracked deletions included) can hold one of the pieces. */
export function mayHoldDeletion(text: string, pieces: readonly string[] | null): boolean {
  return pieces === null || pieces.some((x) => text.includes(x));
}

const BASE_PROPS = ["text", "style", "styleBuiltIn", "outlineLevel", "isListItem", "tableNestingLevel"];

// Paragraphs per read sync: declared beside the change watch, which reads in the same pages.
export { READ_PAGE };

export interface ReadOptions extends ReadDocumentOptions {
  /** Paragraphs per sync (default READ_PAGE). */
  pageSize?: number;
  /** Called after each page with the number of paragraphs read so far (no total: Word has no cheap count). */
  onProgress?: (paragraphsRead: number, total?: number) => void;
}

/** A macrotask boundary: lets the browser paint and handle input between two pages. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function wordGlobal(): typeof Word {
  const w = (globalThis as unknown as { Word?: typeof Word }).Word;
  if (!w || typeof w.run !== "function") throw new UserError(MSG_NO_WORD);
  return w;
}

function listStringOf(p: Word.Paragraph): string {
  try {
    const li = p.listItemOrNullObject;
    return !li.isNullObject ? (li.listString ?? "") : "";
  } catch {
    return "";
  }
}

/**
 * Reads every paragraph of the main body. Throws UserError (Chinese message) on failure.
 *
 * Paging (word-api.md §1.3): each page is `paragraphs.load({ select, top, skip })` on the same
 * collection. Item proxies of the first page address the same paragraphs as the unpaged read; for
 * later pages the follow-up calls (getText, list strings in the two-pass fallback) go through
 * `getParagraphByUniqueLocalId` where the host has WordApi 1.6, so they never depend on how a host
 * addresses the items of a paged load (by reference id or by index within the page — verify).
 * A later page's getText() calls ride along with the next page's load: no extra sync.
 */
export async function readDocument(options: ReadOptions = {}): Promise<ReadResult> {
  const word = wordGlobal();
  const info = hostInfo();
  const has16 = supports("WordApi", "1.6");
  const has17 = supports("WordApi", "1.7");
  const page = Math.max(1, Math.floor(options.pageSize ?? READ_PAGE));
  const warnings: string[] = [];
  let syncs = 0;
  // An edit during a paged read (between two pages) must still reach the watch that starts after it.
  const mark = hints.mark();
  try {
    return await word.run(async (context) => {
      const body = context.document.body;
      const paragraphs = body.paragraphs;
      const scalar = has16 ? [...BASE_PROPS, "uniqueLocalId"] : BASE_PROPS;
      const combined = [...scalar, "listItemOrNullObject/listString"];
      const changes = has16 ? body.getTrackedChanges() : null;
      const loadChanges = () => changes?.load("items/type,items/text");
      let mode: ReadResult["mode"] = "single";
      let trackedDeletions: ReadResult["trackedDeletions"] = has17 ? "excluded" : "included";
      /** Deleted fragments (undefined until the first page came back; see deletedPieces). */
      let pieces: string[] | null | undefined;
      let deletions = false;
      const model: Paragraph[] = [];
      /** Each page's paragraph texts as Word reports them (items/text), for the change signature. */
      const rawPages: string[][] = [];
      /** getText() of suspects, queued for the next sync; `proxy` re-queues after a failed batch. */
      let pendingText: { index: number; proxy: Word.Paragraph; r: OfficeExtension.ClientResult<string> }[] = [];
      const queueText = (index: number, proxy: Word.Paragraph) => pendingText.push({ index, proxy, r: proxy.getText() });
      const applyTexts = () => {
        for (const { index, r } of pendingText) model[index].text = r.value;
        pendingText = [];
      };
      /** The paragraph to call a method on: the item itself on the first page, else by id. */
      const target = (p: Word.Paragraph, skip: number): Word.Paragraph =>
        skip > 0 && has16 && p.uniqueLocalId ? context.document.getParagraphByUniqueLocalId(p.uniqueLocalId) : p;

      // One sync per page is the point of paging (a bounded answer per round trip), hence the
      // syncs inside this loop.
      /* eslint-disable office-addins/no-context-sync-in-loop */
      for (let skip = 0; ; skip += page) {
        if (skip > 0) await yieldToEventLoop();
        paragraphs.load({ select: mode === "single" ? combined : scalar, top: page, skip });
        if (skip === 0) loadChanges();
        // The change watch's paragraph events ride along with the first page (no sync of their own).
        const registered = skip === 0 ? queueEventRegistration(context) : undefined;
        try {
          syncs++;
          await context.sync();
          registered?.(true);
        } catch (e) {
          registered?.(false);
          if (mode !== "single" || officeErrorCode(e) !== "GeneralException") throw e;
          // Two-pass fallback from here on: the same leaf properties without the list item, then
          // list strings only for list paragraphs (each pass one sync). The failed batch was
          // dropped as a whole, so what rode along with it is queued again.
          mode = "two-pass";
          paragraphs.load({ select: scalar, top: page, skip });
          if (skip === 0) loadChanges();
          pendingText = pendingText.map(({ index, proxy }) => ({ index, proxy, r: proxy.getText() }));
          syncs++;
          await context.sync();
        }
        applyTexts();
        const items = paragraphs.items;
        const rawTexts: string[] = [];
        rawPages.push(rawTexts);
        /** Two-pass mode: the list strings of this page's list paragraphs. */
        const listStrings = new Map<Word.Paragraph, string>();
        if (mode === "two-pass") {
          const lists = items.filter((p) => p.isListItem).map((p) => ({ p, li: target(p, skip).listItemOrNullObject }));
          for (const { li } of lists) li.load("listString");
          try {
            if (lists.length) {
              syncs++;
              await context.sync();
            }
            for (const { p, li } of lists) listStrings.set(p, li.isNullObject ? "" : (li.listString ?? ""));
          } catch {
            if (!warnings.includes(WARN_NO_LIST_STRINGS)) warnings.push(WARN_NO_LIST_STRINGS);
          }
        }
        if (skip === 0) {
          const deleted = changes ? changes.items.filter((c) => c.type === "Deleted").map((c) => c.text) : [];
          deletions = deleted.length > 0;
          if (deletions && has17) pieces = deletedPieces(deleted);
          else if (deletions) warnings.push(WARN_TRACKED_INCLUDED);
          else if (has16) trackedDeletions = "excluded";
        }
        for (let k = 0; k < items.length; k++) {
          const p = items[k];
          const index = skip + k;
          const listString = mode === "two-pass" ? (listStrings.get(p) ?? "") : listStringOf(p);
          const para = toCoreParagraph(p, index, p.text, listString);
          if (has16 && p.uniqueLocalId) para.id = p.uniqueLocalId;
          model.push(para);
          rawTexts.push(p.text);
          // Only paragraphs that can hold one of the deleted fragments need getText().
          if (pieces !== undefined && mayHoldDeletion(p.text, pieces)) queueText(index, target(p, skip));
        }
        options.onProgress?.(model.length);
        if (items.length < page) break;
      }
      /* eslint-enable office-addins/no-context-sync-in-loop */
      if (pendingText.length) {
        syncs++;
        await context.sync();
        applyTexts();
      }
      // The baseline of onDocumentChange (./changes.ts reads the same pages to compare, page by page).
      const signature = pagedSignature(page, rawPages);
      hints.note(signature, mark);
      return { model: { paragraphs: model }, syncs, hostInfo: info, mode, trackedDeletions, warnings, signature };
    });
  } catch (e) {
    throw toUserError(e, "读取文档", false);
  }
}
