/**
 * Word's implementation of the document-host port (src/host/port.ts): every member delegates to
 * the existing src/office function with the same arguments, so behaviour and sync counts are
 * exactly those of the functions themselves (optional arguments are passed on only when given).
 *
 * Loading: boot, errors, requirement sets, navigation and the dialog are part of the pane's first
 * chunk; reading (word-read) and editing (word-edit: skeleton insertion, quick fixes, 公文格式,
 * insert at cursor) are separate chunks, imported on first use. The pane reads the document right
 * after its first paint, and the editing chunk is fetched in the background after that first read,
 * so a click on 插入 or 套用公文格式 normally finds it loaded.
 */
import type { DocumentHost, HostCapabilities, InsertRefusal } from "../host/port";
import { waitForOffice } from "./boot";
import { openAddinPage } from "./dialog";
import { DuplicateError, NESTED_CODE, UserError, userMessage } from "./errors";
import { onDocumentChange } from "./changes";
import { officeThemeBackground, onOfficeThemeChanged, partitionKey, supports } from "./host";
import { clearHighlight, fingerprint, paragraphRef, selectParagraph } from "./navigate";

type SkeletonModule = typeof import("./skeleton");

/** The insertion module once loaded: it holds the last insertion (nothing was inserted before it loaded). */
let skeletonModule: SkeletonModule | null = null;

const loadRead = () => import(/* webpackChunkName: "word-read" */ "./read");
const loadSkeleton = (): Promise<SkeletonModule> =>
  import(/* webpackChunkName: "word-edit" */ "./skeleton").then((m) => (skeletonModule = m));
// fixes.ts and format.ts use the insertion module too: load it alongside, so lastInsertion() sees it.
const loadFixes = () => Promise.all([import(/* webpackChunkName: "word-edit" */ "./fixes"), loadSkeleton()]).then(([m]) => m);
const loadFormat = () => Promise.all([import(/* webpackChunkName: "word-edit" */ "./format"), loadSkeleton()]).then(([m]) => m);
const loadInsertText = () => import(/* webpackChunkName: "word-edit" */ "./insertText");

/** Fetches the editing chunk in the background (a failure is retried on first use). */
function warmEdit(): void {
  Promise.all([loadFixes(), loadFormat(), loadInsertText()]).catch(() => undefined);
}

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
  readDocument: async (options) => {
    const read = await loadRead();
    try {
      return await read.readDocument(options?.onProgress ? { onProgress: options.onProgress } : undefined);
    } finally {
      warmEdit();
    }
  },
  insertSkeletonAtCursor: async (...args) => (await loadSkeleton()).insertSkeletonAtCursor(...args),
  insertRefusal: (e) => wordInsertRefusal(e),
  lastInsertion: () => (skeletonModule ? skeletonModule.lastInsertion() : null),
  undoLastInsertion: async (...args) => (await loadSkeleton()).undoLastInsertion(...args),
  insertAtCursor: async (text) => (await loadInsertText()).insertAtCursor(text),
  applyFix: async (fix, model) => (await loadFixes()).applyFix(fix, model),
  paragraphRef: (model, index) => paragraphRef(model, index),
  selectParagraph: (...args) => selectParagraph(...args),
  clearHighlight: () => clearHighlight(),
  applyOfficialFormat: async (opts) => (await loadFormat()).applyOfficialFormat(opts),
  userMessage: (...args) => userMessage(...args),
  partitionKey: () => partitionKey(),
  themeBackground: () => officeThemeBackground(),
  onThemeChanged: (handler) => onOfficeThemeChanged(handler),
  openAddinPage: (page) => void openAddinPage(page),
  onDocumentChange: (onChange, since) => onDocumentChange(onChange, since),
};
