/** Ranges, range collections (search results) and the selection's range of the simulated Word host. */
import { SimOfficeError } from "./errors";
import { resolveStyle, type SimContentControl, type SimParagraph, type SimSpan } from "./model";
import { SimClientObject, SimCollection, defineScalars, type ScalarDef } from "./clientObject";
import type { SimRequestContext } from "./context";
import { applyBuiltIn, badArg, checkEditable, commonControl, insertIntoSpan, searchSpans } from "./helpers";
import { SimBodyProxy } from "./body";
import { SimContentControlProxy } from "./contentControl";
import { SimFontProxy } from "./font";
import { SimParagraphCollection, SimParagraphProxy } from "./paragraph";
import { SimTableProxy } from "./table";

export class SimRangeCollection extends SimCollection<SimSpan, SimRangeProxy> {
  constructor(ctx: SimRequestContext, resolver: () => SimSpan[]) {
    super(ctx, resolver, false, "RangeCollection");
  }
  _makeItem(target: SimSpan): SimRangeProxy {
    return new SimRangeProxy(this.context, () => target);
  }
  getFirst(): SimRangeProxy {
    return new SimRangeProxy(this.context, () => this._tt()[0] ?? null);
  }
  getFirstOrNullObject(): SimRangeProxy {
    return new SimRangeProxy(this.context, () => this._tt()[0] ?? null, true);
  }
  getLast(): SimRangeProxy {
    return new SimRangeProxy(this.context, () => this._tt()[this._tt().length - 1] ?? null);
  }
}

export class SimRangeProxy extends SimClientObject<SimSpan> {
  declare readonly text: string;
  declare readonly isEmpty: boolean;
  declare style: string;
  declare styleBuiltIn: string;

  constructor(ctx: SimRequestContext, resolver: () => SimSpan | null, nullable = false) {
    super(ctx, resolver, nullable, "Range");
  }
  _span(): SimSpan {
    const s = this._tt();
    if (!this.context._doc.locate(s.start.p) || !this.context._doc.locate(s.end.p)) {
      throw new SimOfficeError("ItemNotFound", undefined, "Range");
    }
    return s;
  }
  _scalars(): Record<string, ScalarDef> {
    const doc = this.context._doc;
    return {
      text: { read: (s: SimRangeProxy) => doc.spanText(s._span()) },
      isEmpty: {
        read: (s: SimRangeProxy) => {
          const sp = s._span();
          return sp.start.p === sp.end.p && sp.start.offset === sp.end.offset;
        },
      },
      style: {
        read: (s: SimRangeProxy) => s._span().start.p.style,
        write: (s: SimRangeProxy, v: unknown) => {
          const r = resolveStyle(String(v));
          for (const p of doc.spanParagraphs(s._span())) {
            checkEditable(p, "Range.style");
            if (r.builtIn !== "Other") applyBuiltIn(p, r.builtIn);
            else p.style = r.style;
          }
        },
      },
      styleBuiltIn: {
        read: (s: SimRangeProxy) => s._span().start.p.builtIn,
        write: (s: SimRangeProxy, v: unknown) => {
          const r = resolveStyle(String(v));
          for (const p of doc.spanParagraphs(s._span())) {
            checkEditable(p, "Range.styleBuiltIn");
            applyBuiltIn(p, r.builtIn);
          }
        },
      },
    };
  }
  override _navs(): string[] {
    return ["font", "paragraphs", "parentBody", "parentContentControlOrNullObject", "parentTableOrNullObject"];
  }
  get font(): SimFontProxy {
    return this._nav("font", () => new SimFontProxy(this.context, () => this.context._doc.spanParagraphs(this._span())));
  }
  get paragraphs(): SimParagraphCollection {
    return this._nav("paragraphs", () => new SimParagraphCollection(this.context, () => this.context._doc.spanParagraphs(this._span())));
  }
  get parentBody(): SimBodyProxy {
    return this._nav(
      "parentBody",
      () =>
        new SimBodyProxy(
          this.context,
          () => {
            const s = this._span();
            return { story: s.story, cell: s.start.p.table ?? undefined };
          },
          false,
        ),
    );
  }
  get parentContentControlOrNullObject(): SimContentControlProxy {
    return this._nav(
      "parentContentControlOrNullObject",
      () =>
        new SimContentControlProxy(
          this.context,
          () => {
            const s = this._span();
            return commonControl(this.context._doc.spanParagraphs(s));
          },
          true,
        ),
    );
  }
  get parentContentControl(): SimContentControlProxy {
    return this._nav(
      "parentContentControl",
      () =>
        new SimContentControlProxy(
          this.context,
          () => {
            const s = this._span();
            return commonControl(this.context._doc.spanParagraphs(s));
          },
          false,
        ),
    );
  }
  get parentTableOrNullObject(): SimTableProxy {
    return this._nav("parentTableOrNullObject", () => new SimTableProxy(this.context, () => this._span().start.p.table?.table ?? null, true));
  }

  /** "Replace" | "Start" | "End" | "Before" | "After" (WordApi 1.1). Returns the inserted text's range. */
  insertText(text: string, loc: string): SimRangeProxy {
    let span: SimSpan | null = null;
    const proxy = new SimRangeProxy(this.context, () => span);
    this._write("insertText", () => {
      if (!["Replace", "Start", "End", "Before", "After"].includes(loc)) throw badArg("Range.insertText");
      span = insertIntoSpan(this.context._doc, this._span(), text, loc, "Range.insertText");
    });
    return proxy;
  }

