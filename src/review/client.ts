/**
 * The page's side of the worker: a small store (state + subscribe) that React and
 * window.duizhaoReview both read.
 */
import type { ReviewResult } from "../core/review/batch";
import type { FileSet, FromWorker, ToWorker } from "./protocol";

export interface Progress {
  set: FileSet;
  done: number;
  total: number;
  file: string;
}

export interface ReviewState {
  result: ReviewResult | null;
  /** Paragraph texts of the current set, for the document view. */
  texts: Record<string, string[]>;
  progress: Progress | null;
  busy: boolean;
  error: string | null;
}

export interface InputFile {
  name: string;
  bytes: ArrayBuffer | Uint8Array;
}

type DistOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export class ReviewClient {
  private state: ReviewState = { result: null, texts: {}, progress: null, busy: false, error: null };
  private listeners = new Set<() => void>();
  private nextId = 1;
  private pending = new Map<number, { resolve: () => void; reject: (e: Error) => void; set: FileSet | null }>();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly worker: Worker) {
    worker.onmessage = (ev: MessageEvent<FromWorker>) => this.onMessage(ev.data);
  }

  getState = (): ReviewState => this.state;

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  private update(patch: Partial<ReviewState>): void {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn();
  }

  private onMessage(m: FromWorker): void {
    const p = this.pending.get(m.id);
    if (m.type === "progress") {
      this.update({ progress: { set: p?.set ?? "current", done: m.done, total: m.total, file: m.file } });
      return;
    }
    this.pending.delete(m.id);
    if (m.type === "result") {
      const texts = { ...this.state.texts, ...m.texts };
      const names = new Set(m.result.files.map((f) => f.file));
      for (const k of Object.keys(texts)) if (!names.has(k)) delete texts[k];
      this.update({ result: m.result, texts, progress: null, busy: this.pending.size > 0, error: null });
      p?.resolve();
    } else {
      this.update({ progress: null, busy: this.pending.size > 0, error: m.message });
      p?.reject(new Error(m.message));
    }
  }

  private send(msg: DistOmit<ToWorker, "id">, set: FileSet | null, transfer: Transferable[] = []): Promise<void> {
    const id = this.nextId++;
    const done = new Promise<void>((resolve, reject) => this.pending.set(id, { resolve, reject, set }));
    this.update({ busy: true });
    this.worker.postMessage({ ...msg, id } as ToWorker, transfer);
    return done;
  }

  /** Reads, checks and compares the files (added to the set; a file of the same name is replaced). */
  loadFiles(files: readonly InputFile[], set: FileSet = "current"): Promise<void> {
    const copies = files.map((f) => {
      const src = f.bytes instanceof Uint8Array ? f.bytes : new Uint8Array(f.bytes);
      // Copy, so that the caller's buffer stays usable after the transfer.
      const buf = new ArrayBuffer(src.byteLength);
      new Uint8Array(buf).set(src);
      return { name: f.name, bytes: buf };
    });
    const run = () => this.send({ type: "add", set, files: copies }, set, copies.map((c) => c.bytes));
    this.queue = this.queue.then(run, run);
    return this.queue;
  }

  remove(names: string[], set: FileSet = "current"): Promise<void> {
    const run = () => this.send({ type: "remove", set, names }, set);
    this.queue = this.queue.then(run, run);
    return this.queue;
  }

  clear(): Promise<void> {
    const run = () => this.send({ type: "clear" }, null);
    this.queue = this.queue.then(run, run);
    return this.queue;
  }
}
