/** Messages between the 审核台 page and its worker (structured-clone data only). */
import type { ReviewResult } from "../core/review/batch";

export type FileSet = "current" | "previous";

export type ToWorker =
  | { type: "add"; id: number; set: FileSet; files: { name: string; bytes: ArrayBuffer }[] }
  | { type: "remove"; id: number; set: FileSet; names: string[] }
  | { type: "clear"; id: number };

export type FromWorker =
  | { type: "progress"; id: number; done: number; total: number; file: string }
  | { type: "result"; id: number; result: ReviewResult; texts: Record<string, string[]> }
  | { type: "error"; id: number; message: string };