  /**
   * "Before" | "After" only. The simulation inserts a whole paragraph before the first / after the
   * last paragraph the range touches (it does not split the paragraph at the range).
   */
  insertParagraph(text: string, loc: string): SimParagraphProxy {
    let created: SimParagraph | null = null;
    const proxy = new SimParagraphProxy(this.context, () => created);
    this._write("insertParagraph", () => {
      if (loc !== "Before" && loc !== "After") throw badArg("Range.insertParagraph");
      const s = this._span();
      const anchor = loc === "Before" ? s.start.p : s.end.p;
      checkEditable(anchor, "Range.insertParagraph");
      const doc = this.context._doc;
      const np = doc.cloneFormatting(anchor, text);
      doc.insertNear(anchor, np, loc);
      created = np;
    });
    return proxy;
  }

  getRange(loc: string = "Whole"): SimRangeProxy {
    return new SimRangeProxy(this.context, () => {
      const s = this._span();
      if (loc === "Whole" || loc === "Content") return { story: s.story, start: { ...s.start }, end: { ...s.end } };
      if (loc === "Start" || loc === "Before") return { story: s.story, start: { ...s.start }, end: { ...s.start } };
      if (loc === "End" || loc === "After") return { story: s.story, start: { ...s.end }, end: { ...s.end } };
      throw badArg("Range.getRange");
    });
  }

  /** Selects and scrolls to the range: "Select" | "Start" | "End" (WordApi 1.1; allowed read-only). */
  select(mode: string = "Select"): void {
    this._ui("select", () => {
      const s = this._span();
      const doc = this.context._doc;
      if (mode === "Start") doc.selection = { story: s.story, start: { ...s.start }, end: { ...s.start } };
      else if (mode === "End") doc.selection = { story: s.story, start: { ...s.end }, end: { ...s.end } };
      else if (mode === "Select") doc.selection = { story: s.story, start: { ...s.start }, end: { ...s.end } };
      else throw badArg("Range.select");
      doc.emit({ kind: "selection" });
      doc.emit({ kind: "select", paragraph: mode === "End" ? s.end.p : s.start.p });
    });
  }

  search(text: string, options?: { matchCase?: boolean }): SimRangeCollection {
    return new SimRangeCollection(this.context, () => {
      const sp = this._span();
      return searchSpans(this.context._doc, sp.story, this.context._doc.spanParagraphs(sp), text, options, sp);
    });
  }

  /** A range from the start of this range to the end of `other` (WordApi 1.3). */
  expandTo(other: SimRangeProxy): SimRangeProxy {
    return new SimRangeProxy(this.context, () => {
      const a = this._span();
      const b = other._span();
      if (a.story !== b.story) throw badArg("Range.expandTo");
      const ps = this.context._doc.story(a.story);
      const ia = ps.indexOf(a.start.p);
      const ib = ps.indexOf(b.end.p);
      if (ib < ia || (ib === ia && b.end.offset < a.start.offset)) return { story: a.story, start: { ...b.start }, end: { ...a.end } };
      return { story: a.story, start: { ...a.start }, end: { ...b.end } };
    });
  }

  /**
   * Wraps the paragraphs the range touches in a content control (the simulation has only
   * paragraph-level controls). Controls already enclosing only part of the range end up inside.
   */
  insertContentControl(type?: string): SimContentControlProxy {
    let created: SimContentControl | null = null;
    const proxy = new SimContentControlProxy(this.context, () => created, false);
    this._write("insertContentControl", () => {
      const doc = this.context._doc;
      const kind = type ?? "RichText";
      if (kind !== "RichText" && kind !== "PlainText") throw badArg("Range.insertContentControl");
      if (kind === "PlainText" && !doc.isSetSupported("WordApi", "1.5")) throw badArg("Range.insertContentControl");
      const paras = doc.spanParagraphs(this._span());
      for (const p of paras) checkEditable(p, "Range.insertContentControl");
      const outer = commonControl(paras);
      const cc = doc.newContentControl({ type: kind });
      for (const p of paras) {
        const at = outer ? p.ccs.indexOf(outer) + 1 : 0;
        p.ccs = [...p.ccs.slice(0, at), cc, ...p.ccs.slice(at)];
      }
      created = cc;
    });
    return proxy;
  }

  /** WordApi 1.8: temporary highlight, not document content (works read-only). */
  highlight(color: string = "Yellow"): void {
    this._ui(
      "highlight",
      () => {
        for (const p of this.context._doc.spanParagraphs(this._span())) p.highlight = color;
        this.context._doc.emit({ kind: "highlight" });
      },
      ["WordApi", "1.8"],
    );
  }

  removeHighlight(): void {
    this._ui(
      "removeHighlight",
      () => {
        for (const p of this.context._doc.spanParagraphs(this._span())) p.highlight = null;
        this.context._doc.emit({ kind: "highlight" });
      },
      ["WordApi", "1.8"],
    );
  }

  delete(): void {
    this._write("delete", () => {
      insertIntoSpan(this.context._doc, this._span(), "", "Replace", "Range.delete");
    });
  }
}
defineScalars(SimRangeProxy, ["text", "isEmpty", "style", "styleBuiltIn"]);
