/** The request context of the simulated Word host: queued actions, sync(), the run's lifetime. */
import { SimOfficeError } from "./errors";
import type { SimDocument } from "./model";
import { NullTarget, type Op } from "./clientObject";
import { SimDocumentProxy } from "./document";

export interface HostCore {
  doc: SimDocument;
  syncs: number;
  /** Extra time each sync's answer takes (ms); 0 = next microtask. Real Word takes a round trip. */
  latencyMs: number;
}

export class SimRequestContext {
  readonly document: SimDocumentProxy;
  /** Word.run releases tracked objects at the end; the simulation keeps nothing, so these are no-ops. */
  readonly trackedObjects = { add: (_o: unknown) => {}, remove: (_o: unknown) => {} };
  _queue: Op[] = [];
  _inSync = false;
  _finished = false;

  constructor(readonly _core: HostCore) {
    this.document = new SimDocumentProxy(this);
  }

  get _doc(): SimDocument {
    return this._core.doc;
  }

  _enqueue(op: Op): void {
    if (this._finished) throw new SimOfficeError("InvalidRequestContext", undefined, op.location);
    if (this._inSync) {
      // Created while a sync is being processed (e.g. a navigation proxy made by a load): run now.
      op.run();
      return;
    }
    this._queue.push(op);
  }

  /** `context.load(object, properties)`: the legacy spelling of `object.load(properties)`. */
  load(obj: { load: (spec?: unknown) => unknown }, spec?: unknown): void {
    obj.load(spec);
  }

  /** Processes the queued actions in order (one round trip). Every call counts as one sync. */
  async sync(): Promise<void> {
    if (this._finished) throw new SimOfficeError("InvalidRequestContext", undefined, "RequestContext.sync");
    this._core.syncs++;
    const ops = this._queue;
    this._queue = [];
    // A real sync is a round trip: results arrive asynchronously (after a task when a latency is
    // set, so the pane renders its busy state in between, as it does against a real Word).
    if (this._core.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this._core.latencyMs));
    else await Promise.resolve();
    const doc = this._doc;
    let wrote = false;
    this._inSync = true;
    try {
      for (const op of ops) {
        if (op.feature && !doc.isSetSupported(op.feature[0], op.feature[1])) {
          throw new SimOfficeError("ApiNotFound", undefined, op.location);
        }
        if (op.kind === "write" && doc.readOnly) {
          throw new SimOfficeError(doc.readOnly === "protected" ? "AccessDenied" : "GeneralException", undefined, op.location);
        }
        try {
          if (op.runSliced) await op.runSliced();
          else op.run();
        } catch (e) {
          if (e instanceof NullTarget) continue;
          if (e instanceof SimOfficeError && !e.debugInfo.errorLocation) e.debugInfo.errorLocation = op.location;
          throw e;
        }
        if (op.kind === "write") wrote = true;
      }
    } finally {
      this._inSync = false;
      if (wrote) doc.emit({ kind: "content" });
    }
  }

  _hasPending(): boolean {
    return this._queue.length > 0;
  }
}
