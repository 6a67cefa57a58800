/**
 * Runs the checker off the UI thread, so that checking a long document never freezes the pane:
 * the model is posted to a worker (check.worker.ts) in batches, with a yield to the browser between
 * batches, and the report comes back as plain data. The preset is chosen here, on the UI thread
 * (core `choosePreset`, exactly as checkDocument would), because the unit's imported presets live
 * in this thread's core.
 *
 * The worker also sends the findings' fingerprints (core findingFingerprint, needs the paragraph
 * texts it has anyway); they are remembered for the result's findings (fingerprints.ts).
 *
 * Where no worker can be started (no `Worker`, a blocked or failed worker script), the check runs
 * here as before: same result, only not off the thread.
 */
import { checkDocument, choosePreset, type PresetChoice } from "../../core/checker";
import type { DocumentModel, Paragraph } from "../../core/types";
import { rememberFingerprints } from "./fingerprints";
import type { CheckResult } from "./report";

export type WorkerRequest =
  | { type: "begin"; id: number; chosen: PresetChoice }
  | { type: "paragraphs"; id: number; items: Paragraph[] }
  /** `partSize`: findings / analysis items per answer message (the result comes back in parts). */
  | { type: "run"; id: number; partSize?: number };

/**
 * The long arrays of a result, sent ahead of it in parts (see check.worker.ts): its findings, its
 * analysis items, and the findings' fingerprints (not part of the result: remembered in
 * fingerprints.ts for the 检查 tab).
 */
export type ResultPartField = "findings" | "items" | "fingerprints";

export type WorkerResponse =
  | { type: "part"; id: number; field: ResultPartField; items: unknown[] }
  /** `parts`: the result's findings and analysis.items are empty here and came in "part" messages. */
  | { type: "result"; id: number; result: CheckResult; parts?: boolean }
  | { type: "error"; id: number; message: string };

/** The part of `Worker` used here (a fake in unit tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((e: { data: WorkerResponse }) => void) | null;
  onerror: ((e: unknown) => void) | null;
}

/**
 * Paragraphs per message, and findings / analysis items per answer message: each structured clone
 * (and, on this thread, each deserialization) stays a short task even at 200,000 paragraphs.
 */
export const BATCH = 2000;

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function defaultSpawn(): Promise<WorkerLike | null> {
  if (typeof Worker === "undefined") return null;
  const { spawnCheckWorker } = await import(/* webpackMode: "eager" */ "./spawnWorker");
  return spawnCheckWorker() as unknown as WorkerLike;
}

export interface CheckRunner {
  check(model: DocumentModel, presetId?: string): Promise<CheckResult>;
  /** Whether the last check ran in the worker (false: on this thread). */
  readonly inWorker: boolean;
}

export function createCheckRunner(spawn: () => Promise<WorkerLike | null> = defaultSpawn, batch = BATCH): CheckRunner {
  let worker: Promise<WorkerLike | null> | null = null;
  let broken = false;
  let inWorker = false;
  let nextId = 1;
  const pending = new Map<number, { resolve(r: CheckResult): void; reject(e: Error): void }>();
  /** Result parts received so far, per check id. */
  const parts = new Map<number, Record<ResultPartField, unknown[]>>();

  const fail = (w: WorkerLike, e: Error) => {
    broken = true;
    try {
      w.terminate();
    } catch {
      // already gone
    }
    for (const p of pending.values()) p.reject(e);
    pending.clear();
    parts.clear();
  };

  const getWorker = (): Promise<WorkerLike | null> => {
    if (broken) return Promise.resolve(null);
    worker ??= spawn()
      .then((w) => {
        if (!w) return null;
        w.onmessage = ({ data }) => {
          const p = pending.get(data.id);
          if (!p) return;
          if (data.type === "part") {
            let acc = parts.get(data.id);
            if (!acc) parts.set(data.id, (acc = { findings: [], items: [], fingerprints: [] }));
            for (const x of data.items) acc[data.field].push(x);
            return;
          }
          pending.delete(data.id);
          const acc = parts.get(data.id);
          parts.delete(data.id);
          if (data.type === "error") {
            p.reject(new Error(data.message));
            return;
          }
          const result = data.result;
          if (data.parts) {
            result.findings = (acc?.findings ?? []) as CheckResult["findings"];
            result.analysis.items = (acc?.items ?? []) as CheckResult["analysis"]["items"];
            rememberFingerprints(result.findings, (acc?.fingerprints ?? []) as string[]);
          }
          p.resolve(result);
        };
        // A script that cannot load (blocked, missing) or crashes: stop using the worker.
        w.onerror = () => fail(w, new WorkerUnavailable());
        return w;
      })
      .catch(() => {
        broken = true;
        return null;
      });
    return worker;
  };

  const inThread = (model: DocumentModel, presetId: string | undefined): CheckResult => {
    inWorker = false;
    return checkDocument(model, presetId ? { presetId } : {}) as CheckResult;
  };

  return {
    get inWorker() {
      return inWorker;
    },
    async check(model, presetId) {
      const chosen = choosePreset(model, presetId ? { presetId } : {});
      const w = await getWorker();
      if (!w) return inThread(model, presetId);
      const id = nextId++;
      const done = new Promise<CheckResult>((resolve, reject) => pending.set(id, { resolve, reject }));
      w.postMessage({ type: "begin", id, chosen });
      const ps = model.paragraphs;
      for (let i = 0; i < ps.length; i += batch) {
        if (i > 0) await yieldToBrowser();
        if (!pending.has(id)) break; // the worker failed meanwhile
        w.postMessage({ type: "paragraphs", id, items: ps.slice(i, i + batch) });
      }
      if (pending.has(id)) w.postMessage({ type: "run", id, partSize: batch });
      try {
        const result = await done;
        inWorker = true;
        return result;
      } catch (e) {
        if (e instanceof WorkerUnavailable) return inThread(model, presetId);
        throw e;
      }
    },
  };
}

/** The worker could not run (its script did not load or it crashed): check on this thread. */
class WorkerUnavailable extends Error {
  constructor() {
    super("检查线程不可用");
  }
}
