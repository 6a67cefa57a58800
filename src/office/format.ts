/**
 * 套用公文格式: applies the GB/T 9704 plan of src/core/format.ts to the document or to the
 * paragraphs of the selection. One Word.run, two syncs (read, then write). Only formatting
 * properties are set; the text is never touched.
 *
 * East Asian fonts (shared/docs/word-api.md §5): Font.nameFarEast exists only in WordApiDesktop
 * 1.3. Where it exists we set nameFarEast to the Chinese font and name to the Latin font, so digits
 * stay in Times New Roman. Elsewhere (Word on the web, older builds) we set Font.name to the Chinese
 * font, which Word applies to every script of the run; the outcome reports which path was taken.
 * Page margins use Document.pageSetup (WordApiDesktop 1.3); where it is missing they are skipped
 * and reported.
 */
import { CM_TO_PT, formatFor, PAGE_MARGINS_CM, planRoles, type FormatRole } from "../core/format";
import type { Paragraph as CoreParagraph } from "../core/types";
import { supports } from "./host";
import { toUserError, UserError } from "./errors";
import { toCoreParagraph } from "./read";
import { lastInsertion } from "./skeleton";
import type { FormatOptions, FormatOutcome } from "../host/port";
// The result types are the port's (src/host/port.ts): one definition for every host.
export type { FormatOptions, FormatOutcome };

export const MSG_NOTHING_INSERTED = "还没有插入过骨架，或插入的内容已被撤销。请选择“全文”或“所选段落”。";

export async function applyOfficialFormat(opts: FormatOptions): Promise<FormatOutcome> {
  let syncs = 0;
  try {
    return await Word.run(async (context) => {
      const farEast = supports("WordApiDesktop", "1.3");
      const all = context.document.body.paragraphs;
      all.load("items/text,items/style,items/styleBuiltIn,items/outlineLevel,items/tableNestingLevel");
      let selected: Word.ParagraphCollection | null = null;
      let before: Word.ParagraphCollection | null = null;
      if (opts.scope !== "document") {
        let part: Word.Range | Word.ContentControl;
        if (opts.scope === "inserted") {
          const last = lastInsertion();
          if (!last) throw new UserError(MSG_NOTHING_INSERTED);
          part = context.document.body.contentControls.getByTag(last.tag).getFirst();
        } else {
          part = context.document.getSelection();
        }
        selected = part.paragraphs;
        selected.load("items/tableNestingLevel");
        // Paragraphs from the start of the body to the start of the part: the last of them is
        // the part's first paragraph, which gives its index in the body.
        before = context.document.body.getRange("Start").expandTo(part.getRange("Start")).paragraphs;
        before.load("items/tableNestingLevel");
      }
      await context.sync();
      syncs++;

      const model: CoreParagraph[] = all.items.map((p, index) => toCoreParagraph(p, index));
      const { items, title } = opts.analyze(model);
      const roles = planRoles(model, items, title);

      let targets: number[] = model.map((p) => p.index);
      if (selected && before) {
        const start = Math.max(0, before.items.length - 1);
        targets = selected.items.map((_, i) => start + i).filter((i) => i < model.length);
      }

      const byRole: Record<FormatRole, number> = { title: 0, h1: 0, h2: 0, h3: 0, body: 0 };
      let count = 0;
      for (const i of targets) {
        const role = roles[i];
        if (!role) continue;
        const f = formatFor(role, opts.lineSpacing);
        const p = all.items[i];
        if (farEast) {
          p.font.name = f.latinFont;
          (p.font as Word.Font & { nameFarEast: string }).nameFarEast = f.font;
        } else {
          p.font.name = f.font;
        }
        p.font.size = f.size;
        p.font.bold = f.bold;
        p.alignment = f.alignment as Word.Alignment;
        p.firstLineIndent = f.firstLineIndent;
        p.leftIndent = 0;
        p.lineSpacing = f.lineSpacing;
        p.spaceAfter = 0;
        p.spaceBefore = 0;
        byRole[role]++;
        count++;
      }
      let margins = false;
      // Document.pageSetup is WordApiDesktop 1.3, like Font.nameFarEast.
      if (opts.scope === "document" && farEast) {
        const setup = (context.document as Word.Document & { pageSetup: Word.PageSetup }).pageSetup;
        setup.topMargin = PAGE_MARGINS_CM.top * CM_TO_PT;
        setup.bottomMargin = PAGE_MARGINS_CM.bottom * CM_TO_PT;
        setup.leftMargin = PAGE_MARGINS_CM.left * CM_TO_PT;
        setup.rightMargin = PAGE_MARGINS_CM.right * CM_TO_PT;
        margins = true;
      }
      await context.sync();
      syncs++;
      return { paragraphs: count, byRole, eastAsianFontSlot: farEast ? "nameFarEast" : "name", margins, syncs };
    });
  } catch (e) {
    throw toUserError(e, "套用公文格式");
  }
}
