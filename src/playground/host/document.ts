/** Document and Document.pageSetup of the simulated Word host. */
import { SimOfficeError } from "./errors";
import type { SimDocument, StoryType } from "./model";
import { SimClientObject, defineScalars, type ScalarDef } from "./clientObject";
import type { SimRequestContext } from "./context";
import { badArg } from "./helpers";
import { SimBodyProxy } from "./body";
import type { SimContentControlCollection } from "./contentControl";
import { SimParagraphProxy } from "./paragraph";
import { SimRangeProxy } from "./range";
import { SimSectionCollection } from "./section";
import { SimSettingCollection } from "./settings";
import { paragraphEvent } from "./paragraphEvents";

export class SimDocumentProxy extends SimClientObject<SimDocument> {
  declare readonly changeTrackingMode: string;

  constructor(ctx: SimRequestContext) {
    super(ctx, () => ctx._doc, false, "Document");
  }
  _scalars(): Record<string, ScalarDef> {
    return { changeTrackingMode: { read: () => "Off", feature: ["WordApi", "1.4"] } };
  }
  override _navs(): string[] {
    return ["body", "pageSetup"];
  }
  get pageSetup(): SimPageSetupProxy {
    return this._nav("pageSetup", () => new SimPageSetupProxy(this.context));
  }
  get body(): SimBodyProxy {
    return this._nav("body", () => new SimBodyProxy(this.context, () => ({ story: "MainDoc" as StoryType }), false));
  }
  get contentControls(): SimContentControlCollection {
    return this.body.contentControls;
  }
  get sections(): SimSectionCollection {
    return this._nav("sections", () => new SimSectionCollection(this.context));
  }
  get settings(): SimSettingCollection {
    return this._nav("settings", () => new SimSettingCollection(this.context));
  }
  /** WordApi 1.6 paragraph events (./paragraphEvents.ts). */
  get onParagraphChanged() {
    return paragraphEvent(this.context._doc, "paragraphChanged");
  }
  get onParagraphAdded() {
    return paragraphEvent(this.context._doc, "paragraphAdded");
  }
  get onParagraphDeleted() {
    return paragraphEvent(this.context._doc, "paragraphDeleted");
  }
  /** The current selection, evaluated at the next sync (WordApi 1.1). */
  getSelection(): SimRangeProxy {
    const doc = this.context._doc;
    return new SimRangeProxy(this.context, () => {
      const s = doc.selection;
      return { story: s.story, start: { ...s.start }, end: { ...s.end } };
    });
  }
  /** WordApi 1.6. No OrNullObject variant exists: a vanished id fails the sync with ItemNotFound. */
  getParagraphByUniqueLocalId(id: string): SimParagraphProxy {
    const doc = this.context._doc;
    const p = new SimParagraphProxy(this.context, () => {
      if (!doc.isSetSupported("WordApi", "1.6")) throw new SimOfficeError("ApiNotFound", undefined, "Document.getParagraphByUniqueLocalId");
      return doc.findByUid(id);
    });
    return p;
  }
}
defineScalars(SimDocumentProxy, ["changeTrackingMode"]);

/** Document.pageSetup (WordApiDesktop 1.3): margins in points. */
export class SimPageSetupProxy extends SimClientObject<SimDocument> {
  declare topMargin: number;
  declare bottomMargin: number;
  declare leftMargin: number;
  declare rightMargin: number;
  constructor(ctx: SimRequestContext) {
    super(ctx, () => ctx._doc, false, "PageSetup");
  }
  _scalars(): Record<string, ScalarDef> {
    const margin = (name: "topMargin" | "bottomMargin" | "leftMargin" | "rightMargin"): ScalarDef => ({
      read: (s: SimPageSetupProxy) => s._t()!.pageSetup[name],
      write: (s: SimPageSetupProxy, v: unknown) => {
        if (typeof v !== "number" || !(v >= 0)) throw badArg(`PageSetup.${name}`);
        const doc = s._t()!;
        if (doc.readOnly) throw new SimOfficeError(doc.readOnly === "protected" ? "AccessDenied" : "GeneralException", undefined, `PageSetup.${name}`);
        doc.pageSetup[name] = v;
      },
      feature: ["WordApiDesktop", "1.3"],
    });
    return { topMargin: margin("topMargin"), bottomMargin: margin("bottomMargin"), leftMargin: margin("leftMargin"), rightMargin: margin("rightMargin") };
  }
}
defineScalars(SimPageSetupProxy, ["topMargin", "bottomMargin", "leftMargin", "rightMargin"]);
