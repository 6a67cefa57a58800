/** The 审核台's store worker: see store.ts. The page connects each reader's channel to it. */
/// <reference lib="webworker" />
import type { ReaderToStore, ToStore } from "./protocol";
import { ReviewStore } from "./store";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const store = new ReviewStore((m, transfer = []) => scope.postMessage(m, transfer));

scope.onmessage = (ev: MessageEvent<ToStore>) => {
  const m = ev.data;
  if (m.type === "connect") m.port.onmessage = (e: MessageEvent<ReaderToStore>) => store.fromReader(e.data);
  store.fromPage(m);
};
