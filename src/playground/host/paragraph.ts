/** Paragraphs, paragraph and list item of the simulated Word host. */
import { SimOfficeError } from "./errors";
import { resolveStyle, type SimContentControl, type SimParagraph, type SimSpan } from "./model";
import { SimClientObject, SimClientResult, SimCollection, defineScalars, type ScalarDef } from "./clientObject";
import type { SimRequestContext } from "./context";
import { applyBuiltIn, badArg, checkEditable, insertIntoSpan, paragraphSpan, searchSpans } from "./helpers";
import { SimBodyProxy } from "./body";
import { SimContentControlProxy } from "./contentControl";
import { SimFontProxy } from "./font";
import { SimRangeCollection, SimRangeProxy } from "./range";
import { SimTableProxy } from "./table";

export class SimParagraphCollection extends SimCollection<SimParagraph, SimParagraphProxy> {
  constructor(ctx: SimRequestContext, resolver: () => SimParagraph[]) {
    super(ctx, resolver, false, "ParagraphCollection");
  }
  _makeItem(target: SimParagraph): SimParagraphProxy {
    return new SimParagraphProxy(this.context, () => target);
  }
  getFirst(): SimParagraphProxy {
    return new SimParagraphProxy(this.context, () => this._tt()[0] ?? null);
  }
  getFirstOrNullObject(): SimParagraphProxy {
    return new SimParagraphProxy(this.context, () => this._tt()[0] ?? null, true);
  }
  getLast(): SimParagraphProxy {
    return new SimParagraphProxy(this.context, () => this._tt()[this._tt().length - 1] ?? null);
  }
  getLastOrNullObject(): SimParagraphProxy {
    return new SimParagraphProxy(this.context, () => this._tt()[this._tt().length - 1] ?? null, true);
  }
}

export class SimParagraphProxy extends SimClientObject<SimParagraph> {
  declare readonly text: string;
  declare style: string;
  declare styleBuiltIn: string;
  declare outlineLevel: number;
  declare readonly isListItem: boolean;
  declare readonly isLastParagraph: boolean;
  declare readonly tableNestingLevel: number;
  declare readonly uniqueLocalId: string;
  declare alignment: string;
  declare firstLineIndent: number;
  declare leftIndent: number;
  declare lineSpacing: number;
  declare lineUnitAfter: number;
  declare lineUnitBefore: number;
  declare spaceAfter: number;
  declare spaceBefore: number;

  constructor(ctx: SimRequestContext, resolver: () => SimParagraph | null, nullable = false) {
    super(ctx, resolver, nullable, "Paragraph");
  }

  /** The paragraph, which must still be in the document. */
  _p(): SimParagraph {
    const p = this._tt();
    if (!this.context._doc.locate(p)) throw new SimOfficeError("ItemNotFound", undefined, "Paragraph");
    return p;
  }

  _scalars(): Record<string, ScalarDef> {
    const doc = this.context._doc;
    const num = (name: keyof SimParagraph): ScalarDef => ({
      read: (s: SimParagraphProxy) => s._p()[name],
      write: (s: SimParagraphProxy, v: unknown) => {
        if (typeof v !== "number" || !Number.isFinite(v)) throw badArg(`Paragraph.${String(name)}`);
        const p = s._p();
        checkEditable(p, `Paragraph.${String(name)}`);
        (p as unknown as Record<string, number>)[name] = v;
      },
    });
    return {
      text: { read: (s: SimParagraphProxy) => doc.apiText(s._p()) },
      style: {
        read: (s: SimParagraphProxy) => s._p().style,
        write: (s: SimParagraphProxy, v: unknown) => {
          const p = s._p();
          checkEditable(p, "Paragraph.style");
          const r = resolveStyle(String(v));
          if (r.builtIn !== "Other") return applyBuiltIn(p, r.builtIn);
          // A custom style must exist in the document (here: be used by some paragraph).
          const known = [...doc.body, ...doc.header, ...doc.footer].some((q) => q.style === r.style);
          if (!known) throw new SimOfficeError("ItemNotFound", undefined, "Paragraph.style");
          p.style = r.style;
          p.builtIn = "Other";
        },
      },
      styleBuiltIn: {
        read: (s: SimParagraphProxy) => s._p().builtIn,
        write: (s: SimParagraphProxy, v: unknown) => {
          const p = s._p();
          checkEditable(p, "Paragraph.styleBuiltIn");
          const r = resolveStyle(String(v));
          applyBuiltIn(p, r.builtIn);
        },
      },
      outlineLevel: {
        read: (s: SimParagraphProxy) => s._p().outlineLevel,
        write: (s: SimParagraphProxy, v: unknown) => {
          if (typeof v !== "number" || v < 1 || v > 10) throw badArg("Paragraph.outlineLevel");
          s._p().outlineLevel = v;
        },
      },
      isListItem: { read: (s: SimParagraphProxy) => doc.isListItem(s._p()) },
      isLastParagraph: {
        read: (s: SimParagraphProxy) => {
          const loc = doc.locate(s._p());
          return !!loc && loc.index === doc.story(loc.story).length - 1;
        },
      },
      tableNestingLevel: { read: (s: SimParagraphProxy) => (s._p().table ? 1 : 0) },
      uniqueLocalId: { read: (s: SimParagraphProxy) => s._p().uid, feature: ["WordApi", "1.6"] },
      alignment: {
        read: (s: SimParagraphProxy) => s._p().alignment,
        write: (s: SimParagraphProxy, v: unknown) => {
          if (!["Left", "Centered", "Right", "Justified"].includes(String(v))) throw badArg("Paragraph.alignment");
          s._p().alignment = v as SimParagraph["alignment"];
        },
      },
      firstLineIndent: num("firstLineIndent"),
      leftIndent: num("leftIndent"),
      lineSpacing: num("lineSpacing"),
      lineUnitAfter: num("lineUnitAfter"),
      lineUnitBefore: num("lineUnitBefore"),
      spaceAfter: num("spaceAfter"),
      spaceBefore: num("spaceBefore"),
    };
  }

