/**
 * Word: learning that the document changed since a check (issue 9 item 11; src/host/changeWatch.ts).
 *
 * Hints, registered once per pane and never removed (no round trip per check):
 * - WordApi 1.6+: context.document.onParagraphChanged / Added / Deleted (one sync, once). They fire
 *   on edits only, so navigating (定位, clicking around) costs nothing.
 * - Older Word (2016, 2019), or where registering them fails: Office.EventType.DocumentSelectionChanged
 *   from the common API (typing and pasting move the selection). A change of selection while the
 *   pane itself has the focus is the pane's own doing (定位 selects a paragraph) and is ignored.
 * A hint leads, after a quiet moment, to one read of the paragraph texts (one Word.run, one sync)
 * whose signature is compared with the check's read (ReadResult.signature from ./read.ts).
 */
import { textsSignature, watchForChange } from "../host/changeWatch";
import { supports } from "./host";

type Poke = () => void;

const listeners = new Set<Poke>();
/** The Office object the hints were registered with (once per pane; again if it is replaced). */
let registeredWith: unknown = null;

const pokeAll = () => {
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

/** Signature of the paragraph texts, as ./read.ts computes it: one Word.run, one sync. */
async function bodySignature(): Promise<string> {
  const w = word();
  if (!w || typeof w.run !== "function") throw new Error("Word 不可用");
  return w.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    return textsSignature(paragraphs.items.map((p) => p.text));
  });
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
      debounceMs,
    },
    onChange,
    since,
  );
}
