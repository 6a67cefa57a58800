/**
 * Word: learning that the document changed since a check (issue 9 item 11; src/host/changeWatch.ts).
 *
 * Hints, registered once per pane and never removed (no round trip per check):
 * - Office.EventType.DocumentSelectionChanged (the common API: every Word that runs add-ins).
 *   Typing, pasting and most edits move the selection.
 * - Where WordApi 1.6 is supported and present, also context.document.onParagraphChanged / Added /
 *   Deleted (one sync, once): edits that leave the caret where it was (Delete), co-authors' edits.
 * A hint leads, after a quiet moment, to one read of the body text (one Word.run, one sync) whose
 * fingerprint is compared with the one read when watching started.
 */
import { watchForChange } from "../host/changeWatch";
import { fingerprint } from "../host/fingerprint";
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

function register(): void {
  const o = office();
  if (!o || registeredWith === o) return;
  registeredWith = o;
  try {
    o.context?.document?.addHandlerAsync?.(o.EventType.DocumentSelectionChanged, pokeAll);
  } catch {
    // No selection events on this host: the paragraph events (if any) remain.
  }
  const w = word();
  if (!w || typeof w.run !== "function" || !supports("WordApi", "1.6")) return;
  void w
    .run(async (context) => {
      const doc = context.document as unknown as ParagraphEvents;
      let added = 0;
      for (const e of [doc.onParagraphChanged, doc.onParagraphAdded, doc.onParagraphDeleted]) {
        if (e && typeof e.add === "function") {
          e.add(async () => pokeAll());
          added++;
        }
      }
      if (added === 0) return;
      await context.sync();
    })
    .catch(() => undefined);
}

/** Fingerprint of the body text: one Word.run, one sync. */
async function bodySignature(): Promise<string> {
  const w = word();
  if (!w || typeof w.run !== "function") throw new Error("Word 不可用");
  return w.run(async (context) => {
    const body = context.document.body;
    body.load("text");
    await context.sync();
    return fingerprint(body.text);
  });
}

export function onDocumentChange(onChange: () => void, debounceMs?: number): () => void {
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
  );
}
