/**
 * Word: learning that the document changed since a check (issue 9 item 11; src/host/changeWatch.ts).
 *
 * Hints, registered once per pane and never removed (no round trip per check):
 * - WordApi 1.6+: context.document.onParagraphChanged / Added / Deleted (one sync, once). They fire
 *   on edits only, so navigating (定位, clicking around) costs nothing.
 * - Older Word (2016, 2019), or where registering them fails: Office.EventType.DocumentSelectionChanged
 *   from the common API (typing and pasting move the selection). A change of selection while the
 *   pane itself has the focus is the pane's own doing (定位 selects a paragraph) and is ignored.
 * A hint leads, after a quiet moment, to a read of the paragraph texts compared with the check's
 * read (ReadResult.signature from ./read.ts): in pages of READ_PAGE paragraphs like the read (one
 * sync each, a yield to the event loop between pages), page by page against the read's per-page
 * signatures, stopping at the first page that differs. A typical edit costs the pages up to the
 * edit; a hint without a change costs every page (one sync for a document of up to READ_PAGE).
 */
import { formatParted, HintLog, parseParted, textsSignature, watchForChange } from "../host/changeWatch";
import { yieldToEventLoop } from "../host/slice";
import { supports } from "./host";

/**
 * Paragraphs per read sync (./read.ts and the comparison here). A document up to this long costs
 * one sync, as it always did; a longer one costs ceil(n / READ_PAGE) syncs (one more when n is an
 * exact multiple: Word has no cheap paragraph count, so the read goes on while a full page comes
 * back), with a yield to the event loop between pages so that the pane keeps painting. Declared
 * here, not in ./read.ts, because this module is in the pane's first chunk and read.ts is not.
 */
export const READ_PAGE = 10000;

/** The read's signature of a body read in pages of `page` paragraphs (`pages`: each page's texts). */
export function pagedSignature(page: number, pages: readonly (readonly string[])[]): string {
  return formatParted({ unit: page, parts: pages.map((texts) => textsSignature(texts)) });
}

type Poke = () => void;

const listeners = new Set<Poke>();
/** The Office object the hints were registered with (once per pane; again if it is replaced). */
let registeredWith: unknown = null;

/** Every hint, listened to or not (a long read asks whether one came while it ran). */
export const hints = new HintLog();

const pokeAll = () => {
  hints.hint();
  for (const l of [...listeners]) l();
};

function office(): typeof Office | undefined {
  return (globalThis as unknown as { Office?: typeof Office }).Office;
}
function word(): typeof Word | undefined {
  return (globalThis as unknown as { Word?: typeof Word }).Word;
}

type ParagraphEvents = Record<"onParagraphChanged" | "onParagraphAdded" | "onParagraphDeleted", { add(h: () => Promise<void>): unknown } | undefined>;

/** Whether the pane's own page has the focus (the user is working in the pane, not the document). */
function paneHasFocus(): boolean {
  try {
    return (globalThis as unknown as { document?: { hasFocus?(): boolean } }).document?.hasFocus?.() === true;
  } catch {
    return false;
  }
}

function listenToSelection(o: typeof Office): void {
  try {
    o.context?.document?.addHandlerAsync?.(o.EventType.DocumentSelectionChanged, () => {
      if (!paneHasFocus()) pokeAll();
    });
  } catch {
    // No selection events on this host: no hints (定位 still checks the paragraph's text).
  }
}

/** Queues handlers for the WordApi 1.6 paragraph events present on this host; returns how many. */
function addParagraphEvents(context: Word.RequestContext): number {
  const doc = context.document as unknown as ParagraphEvents;
  let added = 0;
  for (const e of [doc.onParagraphChanged, doc.onParagraphAdded, doc.onParagraphDeleted]) {
    if (e && typeof e.add === "function") {
      e.add(async () => pokeAll());
      added++;
    }
  }
  return added;
}

function register(): void {
  const o = office();
  if (!o || registeredWith === o) return;
  registeredWith = o;
  const w = word();
  if (!w || typeof w.run !== "function" || !supports("WordApi", "1.6")) {
    listenToSelection(o);
    return;
  }
  w.run(async (context) => {
    if (addParagraphEvents(context) === 0) return false;
    await context.sync();
    return true;
  }).then(
    (ok) => {
      if (!ok) listenToSelection(o);
    },
    () => listenToSelection(o),
  );
}

/**
 * Queues the WordApi 1.6 paragraph-event registration into a batch the caller is about to sync
 * (./read.ts's first page), so that registering costs no sync of its own. Call the returned
 * function with whether that sync succeeded; after a failed one, register() tries again itself.
 */
export function queueEventRegistration(context: Word.RequestContext): (ok: boolean) => void {
  const o = office();
  if (!o || registeredWith === o || !supports("WordApi", "1.6")) return () => undefined;
  if (addParagraphEvents(context) === 0) return () => undefined;
  registeredWith = o;
  return (ok) => {
    if (!ok && registeredWith === o) registeredWith = null;
  };
}

/**
 * Reads the body's paragraph texts page by page (`page` paragraphs, one sync each, a yield between
 * pages), handing each page's texts to `visit`; stops when `visit` returns false or the body ends.
 */
async function readPages(page: number, visit: (texts: string[], index: number) => boolean): Promise<void> {
  const w = word();
  if (!w || typeof w.run !== "function") throw new Error("Word 不可用");
  await w.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    // One sync per page is the point of paging (a bounded answer per round trip).
    /* eslint-disable office-addins/no-context-sync-in-loop */
    for (let k = 0; ; k++) {
      if (k > 0) await yieldToEventLoop();
      paragraphs.load({ select: "text", top: page, skip: k * page });
      await context.sync();
      const texts = paragraphs.items.map((p) => p.text);
      if (!visit(texts, k) || texts.length < page) return;
    }
    /* eslint-enable office-addins/no-context-sync-in-loop */
  });
}

/** The whole body's signature, as ./read.ts computes it (a baseline when the caller has none). */
async function bodySignature(): Promise<string> {
  const pages: string[][] = [];
  await readPages(READ_PAGE, (texts) => {
    pages.push(texts);
    return true;
  });
  return pagedSignature(READ_PAGE, pages);
}

/** Whether the body differs from `baseline`: pages are read until the first one that differs. */
async function bodyChanged(baseline: string): Promise<boolean> {
  const base = parseParted(baseline);
  if (!base) return (await bodySignature()) !== baseline;
  let differs = false;
  let pages = 0;
  await readPages(base.unit, (texts, k) => {
    pages = k + 1;
    differs = k >= base.parts.length || textsSignature(texts) !== base.parts[k];
    return !differs;
  });
  // The body ended before the baseline did (whole pages were deleted).
  return differs || pages < base.parts.length;
}

export function onDocumentChange(onChange: () => void, since?: string, debounceMs?: number): () => void {
  register();
  return watchForChange(
    {
      listen(poke) {
        listeners.add(poke);
        return () => listeners.delete(poke);
      },
      signature: bodySignature,
      changed: bodyChanged,
      debounceMs,
    },
    onChange,
    since,
    { compareNow: hints.hintedSince(since) },
  );
}
