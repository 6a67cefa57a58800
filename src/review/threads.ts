/**
 * Where the 审核台's readers and store run. In order:
 *  1. workers from their script files (the normal case, over http(s));
 *  2. workers from Blob URLs of the same code: a page opened from file:// (the WPS 加载项 is
 *     installed locally) has an opaque origin, Chromium refuses `new Worker("file:…")` and cannot
 *     fetch() a file:// script, but it starts a worker from a Blob URL. The code comes from
 *     review-workers.js, written at build time beside review.html (scripts/review-workers.cjs) and
 *     loaded with a <script> tag, which file:// allows;
 *  3. the page's own thread: the same code (bodies.ts), one message per task, so the page stays
 *     responsive between files; slower, and the page says so (MSG_PAGE_THREAD).
 * A worker counts as started when it answers a "ping"; an error before that tries the next way.
 */
import type { Probe } from "./protocol";

export type ThreadMode = "worker" | "blob" | "page";

/** What ReviewClient needs of a worker (a Worker, or a PageThread). */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((ev: MessageEvent) => void) | null;
  onerror: ((ev: ErrorEvent) => void) | null;
  terminate(): void;
}

export const MSG_PAGE_THREAD = "当前环境不能使用后台线程，审核会慢一些。";

/** Worker sources for Blob URLs (review-workers.js sets it). */
export interface WorkerSources {
  store: string;
  reader: string;
}

export interface ThreadFactories {
  /** Workers from their script files (new Worker(new URL(…, import.meta.url)) in the entry). */
  store: () => WorkerLike;
  reader: () => WorkerLike;
  /** The workers' code as text, or null where it is not available. */
  sources: () => Promise<WorkerSources | null>;
  /** Blob URL of a script (URL.createObjectURL), and a worker from a URL. */
  blobUrl?: (code: string) => string;
  workerFrom?: (url: string, name: string) => WorkerLike;
}

export interface Threads {
  mode: ThreadMode;
  store: WorkerLike;
  makeReader: () => WorkerLike;
}

/** Runs a worker's body on the page's thread: every message is handled in a task of its own. */
export class PageThread implements WorkerLike {
  onmessage: ((ev: MessageEvent) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  private readonly handle: (m: never) => void;
  private closed = false;

  constructor(body: (post: (m: unknown) => void) => (m: never) => void) {
    this.handle = body((m) => later(() => !this.closed && this.onmessage?.({ data: m } as MessageEvent)));
  }

  postMessage(message: unknown): void {
    later(() => {
      if (this.closed) return;
      try {
        this.handle(message as never);
      } catch (e) {
        this.onerror?.({ message: e instanceof Error ? e.message : String(e) } as ErrorEvent);
      }
    });
  }

  terminate(): void {
    this.closed = true;
  }
}

const later = (fn: () => void) => setTimeout(fn, 0);

/** True when the worker answers the ping; false when it reports an error first. */
export function probe(w: WorkerLike): Promise<boolean> {
  return new Promise((resolve) => {
    w.onmessage = (ev) => {
      if ((ev.data as Probe | undefined)?.type === "pong") resolve(true);
    };
    w.onerror = (ev) => {
      ev.preventDefault?.();
      resolve(false);
    };
    w.postMessage({ type: "ping" } satisfies Probe);
  });
}

async function tryStart(make: () => WorkerLike): Promise<WorkerLike | null> {
  let w: WorkerLike;
  try {
    w = make();
  } catch {
    return null;
  }
  if (await probe(w)) return w;
  w.terminate();
  return null;
}

export async function startThreads(f: ThreadFactories): Promise<Threads> {
  const store = await tryStart(f.store);
  if (store) return { mode: "worker", store, makeReader: f.reader };
  const blobUrl = f.blobUrl ?? ((code: string) => URL.createObjectURL(new Blob([code], { type: "text/javascript" })));
  const workerFrom = f.workerFrom ?? ((url: string, name: string) => new Worker(url, { name }) as unknown as WorkerLike);
  try {
    const src = await f.sources();
    if (src) {
      const storeUrl = blobUrl(src.store);
      const readerUrl = blobUrl(src.reader);
      const blobStore = await tryStart(() => workerFrom(storeUrl, "duizhao-review-store"));
      if (blobStore) return { mode: "blob", store: blobStore, makeReader: () => workerFrom(readerUrl, "duizhao-review-reader") };
    }
  } catch {
    // No sources, or no Blob URLs: the page's thread.
  }
  // Loaded only here (its own chunk: a <script>, which file:// allows): the workers carry it otherwise.
  const { readerBody, storeBody } = await import("./bodies");
  return {
    mode: "page",
    store: new PageThread(storeBody as (post: (m: unknown) => void) => (m: never) => void),
    makeReader: () => new PageThread(readerBody as (post: (m: unknown) => void) => (m: never) => void),
  };
}

/** Loads review-workers.js (beside the page) with a <script> tag; its sources, or null. */
export function loadWorkerSources(src = "review-workers.js"): Promise<WorkerSources | null> {
  const g = globalThis as { duizhaoReviewWorkerSources?: WorkerSources };
  if (g.duizhaoReviewWorkerSources) return Promise.resolve(g.duizhaoReviewWorkerSources);
  return new Promise((resolve) => {
    const s = document.createElement("script");
    s.src = src;
    s.onload = () => resolve(g.duizhaoReviewWorkerSources ?? null);
    s.onerror = () => resolve(null);
    document.head.appendChild(s);
  });
}
