/** The 审核台's store worker: see store.ts and bodies.ts. The page connects each reader's channel to it. */
/// <reference lib="webworker" />
import { storeBody } from "./bodies";
import type { Probe, ToStore } from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = storeBody((m, transfer = []) => scope.postMessage(m, transfer));
scope.onmessage = (ev: MessageEvent<ToStore | Probe>) => handle(ev.data);
