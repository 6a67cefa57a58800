/** Font of the simulated Word host (paragraph and range formatting). */
import type { SimParagraph } from "./model";
import { SimClientObject, defineScalars, type ScalarDef } from "./clientObject";
import type { SimRequestContext } from "./context";
import { badArg, checkEditable } from "./helpers";

export class SimFontProxy extends SimClientObject<SimParagraph[]> {
  declare name: string;
  declare nameFarEast: string;
  declare size: number;
  declare bold: boolean;
  declare color: string;
  constructor(ctx: SimRequestContext, resolver: () => SimParagraph[] | null) {
    super(ctx, resolver, false, "Font");
  }
  _scalars(): Record<string, ScalarDef> {
    const prop = (name: "name" | "size" | "bold" | "color", valid: (v: unknown) => boolean): ScalarDef => ({
      // Mixed formatting reads as null, as Word reports it for ranges spanning differing runs.
      read: (s: SimFontProxy) => {
        const vals = s._tt().map((p) => p.font[name]);
        return vals.every((v) => v === vals[0]) ? vals[0] : null;
      },
      write: (s: SimFontProxy, v: unknown) => {
        if (!valid(v)) throw badArg(`Font.${name}`);
        for (const p of s._tt()) {
          checkEditable(p, `Font.${name}`);
          (p.font as unknown as Record<string, unknown>)[name] = v;
        }
      },
    });
    return {
      name: prop("name", (v) => typeof v === "string" && v.length > 0),
      // Font.nameFarEast is WordApiDesktop 1.3 (word-api.md §5): not on Word on the web.
      nameFarEast: {
        read: (s: SimFontProxy) => {
          const vals = s._tt().map((p) => p.font.nameFarEast ?? p.font.name);
          return vals.every((v) => v === vals[0]) ? vals[0] : null;
        },
        write: (s: SimFontProxy, v: unknown) => {
          if (typeof v !== "string" || !v) throw badArg("Font.nameFarEast");
          for (const p of s._tt()) {
            checkEditable(p, "Font.nameFarEast");
            p.font.nameFarEast = v;
          }
        },
        feature: ["WordApiDesktop", "1.3"],
      },
      size: prop("size", (v) => typeof v === "number" && v > 0),
      bold: prop("bold", (v) => typeof v === "boolean"),
      color: prop("color", (v) => typeof v === "string"),
    };
  }
}
defineScalars(SimFontProxy, ["name", "nameFarEast", "size", "bold", "color"]);
