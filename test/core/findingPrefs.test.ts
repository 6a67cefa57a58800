import { applyWordList, coveredByWords, DOC_BUCKET, documentKey, findingFingerprint, formatWordList, parseWordList } from "../../src/core/findingPrefs";
import { compact } from "../../src/core/normalize";
import type { DocumentModel, Finding } from "../../src/core/types";

const doc = (texts: string[]): DocumentModel => ({
  paragraphs: texts.map((text, index) => ({ index, text, styleName: "正文", headingLevel: null, listString: "", inTable: false })),
});
const f = (over: Partial<Finding>): Finding => ({ ruleId: "placeholder", severity: "error", message: "未填写的占位符", paragraph: 1, ...over });

describe("findingFingerprint", () => {
  const d = doc(["标题", "在某某村调研", "学习不够深入。"]);
  test("rule id + normalized quote, independent of paragraph number", () => {
    expect(findingFingerprint(f({ quote: "某 某" }), d)).toBe(findingFingerprint(f({ quote: "某某", paragraph: 7 }), d));
    expect(findingFingerprint(f({ quote: "某某" }), d)).not.toBe(findingFingerprint(f({ ruleId: "wording", quote: "某某" }), d));
  });
  test("paragraph text without a quote; message for whole-document findings", () => {
    expect(findingFingerprint(f({ ruleId: "missing-example", paragraph: 2 }), d)).toBe("missing-example|p:学习不够深入。");
    expect(findingFingerprint(f({ ruleId: "balance", paragraph: -1, message: "篇幅 不够" }), d)).toBe("balance|m:篇幅不够");
  });
  test("full-width and half-width quotes give one fingerprint", () => {
    expect(findingFingerprint(f({ quote: "ＸＸ局" }))).toBe(findingFingerprint(f({ quote: "XX局" })));
  });
});

describe("documentKey", () => {
  test("title plus paragraph-count bucket; stable under small edits", () => {
    const a = doc(["", " 某局班子对照检查材料", ...Array(10).fill("正文")]);
    const b = doc(["某局班子对照检查材料", ...Array(20).fill("改过的正文")]);
    expect(documentKey(a)).toBe(documentKey(b));
    const big = doc(["某局班子对照检查材料", ...Array(DOC_BUCKET + 5).fill("x")]);
    expect(documentKey(big)).not.toBe(documentKey(a));
    expect(documentKey(doc(["另一份材料"]))).not.toBe(documentKey(a));
  });
  test("the title is the first paragraph non-empty once normalized; none gives an empty title", () => {
    // What the key is defined as, computed over the whole document.
    const whole = (d: DocumentModel) => {
      const title = d.paragraphs.map((p) => compact(p.text)).find((t) => t.length > 0) ?? "";
      return `${Array.from(title).slice(0, 60).join("")}#${Math.floor(d.paragraphs.length / DOC_BUCKET)}`;
    };
    const docs = [
      doc([]),
      doc(["", " ", "\u3000\u200b"]),
      doc(["\u3000", "", "　某局班子 对照检查材料　", "正文"]),
      doc(["\u200b", "𠀀".repeat(70) + "尾", "第二段"]),
      doc([...Array(250).fill(" "), "很长的文档里迟来的标题", ...Array(300).fill("x")]),
    ];
    for (const d of docs) expect(documentKey(d)).toBe(whole(d));
    expect(documentKey(docs[1])).toBe("#0");
    expect(documentKey(docs[2])).toBe("某局班子对照检查材料#0");
  });
});

describe("本单位词表", () => {
  test("parse: one per line, trims, skips blanks, comments and duplicates; BOM and CRLF", () => {
    expect(parseWordList("\uFEFF张三丰\r\n\r\n# 注释\n 某某村 \n张三丰\n")).toEqual(["张三丰", "某某村"]);
    expect(formatWordList(["甲", "乙"])).toBe("甲\n乙\n");
    expect(parseWordList(formatWordList(["甲", "乙"]))).toEqual(["甲", "乙"]);
  });
  test("a quote equal to a listed word is dropped, for wording/placeholder/canonical-term only", () => {
    const words = ["雪中送碳茶社"];
    expect(coveredByWords(f({ ruleId: "wording", quote: "雪中送碳茶社" }), words)).toBe(true);
    expect(coveredByWords(f({ ruleId: "missing-example", quote: "雪中送碳茶社" }), words)).toBe(false);
  });
  test("a quote inside a listed word in its paragraph is covered; another occurrence outside is not", () => {
    const d = doc(["标题", "在某某村调研", "在某某村调研，某某同志参加"]);
    expect(coveredByWords(f({ quote: "某某", paragraph: 1 }), ["某某村"], d)).toBe(true);
    expect(coveredByWords(f({ quote: "某某", paragraph: 2 }), ["某某村"], d)).toBe(false);
    expect(coveredByWords(f({ quote: "某某", paragraph: 1 }), ["某某村"])).toBe(false);
  });
  test("applyWordList keeps order and the rest", () => {
    const list = [f({ quote: "XX" }), f({ quote: "张三丰" }), f({ ruleId: "numbering", quote: "张三丰" })];
    expect(applyWordList(list, ["张三丰"]).map((x) => x.quote)).toEqual(["XX", "张三丰"]);
    expect(applyWordList(list, [])).toEqual(list);
  });
});
