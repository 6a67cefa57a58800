/** Table of the simulated Word host. */
import { SimOfficeError } from "./errors";
import type { SimParagraph, SimTable } from "./model";
import { SimClientObject, defineScalars, type ScalarDef } from "./clientObject";
import type { SimRequestContext } from "./context";
import { badArg } from "./helpers";
import { SimParagraphProxy } from "./paragraph";
import { SimRangeProxy } from "./range";

export class SimTableProxy extends SimClientObject<SimTable> {
  declare readonly rowCount: number;
  declare readonly nestingLevel: number;
  constructor(ctx: SimRequestContext, resolver: () => SimTable | null, nullable: boolean) {
    super(ctx, resolver, nullable, "Table");
  }
  _scalars(): Record<string, ScalarDef> {
    const doc = this.context._doc;
    return {
      rowCount: { read: (s: SimTableProxy) => new Set(doc.tableParagraphs(s._tt()).map((p) => p.table!.row)).size },
      nestingLevel: { read: () => 1 },
    };
  }
  /** "Before" | "After": a body paragraph outside the table (WordApi 1.3, word-api.md §3.4). */
  insertParagraph(text: string, loc: string): SimParagraphProxy {
    let created: SimParagraph | null = null;
    const proxy = new SimParagraphProxy(this.context, () => created);
    this._write("insertParagraph", () => {
      if (loc !== "Before" && loc !== "After") throw badArg("Table.insertParagraph");
      const doc = this.context._doc;
      const ps = doc.tableParagraphs(this._tt());
      if (!ps.length) throw new SimOfficeError("ItemNotFound", undefined, "Table");
      const anchor = loc === "Before" ? ps[0] : ps[ps.length - 1];
      const np = doc.createParagraph({ text });
      doc.insertNear(anchor, np, loc);
      created = np;
    });
    return proxy;
  }
  select(mode: string = "Select"): void {
    const doc = this.context._doc;
    new SimRangeProxy(this.context, () => {
      const ps = doc.tableParagraphs(this._tt());
      const loc = doc.locate(ps[0])!;
      const last = ps[ps.length - 1];
      return { story: loc.story, start: { p: ps[0], offset: 0 }, end: { p: last, offset: last.text.length } };
    }).select(mode);
  }
}
defineScalars(SimTableProxy, ["rowCount", "nestingLevel"]);