  override _navs(): string[] {
    return ["font", "listItemOrNullObject", "listItem", "parentBody", "parentTableOrNullObject", "parentContentControlOrNullObject"];
  }

  get font(): SimFontProxy {
    return this._nav("font", () => new SimFontProxy(this.context, () => [this._p()]));
  }
  /** WordApi 1.3. Null object for a paragraph that is not a list item (word-api.md §1.1). */
  get listItemOrNullObject(): SimListItemProxy {
    return this._nav("listItemOrNullObject", () => new SimListItemProxy(this.context, () => this._listTarget(), true));
  }
  /** WordApi 1.3. Fails the sync with ItemNotFound on a non-list paragraph. */
  get listItem(): SimListItemProxy {
    return this._nav("listItem", () => new SimListItemProxy(this.context, () => this._listTarget(), false));
  }
  _listTarget(): SimParagraph | null {
    const p = this._p();
    // office-js#5335: on Word on the web, loading listItemOrNullObject of a paragraph deleted under
    // track changes throws GeneralException and fails the whole batch.
    if (p.listLoadFails) throw new SimOfficeError("GeneralException", undefined, "Paragraph.listItemOrNullObject");
    return this.context._doc.isListItem(p) ? p : null;
  }
  get parentBody(): SimBodyProxy {
    return this._nav(
      "parentBody",
      () =>
        new SimBodyProxy(
          this.context,
          () => {
            const p = this._p();
            const loc = this.context._doc.locate(p);
            return { story: loc!.story, cell: p.table ?? undefined };
          },
          false,
        ),
    );
  }
  get parentTableOrNullObject(): SimTableProxy {
    return this._nav("parentTableOrNullObject", () => new SimTableProxy(this.context, () => this._p().table?.table ?? null, true));
  }
  get parentTable(): SimTableProxy {
    return this._nav("parentTable", () => new SimTableProxy(this.context, () => this._p().table?.table ?? null, false));
  }
  get parentContentControlOrNullObject(): SimContentControlProxy {
    return this._nav("parentContentControlOrNullObject", () => new SimContentControlProxy(this.context, () => this.context._doc.innerControl(this._p()), true));
  }
  get parentContentControl(): SimContentControlProxy {
    return this._nav("parentContentControl", () => new SimContentControlProxy(this.context, () => this.context._doc.innerControl(this._p()), false));
  }

  /**
   * "Before" | "After" (word-api.md §3.1). The new paragraph takes the anchor's paragraph
   * formatting: it stays in the same table cell and content control, and continues the list.
   */
  insertParagraph(text: string, loc: string): SimParagraphProxy {
    let created: SimParagraph | null = null;
    const proxy = new SimParagraphProxy(this.context, () => created);
    this._write("insertParagraph", () => {
      if (loc !== "Before" && loc !== "After") throw badArg("Paragraph.insertParagraph");
      const p = this._p();
      checkEditable(p, "Paragraph.insertParagraph");
      const doc = this.context._doc;
      const np = doc.cloneFormatting(p, text);
      doc.insertNear(p, np, loc);
      created = np;
    });
    return proxy;
  }

  /** "Replace" | "Start" | "End"; returns the range of the inserted text. */
  insertText(text: string, loc: string): SimRangeProxy {
    let span: SimSpan | null = null;
    const proxy = new SimRangeProxy(this.context, () => span);
    this._write("insertText", () => {
      if (loc !== "Replace" && loc !== "Start" && loc !== "End") throw badArg("Paragraph.insertText");
      const doc = this.context._doc;
      span = insertIntoSpan(doc, paragraphSpan(doc, this._p()), text, loc, "Paragraph.insertText");
    });
    return proxy;
  }

