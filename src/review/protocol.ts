/**
 * Messages of the 审核台 (structured-clone data only).
 *
 * Threads: the page; several reader workers (reader.worker.ts: read + check + fingerprint one file
 * at a time, in parallel); one store worker (store.worker.ts: keeps every file's full result and
 * prepared text, compares, answers detail and export requests). Each reader has a MessageChannel
 * to the store and sends it each file's result with the fingerprint buffers transferred, not
 * copied; the page receives only what its table, lists and charts show (ReviewView).
 */
import type { FailedFile, FileResult, FileSummary } from "../core/review/batch";
import type { Cell } from "../core/review/export";
import type { PairResult, PreparedDoc, RecycledHit, SharedPassage, SimilarityOptions } from "../core/review/similarity";

export type FileSet = "current" | "previous";

/** A file's name without folders and extension (for download names). */
export const baseName = (file: string): string => (file.split(/[/\\]/).pop() ?? file).replace(/\.[^.]+$/, "");

/** A file's summary as the table shows it: without the findings (fetched with "detail"). */
export type FileRow = Omit<FileSummary, "findings"> | FailedFile;

/** A pair without its passages (fetched with "passages"). */
export type PairRow = Omit<PairResult, "passages"> & { passageCount: number };

/** What the page holds of a review. */
export interface ReviewView {
  files: FileRow[];
  previous: FileRow[];
  /** Every pair sharing a passage; flagged pairs first (see comparePairs). */
  pairs: PairRow[];
  recycled: RecycledHit[];
  common: Record<string, number>;
  options: SimilarityOptions;
  /** Inline SVG bar charts (built in the store from every finding). */
  charts: { byRule: string; byFile: string };
}

/** Timings of one load (ms; `…At` are epoch ms: performance.timeOrigin + performance.now()). */
export interface LoadStats {
  files: number;
  readers: number;
  /** Sum over files of the time spent reading (docx/text → model) and checking (+ fingerprints). */
  readMs: number;
  checkMs: number;
  /** The store got the request / the last file / finished comparing / posted the view. */
  beginAt: number;
  storedAt: number;
  compareMs: number;
  postedAt: number;
  /** Set by the page: request sent, view received (after deserializing). */
  sentAt?: number;
  receivedAt?: number;
}

/** Page ↔ worker at start: "ping" is answered "pong" (the page checks that a worker really runs). */
export type Probe = { type: "ping" } | { type: "pong" };

// Page → reader.
export type ToReader = { type: "connect"; port: MessagePort } | { type: "read"; id: number; set: FileSet; name: string; bytes: ArrayBuffer };
// Reader → page: the file is done (the page sends the next one).
export type FromReader = { type: "read"; id: number; name: string };
// Reader → store (through the channel).
export interface ReaderToStore {
  type: "file";
  id: number;
  set: FileSet;
  result: FileResult;
  prepared: PreparedDoc | null;
  readMs: number;
  checkMs: number;
}

export type ExportKind = "csv" | "html" | "opinions" | "opinion" | "xlsx";

// Page → store.
export type ToStore =
  | { type: "connect"; port: MessagePort }
  | { type: "begin"; id: number; set: FileSet; names: string[]; readers: number }
  | { type: "remove"; id: number; set: FileSet; names: string[] }
  | { type: "clear"; id: number }
  | { type: "detail"; id: number; file: string }
  | { type: "passages"; id: number; a: string; b: string }
  | { type: "export"; id: number; kind: ExportKind; file?: string; generatedAt?: string };

export interface Detail {
  file: FileSummary;
  paragraphs: string[];
}

// Store → page.
export type FromStore =
  | { type: "progress"; id: number; done: number; total: number; file: string }
  | { type: "result"; id: number; view: ReviewView; stats: LoadStats }
  | { type: "detail"; id: number; detail: Detail | null }
  | { type: "passages"; id: number; passages: SharedPassage[] }
  | { type: "export"; id: number; text?: string; bytes?: Uint8Array; sheets?: { sheet: string; rows: Cell[][] }[] }
  | { type: "error"; id: number; message: string };
