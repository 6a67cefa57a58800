/**
 * Opening a long .docx in the playground without freezing the page (issue 14 §2): the file is read
 * in a worker (docx.worker.ts) when it is large, and the simulated paragraphs are created in
 * time-boxed slices with a yield to the browser between slices; the document is swapped in at the
 * end in one step, so the add-in never sees a half-built document.
 */
import type { Paragraph } from "../core/types";
import { readDocx } from "../docx";
import { simConverter } from "./convert";
import type { SimDocument, SimParagraph } from "./host/model";
import type { DocxWorkerResponse } from "./docx.worker";

/** Files up to this size (bytes) are read on the UI thread: a worker's start-up is not worth it. */
export const OFF_THREAD_ABOVE = 200_000;
/** Wall-clock budget of one slice of paragraph creation (ms): far below the 1 s freeze limit. */
const SLICE_MS = 30;

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: { data: DocxWorkerResponse }) => void) | null;
  onerror: ((e: unknown) => void) | null;
}

async function spawn(): Promise<WorkerLike | null> {
  if (typeof Worker === "undefined") return null;
  try {
    const { spawnDocxWorker } = await import(/* webpackMode: "eager" */ "./spawnDocxWorker");
    return spawnDocxWorker() as unknown as WorkerLike;
  } catch {
    return null;
  }
}

/** The worker's answer; null when it could not run (then the caller reads on this thread). */
function readInWorker(w: WorkerLike, bytes: Uint8Array): Promise<Paragraph[] | null> {
  return new Promise((resolve, reject) => {
    const out: Paragraph[] = [];
    w.onmessage = ({ data }) => {
      if (data.type === "paragraphs") for (const p of data.items) out.push(p);
      else if (data.type === "done") resolve(out);
      else reject(new Error(data.message));
    };
    w.onerror = () => resolve(null);
    // A copy is handed over (transferred), so the caller's buffer stays usable.
    const copy = bytes.slice();
    w.postMessage({ bytes: copy }, [copy.buffer]);
  });
}

/** The paragraphs of a .docx: in a worker for a large file, else (or without workers) here. */
export async function readDocxParagraphs(bytes: Uint8Array): Promise<Paragraph[]> {
  if (bytes.length > OFF_THREAD_ABOVE) {
    const w = await spawn();
    if (w) {
      try {
        const ps = await readInWorker(w, bytes);
        if (ps) return ps;
      } finally {
        w.terminate();
      }
    }
  }
  return readDocx(bytes).paragraphs;
}

/**
 * Creates the simulated paragraphs in slices of about `sliceMs` (at least 256 paragraphs, checked
 * every 256), yielding to the browser in between. Returns null when `current()` turned false meanwhile
 * (another document was opened): nothing of this one is applied.
 */
export async function buildParagraphs(
  doc: SimDocument,
  paragraphs: Paragraph[],
  current: () => boolean,
  onProgress: (done: number, total: number) => void,
  sliceMs = SLICE_MS,
): Promise<SimParagraph[] | null> {
  const convert = simConverter();
  const out: SimParagraph[] = [];
  const n = paragraphs.length;
  let i = 0;
  while (i < n) {
    const t0 = performance.now();
    do {
      const end = Math.min(n, i + 256);
      for (; i < end; i++) out.push(doc.createParagraph(convert(paragraphs[i])));
    } while (i < n && performance.now() - t0 < sliceMs);
    if (i < n) {
      onProgress(i, n);
      await yieldToBrowser();
      if (!current()) return null;
    }
  }
  return out;
}
