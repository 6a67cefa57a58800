/**
 * The code of the 审核台's two kinds of worker, independent of where it runs: in a real worker
 * (reader.worker.ts, store.worker.ts, also when started from a Blob URL) or on the page's own
 * thread (threads.ts, when the page may not start workers, e.g. opened from file:// in an old
 * Chromium). `post` sends a message to the page.
 */
import { preparedBuffers } from "../core/review/similarity";
import type { FromReader, FromStore, Probe, ReaderToStore, ToReader, ToStore } from "./protocol";
import { readOne } from "./reader";
import { ReviewStore } from "./store";

type Post<T> = (m: T, transfer?: Transferable[]) => void;

/** A reader: reads and checks each file it is given; sends the result to the store through its channel. */
export function readerBody(post: Post<FromReader | Probe>): (m: ToReader | Probe) => void {
  let store: MessagePort | null = null;
  return (m) => {
    if (m.type === "ping") return post({ type: "pong" });
    if (m.type === "pong") return;
    if (m.type === "connect") {
      store = m.port;
      return;
    }
    const r = readOne(m.name, new Uint8Array(m.bytes));
    const out: ReaderToStore = { type: "file", id: m.id, set: m.set, ...r };
    store!.postMessage(out, r.prepared ? preparedBuffers(r.prepared) : []);
    post({ type: "read", id: m.id, name: m.name });
  };
}

/** The store: see store.ts. The page connects each reader's channel to it. */
export function storeBody(post: Post<FromStore | Probe>): (m: ToStore | Probe) => void {
  const store = new ReviewStore((m, transfer = []) => post(m, transfer));
  return (m) => {
    if (m.type === "ping") return post({ type: "pong" });
    if (m.type === "pong") return;
    if (m.type === "connect") m.port.onmessage = (e: MessageEvent<ReaderToStore>) => store.fromReader(e.data);
    store.fromPage(m);
  };
}
