/**
 * Reads the whole main body into the core document model (src/core/types.ts) with as few round
 * trips as Word allows (shared/docs/word-api.md §1):
 *
 * - ONE `paragraphs.load()` with explicit leaf properties — text, style, styleBuiltIn,
 *   outlineLevel, isListItem, tableNestingLevel, `listItemOrNullObject/listString`, plus
 *   `uniqueLocalId` on WordApi 1.6 — and ONE `context.sync()`.
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
import { textsSignature } from "../host/changeWatch";
import type { Paragraph } from "../core/types";
import { MSG_NO_WORD, officeErrorCode, toUserError, UserError } from "./errors";
import { hostInfo, supports } from "./host";
import type { ReadResult } from "../host/port";
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

function wordGlobal(): typeof Word {
  const w = (globalThis as unknown as { Word?: typeof Word }).Word;
  if (!w || typeof w.run !== "function") throw new UserError(MSG_NO_WORD);
  return w;
}

/** Reads every paragraph of the main body. Throws UserError (Chinese message) on failure. */
export async function readDocument(): Promise<ReadResult> {
  const word = wordGlobal();
  const info = hostInfo();
  const has16 = supports("WordApi", "1.6");
  const has17 = supports("WordApi", "1.7");
  const warnings: string[] = [];
  let syncs = 0;
  try {
    return await word.run(async (context) => {
      const body = context.document.body;
      const paragraphs = body.paragraphs;
      const scalar = has16 ? [...BASE_PROPS, "uniqueLocalId"] : BASE_PROPS;
      paragraphs.load([...scalar.map((p) => `items/${p}`), "items/listItemOrNullObject/listString"]);
      const changes = has16 ? body.getTrackedChanges() : null;
      changes?.load("items/type,items/text");
      let mode: ReadResult["mode"] = "single";
      try {
        syncs++;
        await context.sync();
      } catch (e) {
        if (officeErrorCode(e) !== "GeneralException") throw e;
        // Two-pass fallback: the same leaf properties without the list item, then list strings
        // only for list paragraphs (each pass one sync).
        mode = "two-pass";
        paragraphs.load(scalar.map((p) => `items/${p}`));
        changes?.load("items/type,items/text");
        syncs++;
        await context.sync();
        const lists = paragraphs.items.filter((p) => p.isListItem).map((p) => p.listItemOrNullObject);
        for (const li of lists) li.load("listString");
        try {
          if (lists.length) {
            syncs++;
            await context.sync();
          }
        } catch {
          warnings.push(WARN_NO_LIST_STRINGS);
        }
      }

      const items = paragraphs.items;
      const deleted = changes ? changes.items.filter((c) => c.type === "Deleted").map((c) => c.text) : [];
      let texts: string[] = items.map((p) => p.text);
      let trackedDeletions: ReadResult["trackedDeletions"] = has17 ? "excluded" : "included";
      if (deleted.length && has17) {
        // Only paragraphs that can hold one of the deleted fragments need getText().
        const pieces = deletedPieces(deleted);
        const suspects = items.map((p, i) => ({ p, i })).filter(({ p }) => mayHoldDeletion(p.text, pieces));
        const results = suspects.map(({ p, i }) => ({ i, r: p.getText() }));
        syncs++;
        await context.sync();
        texts = [...texts];
        for (const { i, r } of results) texts[i] = r.value;
      } else if (deleted.length) {
        warnings.push(WARN_TRACKED_INCLUDED);
      } else if (has16) {
        trackedDeletions = "excluded";
      }

      const model: Paragraph[] = items.map((p, index) => {
        const li = p.listItemOrNullObject;
        let listString = "";
        try {
          listString = !li.isNullObject ? (li.listString ?? "") : "";
        } catch {
          listString = "";
        }
        const para = toCoreParagraph(p, index, texts[index], listString);
        if (has16 && p.uniqueLocalId) para.id = p.uniqueLocalId;
        return para;
      });
      // The baseline of onDocumentChange (./changes.ts reads the same texts to compare).
      const signature = textsSignature(items.map((p) => p.text));
      return { model: { paragraphs: model }, syncs, hostInfo: info, mode, trackedDeletions, warnings, signature };
    });
  } catch (e) {
    throw toUserError(e, "读取文档", false);
  }
}
