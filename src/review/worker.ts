/**
 * The 审核台's worker: reads (src/docx) and checks (src/core) each file, then compares all of them,
 * so the page never freezes. Keeps the prepared documents of both sets between requests; a request
 * re-compares everything (comparison is cheap next to reading and checking).
 */
/// <reference lib="webworker" />
import { compareBatch, reviewFile, type FileResult, type ReviewResult } from "../core/review/batch";
import { DEFAULT_SIMILARITY, type PreparedDoc } from "../core/review/similarity";
import { readMaterial } from "../docx/material";
import type { FileSet, FromWorker, ToWorker } from "./protocol";

interface Entry {
  result: FileResult;
  prepared: PreparedDoc | null;
}

const sets: Record<FileSet, Map<string, Entry>> = { current: new Map(), previous: new Map() };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: FromWorker) => scope.postMessage(m);

function readAndReview(name: string, bytes: Uint8Array): Entry {
  try {
    const doc = readMaterial(name, bytes);
    const { summary, prepared } = reviewFile(name, doc);
    return { result: summary, prepared };
  } catch (e) {
    return { result: { file: name, ok: false, reason: e instanceof Error ? e.message : String(e) }, prepared: null };
  }
}

function result(): ReviewResult {
  const prepared = (s: FileSet) => [...sets[s].values()].flatMap((e) => (e.prepared ? [e.prepared] : []));
  const { pairs, recycled, common } = compareBatch(prepared("current"), prepared("previous"), DEFAULT_SIMILARITY);
  return {
    files: [...sets.current.values()].map((e) => e.result),
    previous: [...sets.previous.values()].map((e) => e.result),
    pairs,
    recycled,
    common,
    options: DEFAULT_SIMILARITY,
  };
}

scope.onmessage = (ev: MessageEvent<ToWorker>) => {
  const msg = ev.data;
  try {
    const texts: Record<string, string[]> = {};
    if (msg.type === "clear") {
      sets.current.clear();
      sets.previous.clear();
    } else if (msg.type === "remove") {
      for (const n of msg.names) sets[msg.set].delete(n);
    } else {
      const total = msg.files.length;
      msg.files.forEach((f, i) => {
        const entry = readAndReview(f.name, new Uint8Array(f.bytes));
        sets[msg.set].set(f.name, entry);
        if (entry.prepared && msg.set === "current") texts[f.name] = entry.prepared.doc.paragraphs.map((p) => p.text);
        post({ type: "progress", id: msg.id, done: i + 1, total, file: f.name });
      });
    }
    post({ type: "result", id: msg.id, result: result(), texts });
  } catch (e) {
    post({ type: "error", id: msg.id, message: e instanceof Error ? e.message : String(e) });
  }
};
