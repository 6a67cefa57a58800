import { analyze } from "../../src/core/analyze";
import { choosePreset } from "../../src/core/checker";
import { assertLocal, docText, paragraphsWith, setWholeDocumentScans } from "../../src/core/rules/util/scan";
import type { DocumentModel, RuleContext } from "../../src/core/types";
import { doc as model } from "./helpers";

function ctxOf(texts: string[]): RuleContext {
  const doc: DocumentModel = model(...texts);
  return { doc, analysis: analyze(doc, choosePreset(doc).preset), preset: choosePreset(doc).preset };
}

describe("whole-document scans", () => {
  const texts = ["第一段没有", "某某同志", "", "这里有某", "某在开头和结尾某", "最后一段"];

  it("lists each paragraph holding a match once, in order, as a per-paragraph test would", () => {
    const ctx = ctxOf(texts);
    const re = /某/;
    expect([...paragraphsWith(ctx, re)]).toEqual(texts.flatMap((t, i) => (re.test(t) ? [i] : [])));
    expect([...paragraphsWith(ctx, /最后/)]).toEqual([5]);
    expect([...paragraphsWith(ctx, /第一段/)]).toEqual([0]);
    expect([...paragraphsWith(ctx, /不存在/)]).toEqual([]);
  });

  it("joins the texts with a newline and records where each starts", () => {
    const ctx = ctxOf(["ab", "", "c"]);
    const { text, starts } = docText(ctx);
    expect(text).toBe("ab\n\nc");
    expect([...starts]).toEqual([0, 3, 4, 6]);
  });

  it("a paragraph holding a newline of its own is still one paragraph", () => {
    const ctx = ctxOf(["甲\n乙", "丙"]);
    expect([...paragraphsWith(ctx, /乙/)]).toEqual([0]);
    expect([...paragraphsWith(ctx, /丙/)]).toEqual([1]);
  });

  it("refuses triggers that could match across paragraphs or at their edges", () => {
    for (const re of [/^某/, /某$/, /a.b/, /[^某]/, /[^\s]/, /[\n某]/, /\s某/, /某(?=人)/, /(?<!自)我/, /某/m, /a\nb/]) expect(() => assertLocal(re)).toThrow(/not local/);
    for (const re of [/[XＸx×*＊_＿□■【]|某|[（(](?:此处|这里|请)/, /([的了])\1/, /\./, /[.]/, /取得[^，。；\n]{0,10}成效/]) expect(() => assertLocal(re)).not.toThrow();
  });

  it("with scans off, every paragraph is listed", () => {
    setWholeDocumentScans(false);
    try {
      expect([...paragraphsWith(ctxOf(texts), /某/)]).toEqual([0, 1, 2, 3, 4, 5]);
    } finally {
      setWholeDocumentScans(true);
    }
  });
});
