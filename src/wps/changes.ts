/**
 * WPS 文字: learning that the document changed since a check (issue 9 item 11;
 * src/host/changeWatch.ts). The hint is WPS's WindowSelectionChange event where the page has
 * wps.ApiEvent (registered once, never removed), else a timer while the pane's page is visible.
 *
 * The decision compares ActiveDocument.Content.Text (3 object-model calls: one host call brings the
 * text) with the check's read: ./read.ts reads the same Content.Text first thing and gives its
 * signature (ReadResult.signature: the text in slices of TEXT_SLICE characters, one hash each), so
 * watching needs no baseline read of its own and an edit made while a long read ran still counts.
 * A comparison checks the length first (most edits change it: no hashing at all), then hashes slice
 * by slice with a pause to the event loop whenever the time budget is spent (src/host/slice.ts),
 * stopping at the first slice that differs. The Content.Text call itself stays one call: cutting it
 * into Range(start, end) pieces would need document positions, which drift from text offsets after
 * a table or a field, and would cost two calls per piece.
 */
import { formatParted, HintLog, parseParted, textSignature, watchForChange } from "../host/changeWatch";
import { Slicer, type SliceOptions } from "../host/slice";
import { session } from "./app";

/** Characters per slice of the text signature. */
export const TEXT_SLICE = 65536;

/** Signature of the main story's text (Content.Text) in slices of TEXT_SLICE; pauses when the slicer says so. */
export async function contentSignature(text: string, slice?: SliceOptions): Promise<string> {
  const slicer = new Slicer(slice);
  const parts: string[] = [];
  for (let from = 0; from < text.length || parts.length === 0; from += TEXT_SLICE) {
    parts.push(textSignature(text, from, Math.min(text.length, from + TEXT_SLICE)));
    if (from + TEXT_SLICE < text.length && slicer.due()) await slicer.pause();
  }
  return formatParted({ unit: TEXT_SLICE, parts });
}

/** Whether `text` differs from `baseline` (a contentSignature): the length first, then slice by slice. */
export async function textChanged(text: string, baseline: string, slice?: SliceOptions): Promise<boolean> {
  const base = parseParted(baseline);
  if (!base) return (await contentSignature(text, slice)) !== baseline;
  const last = base.parts[base.parts.length - 1] ?? "0:";
  const length = (base.parts.length - 1) * base.unit + Number(last.split(":")[0]);
  if (length !== text.length) return true;
  const slicer = new Slicer(slice);
  for (let k = 0; k < base.parts.length; k++) {
    const from = k * base.unit;
    if (textSignature(text, from, Math.min(text.length, from + base.unit)) !== base.parts[k]) return true;
    if (k + 1 < base.parts.length && slicer.due()) await slicer.pause();
  }
  return false;
}

type Poke = () => void;
type ApiEventGlobal = { wps?: { ApiEvent?: { AddApiEventListener?(name: string, cb: () => void): void } } };

/** Without events: how often the signature is compared while watching. */
export const POLL_MS = 2000;

const listeners = new Set<Poke>();
let mode: "event" | "poll" | null = null;
let poll: ReturnType<typeof setInterval> | null = null;

/** Every hint, listened to or not (a long read asks whether one came while it ran). */
export const hints = new HintLog();

const pokeAll = () => {
  hints.hint();
  for (const l of [...listeners]) l();
};

function ensureHint(): void {
  if (mode === null) {
    mode = "poll";
    try {
      const api = (globalThis as unknown as ApiEventGlobal).wps?.ApiEvent;
      if (api && typeof api.AddApiEventListener === "function") {
        api.AddApiEventListener("WindowSelectionChange", pokeAll);
        mode = "event";
      }
    } catch {
      mode = "poll";
    }
  }
  if (mode === "poll" && poll === null && listeners.size > 0) {
    poll = setInterval(() => {
      const hidden = typeof document !== "undefined" && document.visibilityState === "hidden";
      if (!hidden) pokeAll();
    }, POLL_MS);
  }
}

function stopPollIfIdle(): void {
  if (poll !== null && listeners.size === 0) {
    clearInterval(poll);
    poll = null;
  }
}

/** One read of the main story's text (3 calls). */
const currentText = () => session().doc.Content.Text;

/**
 * `since`: the check's ReadResult.signature (./read.ts); absent, the baseline is read now (3 calls
 * and the hashing).
 */
export function onDocumentChange(onChange: () => void, since?: string, debounceMs?: number): () => void {
  return watchForChange(
    {
      listen(poke) {
        listeners.add(poke);
        ensureHint();
        return () => {
          listeners.delete(poke);
          stopPollIfIdle();
        };
      },
      signature: async () => contentSignature(currentText()),
      changed: async (baseline) => textChanged(currentText(), baseline),
      debounceMs,
    },
    onChange,
    since,
    { compareNow: hints.hintedSince(since) },
  );
}
