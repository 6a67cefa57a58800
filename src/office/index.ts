/**
 * Word's implementation of the document-host port (src/host/port.ts): every member delegates to
 * the existing src/office function with the same arguments, so behaviour and sync counts are
 * exactly those of the functions themselves (optional arguments are passed on only when given).
 */
import type { DocumentHost, HostCapabilities, InsertRefusal } from "../host/port";
import { waitForOffice } from "./boot";
import { openAddinPage } from "./dialog";
import { DuplicateError, NESTED_CODE, UserError, userMessage } from "./errors";
import { onDocumentChange } from "./changes";
import { applyFix } from "./fixes";
import { applyOfficialFormat } from "./format";
import { officeThemeBackground, onOfficeThemeChanged, partitionKey, supports } from "./host";
import { insertAtCursor } from "./insertText";
import { clearHighlight, fingerprint, paragraphRef, selectParagraph } from "./navigate";
import { readDocument } from "./read";
import { insertSkeletonAtCursor, lastInsertion, undoLastInsertion } from "./skeleton";

/** Word's capabilities follow its requirement sets (shared/docs/word-api.md §6), read at call time. */
function wordCapabilities(): HostCapabilities {
  const desktop13 = supports("WordApiDesktop", "1.3");
  return {
    highlight: supports("WordApi", "1.8"),
    contentControls: true,
    excludeTrackedDeletions: supports("WordApi", "1.7"),
    paragraphIds: supports("WordApi", "1.6"),
    eastAsianFont: desktop13,
    pageMargins: desktop13,
  };
}

/** DuplicateError → jump to the existing part; a nested insertion (cursor inside a placeholder) → insert at the end. */
function wordInsertRefusal(e: unknown): InsertRefusal | null {
  if (e instanceof DuplicateError) return { kind: "duplicate", ref: { index: e.paragraph, id: e.id, fingerprint: fingerprint(e.text) } };
  if (e instanceof UserError && e.code === NESTED_CODE) return { kind: "nested" };
  return null;
}

export const wordHost: DocumentHost = {
  kind: "word",
  label: "Word",
  capabilities: wordCapabilities,
  boot: () => waitForOffice(),
  readDocument: () => readDocument(),
  insertSkeletonAtCursor: (...args) => insertSkeletonAtCursor(...args),
  insertRefusal: (e) => wordInsertRefusal(e),
  lastInsertion: () => lastInsertion(),
  undoLastInsertion: (...args) => undoLastInsertion(...args),
  insertAtCursor: (text) => insertAtCursor(text),
  applyFix: (fix, model) => applyFix(fix, model),
  paragraphRef: (model, index) => paragraphRef(model, index),
  selectParagraph: (...args) => selectParagraph(...args),
  clearHighlight: () => clearHighlight(),
  applyOfficialFormat: (opts) => applyOfficialFormat(opts),
  userMessage: (...args) => userMessage(...args),
  partitionKey: () => partitionKey(),
  themeBackground: () => officeThemeBackground(),
  onThemeChanged: (handler) => onOfficeThemeChanged(handler),
  openAddinPage: (page) => void openAddinPage(page),
  onDocumentChange: (onChange, since) => onDocumentChange(onChange, since),
};
