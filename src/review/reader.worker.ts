/**
 * A reader of the 审核台 (several run in parallel): reads and checks the files the page hands it,
 * one at a time; sends each result to the store through its channel (the fingerprint buffers are
 * transferred, not copied) and tells the page it is ready for the next file.
 */
/// <reference lib="webworker" />
import { preparedBuffers } from "../core/review/similarity";
import type { FromReader, ReaderToStore, ToReader } from "./protocol";
import { readOne } from "./reader";

const scope = self as unknown as DedicatedWorkerGlobalScope;
let store: MessagePort | null = null;

scope.onmessage = (ev: MessageEvent<ToReader>) => {
  const m = ev.data;
  if (m.type === "connect") {
    store = m.port;
    return;
  }
  const r = readOne(m.name, new Uint8Array(m.bytes));
  const out: ReaderToStore = { type: "file", id: m.id, set: m.set, ...r };
  store!.postMessage(out, r.prepared ? preparedBuffers(r.prepared) : []);
  scope.postMessage({ type: "read", id: m.id, name: m.name } satisfies FromReader);
};
