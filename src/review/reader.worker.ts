/**
 * A reader of the 审核台 (several run in parallel): reads and checks the files the page hands it,
 * one at a time; sends each result to the store through its channel (the fingerprint buffers are
 * transferred, not copied) and tells the page it is ready for the next file. See bodies.ts.
 */
/// <reference lib="webworker" />
import { readerBody } from "./bodies";
import type { Probe, ToReader } from "./protocol";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = readerBody((m, transfer = []) => scope.postMessage(m, transfer));
scope.onmessage = (ev: MessageEvent<ToReader | Probe>) => handle(ev.data);
