/**
 * Jumping from a finding back to its paragraph in Word (shared/docs/word-api.md §2).
 *
 * - With a uniqueLocalId (WordApi 1.6) the paragraph is fetched by id; without one, the texts of
 *   the body's paragraphs are loaded and the paragraph at the index is taken if its fingerprint
 *   still matches, else the nearest paragraph that matches.
 * - A fingerprint is the paragraph's normalized text (width-folded, spaces collapsed) reduced to
 *   "<length>:<hash>": cheap to keep for every paragraph and tolerant to spacing-only changes.
 * - One Word.run, at most two syncs: read (and verify), then select (+ temporary highlight where
 *   WordApi 1.8 exists; the previous highlight is removed first). Highlight never changes content.
 */
import type { DocumentModel } from "../core/types";
import { supports } from "./host";
import { officeErrorCode, toUserError } from "./errors";
import type { ParagraphRef, SelectOutcome } from "../host/port";
import { fingerprint, nearestMatch } from "../host/fingerprint";
// One fingerprint and one nearest-match search for every host (src/host/fingerprint.ts).
export { fingerprint, nearestMatch };
// The result types are the port's (src/host/port.ts): one definition for every host.
export type { ParagraphRef, SelectOutcome };

/** The reference of paragraph `index` of a model read from Word. */
export function paragraphRef(model: DocumentModel, index: number): ParagraphRef {
  const p = model.paragraphs[index];
  if (!p) return { index, fingerprint: "" };
  return p.id ? { index, id: p.id, fingerprint: fingerprint(p.text) } : { index, fingerprint: fingerprint(p.text) };
}

let highlighted = false;

/**
 * Selects the paragraph a finding points to. Never throws for a vanished paragraph (that is
 * `stale`); throws UserError (Chinese message) for host errors.
 */
export async function selectParagraph(ref: ParagraphRef, opts: { highlight?: boolean } = {}): Promise<SelectOutcome> {
  const useId = !!ref.id && supports("WordApi", "1.6");
  const canHighlight = opts.highlight !== false && supports("WordApi", "1.8");
  const visibleText = supports("WordApi", "1.7");
  let syncs = 0;
  try {
    return await Word.run(async (context) => {
      let target: Word.Paragraph;
      let stale = false;
      let index: number | undefined = ref.index;
      if (useId) {
        target = context.document.getParagraphByUniqueLocalId(ref.id!);
        target.load("text");
        // Tracked deletions are in `text`; getText() (1.7) leaves them out, as the read did.
        const shown = visibleText ? target.getText() : null;
        try {
          syncs++;
          await context.sync();
        } catch (e) {
          if (officeErrorCode(e) === "ItemNotFound") return { ok: false, stale: true, syncs };
          throw e;
        }
        const same = fingerprint(target.text) === ref.fingerprint || (shown !== null && fingerprint(shown.value) === ref.fingerprint);
        stale = !same;
      } else {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("items/text");
        syncs++;
        await context.sync();
        const found = nearestMatch(
          paragraphs.items.map((p) => p.text),
          ref.index,
          ref.fingerprint,
        );
        if (found < 0) return { ok: false, stale: true, syncs };
        stale = found !== ref.index;
        index = found;
        target = paragraphs.items[found];
      }
      if (canHighlight) {
        // Temporary highlights are UI only (WordApi 1.8): clear ours from the whole body first.
        if (highlighted) context.document.body.getRange("Whole").removeHighlight();
        target.getRange("Whole").highlight();
        highlighted = true;
      }
      target.select("Select");
      syncs++;
      await context.sync();
      return { ok: true, stale, syncs, index };
    });
  } catch (e) {
    throw toUserError(e, "定位", false);
  }
}

/** Removes the temporary highlight left by selectParagraph (WordApi 1.8); no-op elsewhere. */
export async function clearHighlight(): Promise<void> {
  if (!highlighted || !supports("WordApi", "1.8")) return;
  try {
    await Word.run(async (context) => {
      context.document.body.getRange("Whole").removeHighlight();
      await context.sync();
    });
  } catch {
    // A leftover temporary highlight is harmless.
  }
  highlighted = false;
}
