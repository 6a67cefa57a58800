/**
 * The checker off the UI thread: a dedicated worker (a same-origin chunk, so the pane's CSP
 * `script-src 'self'` covers it) running the same core `checkDocument` as the CLI.
 *
 * Protocol (see checkRunner.ts): "begin" {id, chosen}, then "paragraphs" {id, items} in
 * batches, then "run" {id, partSize}; answers "part" {id, field, items} messages (findings, then
 * analysis items, then the findings' fingerprints, partSize each), then "result" {id, result,
 * parts: true} with its findings and analysis items empty, or "error" {id, message}.
 */
import { checkDocument } from "../../core/checker";
import { findingFingerprint } from "../../core/findingPrefs";
import type { PresetChoice } from "../../core/checker";
import type { Paragraph } from "../../core/types";
import type { ResultPartField, WorkerRequest, WorkerResponse } from "./checkRunner";

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
    // The findings and the per-paragraph analysis items go ahead in parts: one message holding
    // all of them (megabytes at 200,000 paragraphs) is one long deserialization on the UI thread.
    const size = Math.max(1, data.partSize ?? 2000);
    const send = (field: ResultPartField, xs: readonly unknown[]) => {
      for (let i = 0; i < xs.length; i += size) scope.postMessage({ type: "part", id: data.id, field, items: xs.slice(i, i + size) });
    };
    send("findings", report.findings);
    send("items", report.analysis.items);
    // The 检查 tab's 忽略 needs every finding's fingerprint: normalizing tens of thousands of quotes
    // and paragraphs is work for this thread, not the UI's.
    const model = { paragraphs: job.paragraphs };
    send("fingerprints", report.findings.map((f) => findingFingerprint(f, model)));
    const rest = { ...report, findings: [], analysis: { ...report.analysis, items: [] } };
    scope.postMessage({ type: "result", id: data.id, result: rest, parts: true });
  } catch (e) {
    scope.postMessage({ type: "error", id: data.id, message: e instanceof Error ? e.message : String(e) });
  }
};