  /** Wraps the paragraph in a content control. "PlainText" needs WordApi 1.5 (word-api.md §3.2). */
  insertContentControl(type?: string): SimContentControlProxy {
    let created: SimContentControl | null = null;
    const proxy = new SimContentControlProxy(this.context, () => created, false);
    this._write("insertContentControl", () => {
      const doc = this.context._doc;
      const kind = type ?? "RichText";
      if (kind !== "RichText" && kind !== "PlainText") throw badArg("Paragraph.insertContentControl");
      if (kind === "PlainText" && !doc.isSetSupported("WordApi", "1.5")) throw badArg("Paragraph.insertContentControl");
      const p = this._p();
      checkEditable(p, "Paragraph.insertContentControl");
      const cc = doc.newContentControl({ type: kind });
      p.ccs = [...p.ccs, cc];
      created = cc;
    });
    return proxy;
  }

  getRange(loc: string = "Whole"): SimRangeProxy {
    return new SimRangeProxy(this.context, () => {
      if (!["Whole", "Start", "End", "Content", "After", "Before"].includes(loc)) throw badArg("Paragraph.getRange");
      return paragraphSpan(this.context._doc, this._p(), loc);
    });
  }

  select(mode: string = "Select"): void {
    this.getRange("Whole").select(mode);
  }

  delete(): void {
    this._write("delete", () => {
      const p = this._p();
      checkEditable(p, "Paragraph.delete");
      if (p.ccs.some((c) => c.cannotDelete)) throw new SimOfficeError("AccessDenied", undefined, "Paragraph.delete");
      this.context._doc.removeParagraph(p);
    });
  }

  /** WordApi 1.7: text without tracked deletions (and hidden text) by default (word-api.md §1.5). */
  getText(options?: { IncludeHiddenText?: boolean; IncludeTextMarkedAsDeleted?: boolean }): SimClientResult<string> {
    const r = new SimClientResult<string>();
    this.context._enqueue({
      kind: "read",
      location: "Paragraph.getText",
      feature: ["WordApi", "1.7"],
      run: () => {
        const p = this._p();
        r._resolve(options?.IncludeTextMarkedAsDeleted ? p.text : this.context._doc.visibleText(p));
      },
    });
    return r;
  }

  search(text: string, options?: { matchCase?: boolean }): SimRangeCollection {
    return new SimRangeCollection(this.context, () => {
      const p = this._p();
      return searchSpans(this.context._doc, this.context._doc.locate(p)!.story, [p], text, options);
    });
  }

  /** WordApi 1.3. */
  detachFromList(): void {
    this._write("detachFromList", () => {
      const p = this._p();
      p.list = null;
      p.fixedListString = null;
    });
  }
}
defineScalars(SimParagraphProxy, [
  "text",
  "style",
  "styleBuiltIn",
  "outlineLevel",
  "isListItem",
  "isLastParagraph",
  "tableNestingLevel",
  "uniqueLocalId",
  "alignment",
  "firstLineIndent",
  "leftIndent",
  "lineSpacing",
  "lineUnitAfter",
  "lineUnitBefore",
  "spaceAfter",
  "spaceBefore",
]);

export class SimListItemProxy extends SimClientObject<SimParagraph> {
  declare readonly listString: string;
  declare level: number;
  declare readonly siblingIndex: number;
  constructor(ctx: SimRequestContext, resolver: () => SimParagraph | null, nullable: boolean) {
    super(ctx, resolver, nullable, "ListItem");
  }
  _scalars(): Record<string, ScalarDef> {
    const doc = this.context._doc;
    return {
      listString: { read: (s: SimListItemProxy) => doc.listString(s._tt()) },
      level: {
        read: (s: SimListItemProxy) => s._tt().list?.level ?? 0,
        write: (s: SimListItemProxy, v: unknown) => {
          const p = s._tt();
          if (typeof v !== "number" || v < 0 || v > 8) throw badArg("ListItem.level");
          if (p.list) p.list.level = v;
        },
      },
      siblingIndex: {
        read: (s: SimListItemProxy) => {
          const p = s._tt();
          const str = doc.listString(p);
          void str;
          if (!p.list) return 0;
          const loc = doc.locate(p)!;
          const ps = doc.story(loc.story);
          let n = 0;
          for (let i = loc.index - 1; i >= 0; i--) {
            const q = ps[i];
            if (!q.list || q.list.list !== p.list.list) continue;
            if (q.list.level < p.list.level) break;
            if (q.list.level === p.list.level) n++;
          }
          return n;
        },
      },
    };
  }
}
defineScalars(SimListItemProxy, ["listString", "level", "siblingIndex"]);
