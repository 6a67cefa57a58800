/** Entry of review.html (the 审核台). */
import { createRoot } from "react-dom/client";
import { ReviewClient, readerCount, type InputFile } from "./client";
import { App } from "./App";
import type { FileSet, LoadStats } from "./protocol";
import { loadWorkerSources, MSG_PAGE_THREAD, startThreads, type ThreadMode } from "./threads";

export interface DuizhaoReviewApi {
  loadFiles(files: InputFile[], set?: FileSet): Promise<void>;
  rows(): { file: string; preset: string; errors: number; warnings: number }[];
  pairs(): { a: string; b: string; ratio: number; longest: number }[];
  recycled(): { file: string; paragraph: number; previousFile: string }[];
  /** Timings of the last load (bench/review-browser.mjs). */
  stats(): LoadStats | null;
  /** Where the readers and the store run: workers, workers from Blob URLs, or the page's thread. */
  threads(): ThreadMode;
}

declare global {
  interface Window {
    duizhaoReview?: DuizhaoReviewApi;
  }
}

const threads = startThreads({
  store: () => new Worker(new URL("./store.worker.ts", import.meta.url), { name: "duizhao-review-store" }),
  reader: () => new Worker(new URL("./reader.worker.ts", import.meta.url), { name: "duizhao-review-reader" }),
  sources: () => loadWorkerSources(),
});

void threads.then(({ mode, store, makeReader }) => {
  // On the page's thread one reader: more would only interleave the same work.
  const client = new ReviewClient(store, makeReader, mode === "page" ? 1 : readerCount(navigator.hardwareConcurrency));
  window.duizhaoReview = {
    loadFiles: (files, set = "current") => client.loadFiles(files, set),
    // Unreadable files are rows too, with preset "" and zero counts (the page shows their reason).
    rows: () =>
      (client.getState().view?.files ?? []).map((f) =>
        f.ok ? { file: f.file, preset: f.presetId, errors: f.counts.error, warnings: f.counts.warning } : { file: f.file, preset: "", errors: 0, warnings: 0 },
      ),
    // Flagged pairs only (over the threshold), most similar first.
    pairs: () => (client.getState().view?.pairs ?? []).filter((p) => p.flagged).map((p) => ({ a: p.a, b: p.b, ratio: p.ratio, longest: p.longest })),
    recycled: () => (client.getState().view?.recycled ?? []).map((r) => ({ file: r.file, paragraph: r.paragraph, previousFile: r.previousFile })),
    stats: () => client.getState().stats,
    threads: () => mode,
  };
  createRoot(document.getElementById("root")!).render(<App client={client} notice={mode === "page" ? MSG_PAGE_THREAD : undefined} />);
});
