/** Sections (header / footer bodies) of the simulated Word host. */
import type { StoryType } from "./model";
import { SimClientObject, SimCollection, type ScalarDef } from "./clientObject";
import type { SimRequestContext } from "./context";
import { SimBodyProxy } from "./body";

export class SimSectionCollection extends SimCollection<number, SimSectionProxy> {
  constructor(ctx: SimRequestContext) {
    super(ctx, () => [0], false, "SectionCollection");
  }
  _makeItem(_t: number): SimSectionProxy {
    return new SimSectionProxy(this.context);
  }
  getFirst(): SimSectionProxy {
    return this._item(0);
  }
}

export class SimSectionProxy extends SimClientObject<number> {
  constructor(ctx: SimRequestContext) {
    super(ctx, () => 0, false, "Section");
  }
  _scalars(): Record<string, ScalarDef> {
    return {};
  }
  /** The simulation has one section and one header/footer per story, whatever the type asked for. */
  getHeader(_type: string = "Primary"): SimBodyProxy {
    return this._nav("header", () => new SimBodyProxy(this.context, () => ({ story: "Header" as StoryType }), false));
  }
  getFooter(_type: string = "Primary"): SimBodyProxy {
    return this._nav("footer", () => new SimBodyProxy(this.context, () => ({ story: "Footer" as StoryType }), false));
  }
  get body(): SimBodyProxy {
    return this.context.document.body;
  }
}
