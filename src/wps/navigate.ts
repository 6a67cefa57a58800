/**
 * Finding a paragraph again in WPS (jump from a finding, fixes): by index through
 * `Paragraphs.Item(i + 1).Range`, whose text is verified against the fingerprint taken at the
 * check; when it no longer matches (paragraphs added or removed above it), every text is re-read
 * and the nearest paragraph with the same fingerprint is taken, then verified again.
 * Index-based addressing does not depend on character positions, which drift after tables.
 *
 * Jump: 7 calls when the paragraph is where it was (ActiveDocument, Paragraphs, Count, Item, Range,
 * Text, Select). WPS has no temporary highlight that leaves the document untouched
 * (HighlightColorIndex is a real edit), so jump only selects.
 */
import type { DocumentModel } from "../core/types";
import type { ParagraphRef, SelectOutcome } from "../host/port";
import { fingerprint, nearestMatch } from "../host/fingerprint";
import type { WpsDocument, WpsRange } from "./om";
import { session, toUserError } from "./app";
import { readCore, stripMark } from "./read";

export function paragraphRef(model: DocumentModel, index: number): ParagraphRef {
  const p = model.paragraphs[index];
  return { index, fingerprint: p ? fingerprint(p.text) : "" };
}

export interface Located {
  index: number;
  range: WpsRange;
  text: string;
  /** Found at another index than the reference's. */
  moved: boolean;
}

/** The paragraph `ref` points to with its verified text, or null when it is gone. */
export function locate(doc: WpsDocument, ref: ParagraphRef): Located | null {
  const paras = doc.Paragraphs;
  const n = paras.Count;
  if (ref.index >= 0 && ref.index < n) {
    const range = paras.Item(ref.index + 1).Range;
    const text = stripMark(range.Text);
    if (fingerprint(text) === ref.fingerprint) return { index: ref.index, range, text, moved: false };
  }
  const texts = readCore(doc, () => 0).paragraphs.map((p) => p.text);
  const found = nearestMatch(texts, ref.index, ref.fingerprint);
  if (found < 0) return null;
  const range = paras.Item(found + 1).Range;
  const text = stripMark(range.Text);
  if (fingerprint(text) !== ref.fingerprint) return null;
  return { index: found, range, text, moved: found !== ref.index };
}

export async function selectParagraph(ref: ParagraphRef, opts: { highlight?: boolean } = {}): Promise<SelectOutcome> {
  void opts.highlight; // No content-neutral highlight in WPS (see the header).
  try {
    const s = session();
    const hit = locate(s.doc, ref);
    if (!hit) return { ok: false, stale: true, syncs: s.calls() };
    hit.range.Select();
    return { ok: true, stale: hit.moved, syncs: s.calls(), index: hit.index };
  } catch (e) {
    throw toUserError(e, "定位", false);
  }
}

/** Nothing to clear: jump never highlights in WPS. */
export async function clearHighlight(): Promise<void> {}
