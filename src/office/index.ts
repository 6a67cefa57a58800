/**
 * Word's implementation of the document-host port (src/host/port.ts): every member delegates to
 * the existing src/office function with the same arguments, so behaviour and sync counts are
 * exactly those of the functions themselves.
 */
import type { DocumentHost, HostCapabilities } from "../host/port";
import { waitForOffice } from "./boot";
import { userMessage } from "./errors";
import { applyFix } from "./fixes";
import { applyOfficialFormat } from "./format";
import { officeThemeBackground, onOfficeThemeChanged, partitionKey, supports } from "./host";
import { insertAtCursor } from "./insertText";
import { clearHighlight, paragraphRef, selectParagraph } from "./navigate";
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

export const wordHost: DocumentHost = {
  kind: "word",
  label: "Word",
  capabilities: wordCapabilities,
  boot: () => waitForOffice(),
  readDocument: () => readDocument(),
  insertSkeletonAtCursor: (build, opts) => insertSkeletonAtCursor(build, opts),
  lastInsertion: () => lastInsertion(),
  undoLastInsertion: (opts) => undoLastInsertion(opts),
  insertAtCursor: (text) => insertAtCursor(text),
  applyFix: (fix, model) => applyFix(fix, model),
  paragraphRef: (model, index) => paragraphRef(model, index),
  selectParagraph: (ref, opts) => selectParagraph(ref, opts),
  clearHighlight: () => clearHighlight(),
  applyOfficialFormat: (opts) => applyOfficialFormat(opts),
  userMessage: (e, action, write) => userMessage(e, action, write),
  partitionKey: () => partitionKey(),
  themeBackground: () => officeThemeBackground(),
  onThemeChanged: (handler) => onOfficeThemeChanged(handler),
};
