/**
 * The page's side of the 审核台's workers: a small store (state + subscribe) that React and
 * window.duizhaoReview both read. Hands files to the readers as they become free (each reader has
 * at most IN_FLIGHT files, so a large batch spreads evenly); the store answers with the view.
 */
import type { SharedPassage } from "../core/review/similarity";
import type { WorkerLike } from "./threads";
import type { Detail, ExportKind, FileSet, FromReader, FromStore, LoadStats, ReviewView, ToReader, ToStore } from "./protocol";

export interface Progress {
  set: FileSet;
  done: number;
  total: number;
  file: string;
}

export interface ReviewState {
  view: ReviewView | null;
  progress: Progress | null;
  busy: boolean;
  error: string | null;
  /** Timings of the last load (for the bench). */
  stats: LoadStats | null;
}

export interface InputFile {
  name: string;
  bytes: ArrayBuffer | Uint8Array;
}

type DistOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Files handed to one reader before it reports back. */
const IN_FLIGHT = 2;

/** Readers: one per core, leaving one for the page and the store; at least 2, at most 6. */
export function readerCount(cores: number | undefined): number {
  return Math.max(2, Math.min((cores || 2) - 1, 6));
}

interface Load {
  id: number;
  set: FileSet;
  queue: InputFile[];
}

const epoch = () => performance.timeOrigin + performance.now();

export class ReviewClient {
  private state: ReviewState = { view: null, progress: null, busy: false, error: null, stats: null };
  private listeners = new Set<() => void>();
  private nextId = 1;
  private pending = new Map<number, { resolve: (m: FromStore) => void; reject: (e: Error) => void; set: FileSet | null; sentAt: number }>();
  private queue: Promise<unknown> = Promise.resolve();
  private readers: WorkerLike[] = [];
  /** The reader–store channels (only still usable here when the threads are the page's own). */
  private ports: MessagePort[] = [];
  private load: Load | null = null;

  /**
   * @param store the store worker
   * @param makeReader creates a reader worker (called when the first files come)
   * @param readers how many readers
   */
  constructor(
    private readonly store: WorkerLike,
    private readonly makeReader: () => WorkerLike,
    readonly readersWanted: number,
  ) {
    store.onmessage = (ev: MessageEvent<FromStore>) => this.onStore(ev.data);
    store.onerror = (ev) => this.fail(`审核台的后台线程出错：${ev.message || "无法启动"}`);
  }

  getState = (): ReviewState => this.state;

  /** Stops the readers and the store and closes their channels (the client is unusable afterwards). */
  close(): void {
    for (const w of [...this.readers, this.store]) w.terminate();
    for (const p of this.ports) p.close();
    this.readers = [];
    this.ports = [];
  }

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  private update(patch: Partial<ReviewState>): void {
    this.state = { ...this.state, ...patch };
    for (const fn of this.listeners) fn();
  }

