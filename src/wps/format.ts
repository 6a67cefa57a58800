/**
 * 套用公文格式 in WPS: the GB/T 9704 plan of src/core/format.ts applied through paragraph and font
 * properties (Font.NameFarEast for the Chinese font, Font.NameAscii for Latin text and digits,
 * Size, Bold; ParagraphFormat.Alignment, FirstLineIndent, LeftIndent, LineSpacingRule =
 * wdLineSpaceExactly with LineSpacing, SpaceBefore/After) and PageSetup margins for the whole
 * document. Only formatting is set; the text is never touched. Paragraphs are addressed by index
 * (Paragraphs.Item), which does not drift after tables. About 15 calls a paragraph, with
 * ScreenUpdating off while writing.
 */
import { CM_TO_PT, formatFor, PAGE_MARGINS_CM, planRoles, type FormatRole } from "../core/format";
import type { FormatOptions, FormatOutcome } from "../host/port";
import { WD_ALIGN, WD_LINE_SPACE_EXACTLY } from "./om";
import { assertWritable, session, toUserError, UserError } from "./app";
import { lastInsertion } from "./edit";
import { indexAt, readCore } from "./read";

export const MSG_NOTHING_INSERTED = "还没有插入过骨架，或插入的内容已被撤销。请选择“全文”或“所选段落”。";
export const MSG_INSERTED_GONE = "找不到上次插入的内容（可能已被删除）。请选择“全文”或“所选段落”。";

export async function applyOfficialFormat(opts: FormatOptions): Promise<FormatOutcome> {
  try {
    const s = session();
    const doc = s.doc;
    assertWritable(doc);
    let span: { start: number; end: number } | null = null;
    if (opts.scope === "inserted") {
      const last = lastInsertion();
      if (!last) throw new UserError(MSG_NOTHING_INSERTED);
      const marks = doc.Bookmarks;
      if (!marks.Exists(last.tag)) throw new UserError(MSG_INSERTED_GONE);
      const r = marks.Item(last.tag).Range;
      span = { start: r.Start, end: r.End };
    } else if (opts.scope === "selection") {
      const sel = s.app.Selection;
      span = { start: sel.Start, end: sel.End };
    }
    const { paragraphs, starts } = readCore(doc);
    const { items, title } = opts.analyze(paragraphs);
    const roles = planRoles(paragraphs, items, title);
    let targets = paragraphs.map((p) => p.index);
    if (span) {
      const a = Math.max(0, indexAt(starts, span.start));
      const b = Math.max(a, indexAt(starts, Math.max(span.start, span.end - 1)));
      targets = targets.slice(a, b + 1);
    }

    const byRole: Record<FormatRole, number> = { title: 0, h1: 0, h2: 0, h3: 0, body: 0 };
    let count = 0;
    const paras = doc.Paragraphs;
    let margins = false;
    s.app.ScreenUpdating = false;
    try {
      for (const i of targets) {
        const role = roles[i];
        if (!role) continue;
        const f = formatFor(role, opts.lineSpacing);
        const r = paras.Item(i + 1).Range;
        const font = r.Font;
        font.NameAscii = f.latinFont;
        font.NameFarEast = f.font;
        font.Size = f.size;
        font.Bold = f.bold ? 1 : 0;
        const pf = r.ParagraphFormat;
        pf.Alignment = WD_ALIGN[f.alignment];
        pf.FirstLineIndent = f.firstLineIndent;
        pf.LeftIndent = 0;
        pf.LineSpacingRule = WD_LINE_SPACE_EXACTLY;
        pf.LineSpacing = f.lineSpacing;
        pf.SpaceBefore = 0;
        pf.SpaceAfter = 0;
        byRole[role]++;
        count++;
      }
      if (opts.scope === "document") {
        const setup = doc.PageSetup;
        setup.TopMargin = PAGE_MARGINS_CM.top * CM_TO_PT;
        setup.BottomMargin = PAGE_MARGINS_CM.bottom * CM_TO_PT;
        setup.LeftMargin = PAGE_MARGINS_CM.left * CM_TO_PT;
        setup.RightMargin = PAGE_MARGINS_CM.right * CM_TO_PT;
        margins = true;
      }
    } finally {
      s.app.ScreenUpdating = true;
    }
    return { paragraphs: count, byRole, eastAsianFontSlot: "nameFarEast", margins, syncs: s.calls() };
  } catch (e) {
    throw toUserError(e, "套用公文格式");
  }
}
