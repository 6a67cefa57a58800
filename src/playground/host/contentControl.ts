/** Content controls of the simulated Word host. */
import { SimOfficeError } from "./errors";
import type { SimContentControl, SimParagraph, SimSpan } from "./model";
import { SimClientObject, SimCollection, defineScalars, type ScalarDef } from "./clientObject";
import type { SimRequestContext } from "./context";
import { badArg, checkEditable, insertIntoSpan } from "./helpers";
import { SimParagraphCollection, SimParagraphProxy } from "./paragraph";
import { SimRangeProxy } from "./range";

export class SimContentControlCollection extends SimCollection<SimContentControl, SimContentControlProxy> {
  constructor(ctx: SimRequestContext, resolver: () => SimContentControl[]) {
    super(ctx, resolver, false, "ContentControlCollection");
  }
  _makeItem(target: SimContentControl): SimContentControlProxy {
    return new SimContentControlProxy(this.context, () => target, false);
  }
  getByTag(tag: string): SimContentControlCollection {
    return new SimContentControlCollection(this.context, () => this._tt().filter((c) => c.tag === tag));
  }
  getByTitle(title: string): SimContentControlCollection {
    return new SimContentControlCollection(this.context, () => this._tt().filter((c) => c.title === title));
  }
  getById(id: number): SimContentControlProxy {
    return new SimContentControlProxy(this.context, () => this._tt().find((c) => c.id === id) ?? null, false);
  }
  getByIdOrNullObject(id: number): SimContentControlProxy {
    return new SimContentControlProxy(this.context, () => this._tt().find((c) => c.id === id) ?? null, true);
  }
  getFirst(): SimContentControlProxy {
    return new SimContentControlProxy(this.context, () => this._tt()[0] ?? null, false);
  }
  getFirstOrNullObject(): SimContentControlProxy {
    return new SimContentControlProxy(this.context, () => this._tt()[0] ?? null, true);
  }
}

export class SimContentControlProxy extends SimClientObject<SimContentControl> {
  declare readonly id: number;
  declare tag: string;
  declare title: string;
  declare placeholderText: string;
  declare appearance: string;
  declare cannotEdit: boolean;
  declare cannotDelete: boolean;
  declare color: string;
  declare readonly type: string;
  declare readonly text: string;