  private fail(message: string): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    this.load = null;
    this.update({ progress: null, busy: false, error: message });
    for (const p of all) p.reject(new Error(message));
  }

  private ensureReaders(): void {
    while (this.readers.length < this.readersWanted) {
      const w = this.makeReader();
      const ch = new MessageChannel();
      this.ports.push(ch.port1, ch.port2);
      w.postMessage({ type: "connect", port: ch.port1 } satisfies ToReader, [ch.port1]);
      this.store.postMessage({ type: "connect", port: ch.port2 } satisfies ToStore, [ch.port2]);
      w.onmessage = (ev: MessageEvent<FromReader>) => {
        if (this.load && ev.data.id === this.load.id) this.feed(w, 1);
      };
      w.onerror = (ev) => this.fail(`审核台的读取线程出错：${ev.message || "无法启动"}`);
      this.readers.push(w);
    }
  }

  /** Sends a reader up to `n` more files of the current load. */
  private feed(w: WorkerLike, n: number): void {
    const load = this.load!;
    for (let k = 0; k < n && load.queue.length; k++) {
      const f = load.queue.shift()!;
      const src = f.bytes instanceof Uint8Array ? f.bytes : new Uint8Array(f.bytes);
      // Copied, so that the caller's buffer stays usable after the transfer.
      const buf = new ArrayBuffer(src.byteLength);
      new Uint8Array(buf).set(src);
      w.postMessage({ type: "read", id: load.id, set: load.set, name: f.name, bytes: buf } satisfies ToReader, [buf]);
    }
  }

  private onStore(m: FromStore): void {
    const p = this.pending.get(m.id);
    if (m.type === "progress") {
      this.update({ progress: { set: p?.set ?? "current", done: m.done, total: m.total, file: m.file } });
      return;
    }
    this.pending.delete(m.id);
    if (m.type === "result") {
      if (this.load?.id === m.id) this.load = null;
      const stats: LoadStats = { ...m.stats, sentAt: p?.sentAt, receivedAt: epoch() };
      this.update({ view: m.view, progress: null, busy: this.load !== null, error: null, stats });
      p?.resolve(m);
    } else if (m.type === "error") {
      if (this.load?.id === m.id) this.load = null;
      this.update({ progress: null, busy: this.load !== null, error: m.message });
      p?.reject(new Error(m.message));
    } else {
      p?.resolve(m);
    }
  }

  /** Sends a request to the store; resolves with its answer. */
  private request(msg: DistOmit<ToStore, "id">, set: FileSet | null = null, transfer: Transferable[] = []): { id: number; answer: Promise<FromStore> } {
    const id = this.nextId++;
    const answer = new Promise<FromStore>((resolve, reject) => this.pending.set(id, { resolve, reject, set, sentAt: epoch() }));
    this.store.postMessage({ ...msg, id } as ToStore, transfer);
    return { id, answer };
  }

  private enqueue(run: () => Promise<unknown>): Promise<void> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next.then(() => undefined);
  }

  /** Reads, checks and compares the files (added to the set; a file of the same name is replaced). */
  loadFiles(files: readonly InputFile[], set: FileSet = "current"): Promise<void> {
    // One entry per name, the last one given, in the order names first appear.
    const byName = new Map<string, InputFile>();
    for (const f of files) byName.set(f.name, f);
    const list = [...byName.values()];
    return this.enqueue(() => {
      this.update({ busy: true });
      if (list.length) this.ensureReaders();
      const { id, answer } = this.request({ type: "begin", set, names: list.map((f) => f.name), readers: this.readers.length }, set);
      this.load = { id, set, queue: list };
      for (const w of this.readers) this.feed(w, IN_FLIGHT);
      return answer;
    });
  }

  remove(names: string[], set: FileSet = "current"): Promise<void> {
    return this.enqueue(() => {
      this.update({ busy: true });
      return this.request({ type: "remove", set, names }, set).answer;
    });
  }

  clear(): Promise<void> {
    return this.enqueue(() => {
      this.update({ busy: true });
      return this.request({ type: "clear" }).answer;
    });
  }

  /** A file's findings and paragraph texts (null for an unreadable or unknown file). */
  async detail(file: string): Promise<Detail | null> {
    const m = await this.request({ type: "detail", file }).answer;
    return m.type === "detail" ? m.detail : null;
  }

  /** The shared passages of a pair, longest first. */
  async passages(a: string, b: string): Promise<SharedPassage[]> {
    const m = await this.request({ type: "passages", a, b }).answer;
    return m.type === "passages" ? m.passages : [];
  }

  /** Contents of an export, built in the store from the full results. */
  async exportData(kind: ExportKind, opts: { file?: string; generatedAt?: string } = {}): Promise<Extract<FromStore, { type: "export" }>> {
    const m = await this.request({ type: "export", kind, ...opts }).answer;
    if (m.type !== "export") throw new Error("导出失败");
    return m;
  }
}
