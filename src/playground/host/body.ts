/** Body (document, header/footer and table-cell bodies) of the simulated Word host. */
import { SimOfficeError } from "./errors";
import type { SimParagraph, SimTable, StoryType } from "./model";
import { SimClientObject, defineScalars, type ScalarDef } from "./clientObject";
import type { SimRequestContext } from "./context";
import { badArg, ccsOf, searchSpans } from "./helpers";
import { SimContentControlCollection } from "./contentControl";
import { SimParagraphCollection, SimParagraphProxy } from "./paragraph";
import { SimRangeCollection, SimRangeProxy } from "./range";
import { SimTrackedChangeCollection, type TrackedChangeTarget } from "./trackedChange";

export interface BodyTarget {
  story: StoryType;
  /** Set for a table cell body. */
  cell?: { table: SimTable; row: number; col: number };
}

export class SimBodyProxy extends SimClientObject<BodyTarget> {
  declare readonly type: string;
  declare readonly text: string;
  declare style: string;
  declare styleBuiltIn: string;

  constructor(ctx: SimRequestContext, resolver: () => BodyTarget | null, nullable: boolean) {
    super(ctx, resolver, nullable, "Body");
  }
  _paras(): SimParagraph[] {
    const t = this._tt();
    const all = this.context._doc.story(t.story);
    if (!t.cell) return all;
    const c = t.cell;
    return all.filter((p) => p.table?.table === c.table && p.table.row === c.row && p.table.col === c.col);
  }
  _scalars(): Record<string, ScalarDef> {
    return {
      type: { read: (s: SimBodyProxy) => (s._tt().cell ? "TableCell" : s._tt().story) },
      text: { read: (s: SimBodyProxy) => s._paras().map((p) => s.context._doc.apiText(p)).join("\r") },
      style: { read: (s: SimBodyProxy) => s._paras()[0]?.style ?? "" },
      styleBuiltIn: { read: (s: SimBodyProxy) => s._paras()[0]?.builtIn ?? "Normal" },
    };
  }
  get paragraphs(): SimParagraphCollection {
    return this._nav("paragraphs", () => new SimParagraphCollection(this.context, () => this._paras()));
  }
  get contentControls(): SimContentControlCollection {
    return this._nav("contentControls", () => new SimContentControlCollection(this.context, () => ccsOf(this.context._doc, this._paras())));
  }
  /** For a table-cell body: the body holding the table; null for a story body. */
  get parentBodyOrNullObject(): SimBodyProxy {
    return this._nav(
      "parentBodyOrNullObject",
      () => new SimBodyProxy(this.context, () => (this._tt().cell ? { story: this._tt().story } : null), true),
    );
  }
  /** Body.insertParagraph accepts "Start" | "End" only (word-api.md §3.1). */
  insertParagraph(text: string, loc: string): SimParagraphProxy {
    let created: SimParagraph | null = null;
    const proxy = new SimParagraphProxy(this.context, () => created);
    this._write("insertParagraph", () => {
      if (loc !== "Start" && loc !== "End") throw badArg("Body.insertParagraph");
      const t = this._tt();
      const doc = this.context._doc;
      const np = doc.createParagraph({ text });
      if (t.cell) {
        const ps = this._paras();
        const anchor = loc === "Start" ? ps[0] : ps[ps.length - 1];
        np.table = { ...t.cell };
        doc.insertNear(anchor, np, loc === "Start" ? "Before" : "After");
      } else doc.insertInStory(t.story, np, loc as "Start" | "End");
      created = np;
    });
    return proxy;
  }
  getRange(loc: string = "Whole"): SimRangeProxy {
    return new SimRangeProxy(this.context, () => {
      const ps = this._paras();
      const first = ps[0];
      const last = ps[ps.length - 1];
      const t = this._tt();
      const a = { p: first, offset: 0 };
      const b = { p: last, offset: last.text.length };
      if (loc === "Start") return { story: t.story, start: a, end: { ...a } };
      if (loc === "End") return { story: t.story, start: b, end: { ...b } };
      return { story: t.story, start: a, end: b };
    });
  }
  search(text: string, options?: { matchCase?: boolean }): SimRangeCollection {
    return new SimRangeCollection(this.context, () => searchSpans(this.context._doc, this._tt().story, this._paras(), text, options));
  }

  /** WordApi 1.6: the tracked changes in the body (the simulation tracks deletions only). */
  getTrackedChanges(): SimTrackedChangeCollection {
    return new SimTrackedChangeCollection(this.context, () => {
      if (!this.context._doc.isSetSupported("WordApi", "1.6")) throw new SimOfficeError("ApiNotFound", undefined, "Body.getTrackedChanges");
      const out: TrackedChangeTarget[] = [];
      for (const p of this._paras()) for (const [a, b] of p.deleted) out.push({ p, start: a, end: b });
      return out;
    });
  }

  /** Clears the body: one empty paragraph remains. */
  clear(): void {
    this._write("clear", () => {
      const ps = [...this._paras()];
      for (const p of ps.slice(1)) this.context._doc.removeParagraph(p);
      const first = ps[0];
      this.context._doc.spliceText(first, 0, first.text.length, "");
      first.ccs = [];
    });
  }
  select(mode: string = "Select"): void {
    this.getRange("Whole").select(mode);
  }
}
defineScalars(SimBodyProxy, ["type", "text", "style", "styleBuiltIn"]);
