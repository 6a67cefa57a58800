/**
 * The checker off the UI thread: a dedicated worker (a same-origin chunk, so the pane's CSP
 * `script-src 'self'` covers it) running the same core `checkDocument` as the CLI.
 *
 * Protocol (see checkRunner.ts): "begin" {id, chosen}, then "paragraphs" {id, items} in
 * batches, then "run" {id}; answers "result" {id, result} or "error" {id, message}.
 */
import { checkDocument } from "../../core/checker";
import type { PresetChoice } from "../../core/checker";
import type { Paragraph } from "../../core/types";
import type { WorkerRequest, WorkerResponse } from "./checkRunner";

interface Job {
  chosen: PresetChoice;
  paragraphs: Paragraph[];
}

const scope = self as unknown as {
  onmessage: ((e: { data: WorkerRequest }) => void) | null;
  postMessage(message: WorkerResponse): void;
};
const jobs = new Map<number, Job>();

scope.onmessage = ({ data }) => {
  if (data.type === "begin") {
    jobs.set(data.id, { chosen: data.chosen, paragraphs: [] });
    return;
  }
  const job = jobs.get(data.id);
  if (!job) return;
  if (data.type === "paragraphs") {
    for (const p of data.items) job.paragraphs.push(p);
    return;
  }
  jobs.delete(data.id);
  try {
    const report = checkDocument({ paragraphs: job.paragraphs }, { chosen: job.chosen });
    scope.postMessage({ type: "result", id: data.id, result: report });
  } catch (e) {
    scope.postMessage({ type: "error", id: data.id, message: e instanceof Error ? e.message : String(e) });
  }
};
