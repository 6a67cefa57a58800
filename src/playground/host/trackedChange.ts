/** Tracked changes (WordApi 1.6; deletions only) of the simulated Word host. */
import type { SimParagraph } from "./model";
import { SimClientObject, SimCollection, defineScalars, type ScalarDef } from "./clientObject";
import type { SimRequestContext } from "./context";

export interface TrackedChangeTarget {
  p: SimParagraph;
  start: number;
  end: number;
}

export class SimTrackedChangeCollection extends SimCollection<TrackedChangeTarget, SimTrackedChangeProxy> {
  constructor(ctx: SimRequestContext, resolver: () => TrackedChangeTarget[]) {
    super(ctx, resolver, false, "TrackedChangeCollection");
  }
  _makeItem(t: TrackedChangeTarget): SimTrackedChangeProxy {
    return new SimTrackedChangeProxy(this.context, () => t);
  }
}

export class SimTrackedChangeProxy extends SimClientObject<TrackedChangeTarget> {
  declare readonly type: string;
  declare readonly text: string;
  declare readonly author: string;
  declare readonly date: Date;
  constructor(ctx: SimRequestContext, resolver: () => TrackedChangeTarget | null) {
    super(ctx, resolver, false, "TrackedChange");
  }
  _scalars(): Record<string, ScalarDef> {
    return {
      type: { read: () => "Deleted" },
      text: { read: (s: SimTrackedChangeProxy) => s._tt().p.text.slice(s._tt().start, s._tt().end) },
      author: { read: () => "审阅人" },
      date: { read: () => new Date(0) },
    };
  }
}
defineScalars(SimTrackedChangeProxy, ["type", "text", "author", "date"]);
