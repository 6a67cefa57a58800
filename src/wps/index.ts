/**
 * WPS 文字's implementation of the document-host port (src/host/port.ts). The only code that
 * calls the WPS JS API is under src/wps; the pane receives `wpsHost` and never imports this.
 */
import type { BootResult, DocumentHost, HostCapabilities, InsertRefusal } from "../host/port";
import { fingerprint } from "../host/fingerprint";
import { MSG_NO_WPS, userMessage, wpsApplication } from "./app";
import { applyFix, DuplicateError, insertAtCursor, insertSkeletonAtCursor, lastInsertion, undoLastInsertion } from "./edit";
import { onDocumentChange } from "./changes";
import { applyOfficialFormat } from "./format";
import { clearHighlight, paragraphRef, selectParagraph } from "./navigate";
import type { WpsGlobal } from "./om";
import { readDocument } from "./read";

/** Prefix of the pane's localStorage keys inside WPS (separate from Word's on a shared profile). */
export const WPS_STORAGE_PREFIX = "wps:";

export const WPS_CAPABILITIES: HostCapabilities = {
  highlight: false,
  contentControls: false,
  excludeTrackedDeletions: false,
  paragraphIds: false,
  eastAsianFont: true,
  pageMargins: true,
};

/** Ready when the page runs inside WPS (the `wps` global) and the application object is reachable. */
export async function waitForWps(scope: object = globalThis): Promise<BootResult> {
  return wpsApplication(scope as Parameters<typeof wpsApplication>[0]) ? { kind: "ready" } : { kind: "error", message: MSG_NO_WPS };
}

/** Detection without touching the object model: WPS answers Application.Name like Word. */
export function isWps(scope: object = globalThis): boolean {
  return !!(scope as { wps?: unknown }).wps;
}

/** Only duplicates are refused in WPS (placeholders are plain 【…】 text, so the cursor is never inside one). */
function wpsInsertRefusal(e: unknown): InsertRefusal | null {
  return e instanceof DuplicateError ? { kind: "duplicate", ref: { index: e.paragraph, fingerprint: fingerprint(e.text) } } : null;
}

/** Title of the WPS dialog that shows the 审核台. */
export const REVIEW_DIALOG_TITLE = "对照检查助手 · 批量审核";

/**
 * Opens a page of the add-in (the 审核台, review.html) beside the document: a non-modal WPS web
 * dialog (wps.ShowDialog, sized to most of the screen; WPS takes device pixels) where the API has
 * it, else — or when the call throws — a new window.
 */
export function openWpsAddinPage(page: string, base: string = globalThis.location?.href ?? "", scope: object = globalThis): "dialog" | "window" | "blocked" {
  let url = page;
  try {
    url = new URL(page, base).href;
  } catch {
    // No base (outside a page): the relative name as given.
  }
  const g = scope as { wps?: WpsGlobal; open?: (url: string, target: string, features: string) => unknown; screen?: { availWidth?: number; availHeight?: number }; devicePixelRatio?: number };
  const show = g.wps?.ShowDialog;
  if (typeof show === "function") {
    const ratio = g.devicePixelRatio || 1;
    const width = Math.round((g.screen?.availWidth || 1280) * 0.85 * ratio);
    const height = Math.round((g.screen?.availHeight || 800) * 0.85 * ratio);
    try {
      show.call(g.wps, url, REVIEW_DIALOG_TITLE, width, height, false);
      return "dialog";
    } catch {
      // Fall through to a window.
    }
  }
  // With "noopener" window.open returns null even when the window opened.
  if (typeof g.open !== "function") return "blocked";
  g.open(url, "_blank", "noopener");
  return "window";
}

export const wpsHost: DocumentHost = {
  kind: "wps",
  label: "WPS 文字",
  capabilities: () => ({ ...WPS_CAPABILITIES }),
  boot: () => waitForWps(),
  readDocument,
  insertSkeletonAtCursor,
  insertRefusal: wpsInsertRefusal,
  lastInsertion,
  undoLastInsertion,
  insertAtCursor,
  applyFix,
  paragraphRef,
  selectParagraph,
  clearHighlight,
  applyOfficialFormat,
  userMessage,
  partitionKey: () => WPS_STORAGE_PREFIX,
  themeBackground: () => undefined,
  onThemeChanged: () => undefined,
  openAddinPage: (page) => {
    openWpsAddinPage(page);
  },
  onDocumentChange: (onChange, since) => onDocumentChange(onChange, since),
};