  constructor(ctx: SimRequestContext, resolver: () => SimContentControl | null, nullable: boolean) {
    super(ctx, resolver, nullable, "ContentControl");
  }
  _paras(): SimParagraph[] {
    const cc = this._tt();
    const ps = [...this.context._doc.body, ...this.context._doc.header, ...this.context._doc.footer].filter((p) => p.ccs.includes(cc));
    if (!ps.length) throw new SimOfficeError("ItemNotFound", undefined, "ContentControl");
    return ps;
  }
  _scalars(): Record<string, ScalarDef> {
    const str = (name: "tag" | "title" | "placeholderText" | "color"): ScalarDef => ({
      read: (s: SimContentControlProxy) => s._tt()[name],
      write: (s: SimContentControlProxy, v: unknown) => {
        s._paras();
        s._tt()[name] = String(v);
      },
    });
    const bool = (name: "cannotEdit" | "cannotDelete"): ScalarDef => ({
      read: (s: SimContentControlProxy) => s._tt()[name],
      write: (s: SimContentControlProxy, v: unknown) => {
        s._paras();
        s._tt()[name] = !!v;
      },
    });
    return {
      id: { read: (s: SimContentControlProxy) => s._tt().id },
      tag: str("tag"),
      title: str("title"),
      placeholderText: str("placeholderText"),
      color: str("color"),
      cannotEdit: bool("cannotEdit"),
      cannotDelete: bool("cannotDelete"),
      appearance: {
        read: (s: SimContentControlProxy) => s._tt().appearance,
        write: (s: SimContentControlProxy, v: unknown) => {
          if (!["BoundingBox", "Tags", "Hidden"].includes(String(v))) throw badArg("ContentControl.appearance");
          s._tt().appearance = v as SimContentControl["appearance"];
        },
      },
      type: { read: (s: SimContentControlProxy) => s._tt().type },
      // The control's own text; an empty control reads "" (whether Word returns the placeholder
      // text instead is unverified, word-api.md §3.2).
      text: { read: (s: SimContentControlProxy) => s._paras().map((p) => s.context._doc.apiText(p)).join("\r") },
    };
  }
  override _navs(): string[] {
    return ["paragraphs"];
  }
  get paragraphs(): SimParagraphCollection {
    return this._nav("paragraphs", () => new SimParagraphCollection(this.context, () => this._paras()));
  }
  /** keepContent: true removes only the control; false removes it with its paragraphs. */
  delete(keepContent: boolean): void {
    this._write("delete", () => {
      const cc = this._tt();
      if (cc.cannotDelete) throw new SimOfficeError("AccessDenied", undefined, "ContentControl.delete");
      const ps = this._paras();
      const doc = this.context._doc;
      if (keepContent) for (const p of ps) p.ccs = p.ccs.filter((c) => c !== cc);
      else {
        if (cc.cannotEdit) throw new SimOfficeError("AccessDenied", undefined, "ContentControl.delete");
        for (const p of ps) doc.removeParagraph(p);
      }
    });
  }
  insertText(text: string, loc: string): SimRangeProxy {
    let span: SimSpan | null = null;
    const proxy = new SimRangeProxy(this.context, () => span);
    this._write("insertText", () => {
      if (!["Replace", "Start", "End"].includes(loc)) throw badArg("ContentControl.insertText");
      const ps = this._paras();
      const doc = this.context._doc;
      const first = ps[0];
      const last = ps[ps.length - 1];
      const story = doc.locate(first)!.story;
      span = insertIntoSpan(
        doc,
        { story, start: { p: first, offset: 0 }, end: { p: last, offset: last.text.length } },
        text,
        loc,
        "ContentControl.insertText",
      );
    });
    return proxy;
  }
  /** "Start"/"End" insert inside the control; "Before"/"After" outside it. */
  insertParagraph(text: string, loc: string): SimParagraphProxy {
    let created: SimParagraph | null = null;
    const proxy = new SimParagraphProxy(this.context, () => created);
    this._write("insertParagraph", () => {
      if (!["Start", "End", "Before", "After"].includes(loc)) throw badArg("ContentControl.insertParagraph");
      const ps = this._paras();
      const doc = this.context._doc;
      const inside = loc === "Start" || loc === "End";
      const anchor = loc === "Start" || loc === "Before" ? ps[0] : ps[ps.length - 1];
      if (inside) checkEditable(anchor, "ContentControl.insertParagraph");
      const np = doc.cloneFormatting(anchor, text);
      if (!inside) np.ccs = anchor.ccs.slice(0, anchor.ccs.indexOf(this._tt()));
      doc.insertNear(anchor, np, loc === "Start" || loc === "Before" ? "Before" : "After");
      created = np;
    });
    return proxy;
  }
  getRange(loc: string = "Whole"): SimRangeProxy {
    return new SimRangeProxy(this.context, () => {
      const ps = this._paras();
      const first = ps[0];
      const last = ps[ps.length - 1];
      const story = this.context._doc.locate(first)!.story;
      const a = { p: first, offset: 0 };
      const b = { p: last, offset: last.text.length };
      if (loc === "Start" || loc === "Before") return { story, start: a, end: { ...a } };
      if (loc === "End" || loc === "After") return { story, start: b, end: { ...b } };
      return { story, start: a, end: b };
    });
  }
  select(mode: string = "Select"): void {
    this.getRange("Whole").select(mode);
  }
  clear(): void {
    this._write("clear", () => {
      const ps = this._paras();
      checkEditable(ps[0], "ContentControl.clear");
      for (const p of ps.slice(1)) this.context._doc.removeParagraph(p);
      this.context._doc.spliceText(ps[0], 0, ps[0].text.length, "");
    });
  }
}
defineScalars(SimContentControlProxy, [
  "id",
  "tag",
  "title",
  "placeholderText",
  "appearance",
  "cannotEdit",
  "cannotDelete",
  "color",
  "type",
  "text",
]);
