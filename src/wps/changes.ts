/**
 * WPS 文字: learning that the document changed since a check (issue 9 item 11;
 * src/host/changeWatch.ts). The hint is WPS's WindowSelectionChange event where the page has
 * wps.ApiEvent (registered once, never removed), else a timer while the pane's page is visible.
 *
 * The decision never reads the whole text in one call (issue 14: at 200,000 paragraphs that is one
 * long synchronous call per hint). The body is compared in blocks of TEXT_BLOCK paragraphs:
 * `Range(end of the previous block, Item(b).Range.End).Text`, 5 calls a block, one hash each, a
 * pause to the event loop between blocks (src/host/slice.ts), stopping at the first that differs.
 * Before any block, Paragraphs.Count (3 calls) and Content.End (2 calls) tell most edits at once:
 * a different paragraph count, or an end position other than the one of the first comparison.
 *
 * Baseline: ./read.ts computes the same block hashes from its own Content.Text (no extra call),
 * so an edit made while a long read ran still counts. That holds where the read split the text
 * into exactly the document's paragraphs (no table); after a read with tables the read gives no
 * signature and the baseline is read when watching starts (in blocks, with pauses).
 */
import { formatParted, HintLog, parseParted, textSignature, watchForChange } from "../host/changeWatch";
import { Slicer, type SliceOptions } from "../host/slice";
import { session } from "./app";
import type { WpsDocument } from "./om";

/** Paragraphs per block of the change signature (the Word read's page size). */
export const TEXT_BLOCK = 10000;

/** Block signature of the paragraph texts of a whole body (marks excluded), as Range.Text of the block reads them. */
function blockOf(texts: readonly string[], from: number, to: number): string {
  let h = 0x811c9dc5;
  let length = 0;
  for (let i = from; i < to; i++) {
    const t = texts[i];
    for (let k = 0; k < t.length; k++) {
      h ^= t.charCodeAt(k);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 13; // the paragraph mark "\r"
    h = Math.imul(h, 0x01000193);
    length += t.length + 1;
  }
  return `${length}:${(h >>> 0).toString(16)}`;
}

/**
 * The signature of a body whose paragraphs read `texts` (without marks, no table): its paragraph
 * count, then one hash per block of TEXT_BLOCK paragraphs; pauses when the slicer says so.
 */
export async function textsBlockSignature(texts: readonly string[], slice?: SliceOptions, block = TEXT_BLOCK): Promise<string> {
  const slicer = new Slicer(slice);
  const parts = [String(texts.length)];
  for (let a = 0; a < texts.length; a += block) {
    parts.push(blockOf(texts, a, Math.min(texts.length, a + block)));
    if (a + block < texts.length && slicer.due()) await slicer.pause();
  }
  return formatParted({ unit: block, parts });
}

/**
 * Reads the body block by block: block k is Range(end of block k-1, end of its last paragraph)
 * (the first starts at 0), 5 calls a block; `visit` gets each block's text and says whether to go on.
 */
async function readBlocks(
  doc: WpsDocument,
  paras: WpsDocument["Paragraphs"],
  n: number,
  block: number,
  slice: SliceOptions | undefined,
  visit: (text: string, k: number) => boolean,
): Promise<void> {
  const slicer = new Slicer(slice);
  let start = 0;
  for (let k = 0, a = 1; a <= n; k++, a += block) {
    const end = paras.Item(Math.min(n, a + block - 1)).Range.End;
    if (!visit(doc.Range(start, end).Text, k)) return;
    start = end;
    if (a + block <= n && slicer.due()) await slicer.pause();
  }
}

/** The body's signature read from WPS in blocks (3 + 5 calls a block), pausing between blocks. */
export async function readBlockSignature(slice?: SliceOptions, block = TEXT_BLOCK): Promise<string> {
  const { doc } = session();
  const paras = doc.Paragraphs;
  const n = paras.Count;
  const parts = [String(n)];
  await readBlocks(doc, paras, n, block, slice, (text) => {
    parts.push(textSignature(text));
    return true;
  });
  return formatParted({ unit: block, parts });
}

/**
 * Whether the body differs from `baseline` (a block signature): Paragraphs.Count, Content.End
 * (against `end.value`, the end position the first comparison saw; set then), then block by block
 * until one differs. A baseline in any other form is compared with a fresh readBlockSignature().
 */
export async function bodyChanged(baseline: string, end: { value?: number }, slice?: SliceOptions): Promise<boolean> {
  const base = parseParted(baseline);
  if (!base || !base.parts.length) return (await readBlockSignature(slice)) !== baseline;
  const { doc } = session();
  const paras = doc.Paragraphs;
  const n = paras.Count;
  if (String(n) !== base.parts[0]) return true;
  const e = doc.Content.End;
  if (end.value !== undefined && e !== end.value) return true;
  let differs = false;
  await readBlocks(doc, paras, n, base.unit, slice, (text, k) => {
    differs = k + 1 >= base.parts.length || textSignature(text) !== base.parts[k + 1];
    return !differs;
  });
  // No difference: this end position belongs to the baseline's text.
  if (!differs) end.value = e;
  return differs;
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

/**
 * `since`: the check's ReadResult.signature (./read.ts); absent, the baseline is read now (in
 * blocks, pausing between them).
 */
export function onDocumentChange(onChange: () => void, since?: string, debounceMs?: number): () => void {
  const end: { value?: number } = {};
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
      signature: () => readBlockSignature(),
      changed: (baseline) => bodyChanged(baseline, end),
      debounceMs,
    },
    onChange,
    since,
    { compareNow: hints.hintedSince(since) },
  );
}
