import { createWpsHost, MSG_SIM_LOCKED } from "../../src/playground/wps/sim";
import { SimDocument } from "../../src/playground/host";
import { createWordHost } from "../../src/playground/host";

describe("simulated WPS object model", () => {
  test("1-based paragraphs, Range.Text ends with \\r, Style as localized name, OutlineLevel 10 for body; every access counted", () => {
    const host = createWpsHost({ paragraphs: [{ text: "一、存在的问题", styleBuiltIn: "Heading1" }, { text: "正文。" }] });
    const doc = host.Application.ActiveDocument!;
    host.resetCallCount();
    const p = doc.Paragraphs.Item(1);
    expect(p.Range.Text).toBe("一、存在的问题\r");
    expect(p.Style).toBe("标题 1");
    expect(doc.Paragraphs.Item(2).OutlineLevel).toBe(10);
    expect(host.callCount()).toBe(8);
    expect(() => doc.Paragraphs.Item(3)).toThrow();
    expect(doc.Content.Text).toBe("一、存在的问题\r正文。\r");
    expect(host.Application.Name).toBe("Microsoft Word");
  });

  test("table cells read \\r\\x07 and rows add an end-of-row mark; positions count each mark once", () => {
    const host = createWpsHost({
      paragraphs: [{ text: "甲", table: { tableId: 1, row: 0, col: 0 } }, { text: "乙", table: { tableId: 1, row: 0, col: 1 } }, { text: "后" }],
    });
    const doc = host.Application.ActiveDocument!;
    expect(doc.Content.Text).toBe("甲\r\x07乙\r\x07\r\x07后\r");
    expect(doc.Paragraphs.Count).toBe(3);
    expect(doc.Paragraphs.Item(3).Range.Start).toBe(5);
    expect(doc.Paragraphs.Item(1).Range.Information(12)).toBe(true);
  });

  test("Range(start, end).Text of every span: the characters at those positions (cell and row marks read \\r\\x07)", () => {
    const host = createWpsHost({
      paragraphs: [{ text: "前言" }, { text: "甲", table: { tableId: 1, row: 0, col: 0 } }, { text: "乙丙", table: { tableId: 1, row: 0, col: 1 } }, { text: "后" }],
    });
    const doc = host.Application.ActiveDocument!;
    // What each position holds: 前 言 ¶ 甲 ¤ 乙 丙 ¤ (end of row) 后 ¶
    const at = ["前", "言", "\r", "甲", "\r\x07", "乙", "丙", "\r\x07", "\r\x07", "后", "\r"];
    for (let a = 0; a <= at.length; a++) {
      for (let b = a; b <= at.length; b++) expect([a, b, doc.Range(a, b).Text]).toEqual([a, b, at.slice(a, b).join("")]);
    }
    expect(doc.Content.Text).toBe(at.join(""));
  });

  test("InsertParagraphAfter, InsertAfter with \\r, Find.Execute narrowing the range, Delete", () => {
    const host = createWpsHost({ paragraphs: [{ text: "一是学习，二是学习。" }] });
    const doc = host.Application.ActiveDocument!;
    doc.Paragraphs.Item(1).Range.InsertParagraphAfter();
    expect(host.doc.body.map((p) => p.text)).toEqual(["一是学习，二是学习。", ""]);
    doc.Range(10, 10).InsertAfter("\r新段");
    expect(host.doc.body.map((p) => p.text)).toEqual(["一是学习，二是学习。", "新段", ""]);
    const r = doc.Paragraphs.Item(1).Range;
    expect(r.Find.Execute("二是学习", true)).toBe(true);
    expect([r.Start, r.End]).toEqual([5, 9]);
    r.Text = "二是研究";
    expect(host.doc.body[0].text).toBe("一是学习，二是研究。");
    doc.Paragraphs.Item(2).Range.Delete();
    expect(host.doc.body.map((p) => p.text)).toEqual(["一是学习，二是研究。", ""]);
  });

  test("bookmarks survive edits elsewhere and vanish with their text", () => {
    const host = createWpsHost({ paragraphs: [{ text: "甲" }, { text: "乙" }, { text: "丙" }] });
    const doc = host.Application.ActiveDocument!;
    doc.Bookmarks.Add("b1", doc.Paragraphs.Item(2).Range);
    doc.Range(0, 0).InsertBefore("前");
    expect(doc.Bookmarks.Item("b1").Range.Text).toBe("乙\r");
    doc.Paragraphs.Item(2).Range.Delete();
    expect(doc.Bookmarks.Exists("b1")).toBe(false);
    expect(() => doc.Bookmarks.Add("1bad", doc.Content)).toThrow();
  });

  test("read-only and protected documents: ReadOnly / ProtectionType, writes throw", () => {
    const host = createWpsHost({ paragraphs: [{ text: "甲" }], readOnly: "protected" });
    const doc = host.Application.ActiveDocument!;
    expect(doc.ProtectionType).toBe(3);
    expect(doc.ReadOnly).toBe(false);
    expect(() => host.Application.Selection.TypeText("x")).toThrow(MSG_SIM_LOCKED);
    host.doc.setReadOnly(true);
    expect(doc.ReadOnly).toBe(true);
    expect(() => (doc.Paragraphs.Item(1).Style = -2)).toThrow(MSG_SIM_LOCKED);
  });

  test("wraps the simulated Word host's SimDocument: one document, two object models", () => {
    const word = createWordHost({ paragraphs: [{ text: "甲" }] });
    const wps = createWpsHost(word.doc);
    expect(wps.doc).toBe(word.doc);
    wps.Application.ActiveDocument!.Range(1, 1).InsertAfter("乙");
    expect(word.doc.body[0].text).toBe("甲乙");
    expect(createWpsHost(new SimDocument()).doc.body).toHaveLength(1);
  });
});
