/**
 * One file of the 审核台, as a reader worker handles it: read (src/docx), check and summarize
 * (src/core/review), fingerprint for the comparison. Never throws: a file that cannot be read or
 * checked becomes a FailedFile with a Chinese reason.
 */
import { reviewFile, type FileResult } from "../core/review/batch";
import type { PreparedDoc } from "../core/review/similarity";
import { readMaterial } from "../docx/material";

export interface ReadOutcome {
  result: FileResult;
  prepared: PreparedDoc | null;
  readMs: number;
  checkMs: number;
}

export function readOne(name: string, bytes: Uint8Array, now: () => number = () => performance.now()): ReadOutcome {
  const t0 = now();
  let t1 = t0;
  try {
    const doc = readMaterial(name, bytes);
    t1 = now();
    const { summary, prepared } = reviewFile(name, doc);
    return { result: summary, prepared, readMs: t1 - t0, checkMs: now() - t1 };
  } catch (e) {
    const t2 = now();
    return { result: { file: name, ok: false, reason: e instanceof Error ? e.message : String(e) }, prepared: null, readMs: t1 - t0, checkMs: t2 - t1 };
  }
}
