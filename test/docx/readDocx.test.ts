import { strToU8, zipSync } from "fflate";
import { readDocx, DocxReadError } from "../../src/docx";
import { abstractNum, miniDocx, num, p, style } from "./helpers";

function texts(bytes: Uint8Array): string[] {
  return readDocx(bytes).paragraphs.map((x) => x.text);
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DocxReadError);
    expect((e as DocxReadError).message).toMatch(/[\u4e00-\u9fff]/);
    return (e as DocxReadError).code;
  }
  throw new Error("did not throw");
}

describe("readDocx: text", () => {
  it("keeps paragraph text exactly, including full-width punctuation and spaces", () => {
    const doc = readDocx(
      miniDocx({ body: p("（一）在理论学习方面。  一是学用结合不够，“学”与“做”脱节；") + p("") + p("A &amp; B <c>") }),
    );
    expect(doc.paragraphs.map((x) => x.text)).toEqual([
      "（一）在理论学习方面。  一是学用结合不够，“学”与“做”脱节；",
      "",
      "A &amp; B <c>",
    ]);
    expect(doc.paragraphs.map((x) => x.index)).toEqual([0, 1, 2]);
    expect(doc.paragraphs[0]).toMatchObject({ styleName: "", headingLevel: null, listString: "", inTable: false });
  });

  it("joins runs and renders tab, break, no-break hyphen and symbols", () => {
    const body =
      `<w:p><w:r><w:t>前</w:t></w:r><w:r><w:tab/><w:t>中</w:t><w:br/><w:t>后</w:t></w:r>` +
      `<w:r><w:br w:type="page"/><w:t>页</w:t><w:noBreakHyphen/><w:softHyphen/><w:t>尾</w:t><w:sym w:font="Wingdings" w:char="F0FC"/><w:sym w:font="SimSun" w:char="2605"/></w:r></w:p>`;
    expect(texts(miniDocx({ body }))).toEqual(["前\t中\n后页-尾★"]);
  });

  it("skips tracked deletions and keeps insertions", () => {
    const body =
      `<w:p><w:r><w:t>查摆问题</w:t></w:r>` +
      `<w:del w:id="1" w:author="x"><w:r><w:delText>不够深入</w:delText></w:r></w:del>` +
      `<w:ins w:id="2" w:author="x"><w:r><w:t>还不具体</w:t></w:r></w:ins>` +
      `<w:moveFrom w:id="3" w:author="x"><w:r><w:t>挪走的字</w:t></w:r></w:moveFrom>` +
      `<w:r><w:t>。</w:t></w:r></w:p>`;
    expect(texts(miniDocx({ body }))).toEqual(["查摆问题还不具体。"]);
  });

  it("drops a paragraph that was deleted entirely with its mark, and merges when only the mark was deleted", () => {
    const delMark = `<w:pPr><w:rPr><w:del w:id="9" w:author="x"/></w:rPr></w:pPr>`;
    const body =
      p("第一段") +
      `<w:p>${delMark}<w:del w:id="5" w:author="x"><w:r><w:delText>整段删除</w:delText></w:r></w:del></w:p>` +
      `<w:p>${delMark}<w:r><w:t>上半句</w:t></w:r></w:p>` +
      p("下半句") +
      p("末段");
    expect(texts(miniDocx({ body }))).toEqual(["第一段", "上半句下半句", "末段"]);
  });

  it("ignores field instructions and keeps field results", () => {
    const body =
      `<w:p><w:r><w:t>见第</w:t></w:r>` +
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
      `<w:r><w:t>页，</w:t></w:r><w:fldSimple w:instr=" DATE "><w:r><w:t>2026年1月</w:t></w:r></w:fldSimple></w:p>`;
    expect(texts(miniDocx({ body }))).toEqual(["见第3页，2026年1月"]);
  });

  it("reads table paragraphs (inTable), content controls and text boxes in order, the fallback copy once", () => {
    const cell = (t: string) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${p(t)}</w:tc>`;
    const body =
      p("表前") +
      `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid>` +
      `<w:tr>${cell("问题")}${cell("措施")}</w:tr><w:tr>${cell("时限")}<w:tc/></w:tr></w:tbl>` +
      `<w:sdt><w:sdtPr><w:alias w:val="占位"/><w:tag w:val="duizhao:placeholder"/><w:placeholder><w:docPart w:val="x"/></w:placeholder></w:sdtPr>` +
      `<w:sdtContent>${p("控件内段落")}</w:sdtContent></w:sdt>` +
      `<w:p><w:r><w:t>行内</w:t></w:r><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt>` +
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>${p("文本框")}</w:txbxContent></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><w:txbxContent>${p("文本框")}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
      p("表后");
    const doc = readDocx(miniDocx({ body }));
    expect(doc.paragraphs.map((x) => [x.text, x.inTable])).toEqual([
      ["表前", false],
      ["问题", true],
      ["措施", true],
      ["时限", true],
      ["控件内段落", false],
      ["行内控件", false],
      ["文本框", false],
      ["表后", false],
    ]);
  });

  it("accepts a non-w namespace prefix and a missing relationship part", () => {
    const xml = `<?xml version="1.0"?><x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p><x:r><x:t>前缀</x:t></x:r></x:p></x:body></x:document>`;
    const bytes = zipSync({ "word/document.xml": strToU8(xml) });
    expect(texts(bytes)).toEqual(["前缀"]);
  });

  it("follows the officeDocument relationship to a non-default main part", () => {
    const bytes = miniDocx({
      body: p("不应读到"),
      parts: {
        "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>`,
        "word/document2.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p("主文档")}</w:body></w:document>`,
      },
    });
    expect(texts(bytes)).toEqual(["主文档"]);
  });
});

describe("readDocx: styles", () => {
  const styles =
    style("a", "Normal", { isDefault: true }) +
    style("1", "heading 1", { basedOn: "a", outline: 0 }) +
    style("2", "heading 2", { basedOn: "a" }) +
    style("30", "标题 3", { basedOn: "a" }) +
    style("MyTitle", "我的一级", { basedOn: "1" }) +
    style("MyTitle2", "我的派生", { basedOn: "MyTitle" }) +
    style("Outline4", "四级大纲", { outline: 3 }) +
    style("BodyOutline", "正文大纲", { basedOn: "1", outline: 9 }) +
    style("Title", "Title", { basedOn: "a" });

  it("detects headings by built-in name (numeric ids), localized name, basedOn chains and outline levels", () => {
    const body =
      p("标题", { style: "Title" }) +
      p("一、存在的问题", { style: "1" }) +
      p("（一）方面", { style: "2" }) +
      p("1.小标题", { style: "30" }) +
      p("派生一级", { style: "MyTitle" }) +
      p("派生的派生", { style: "MyTitle2" }) +
      p("四级", { style: "Outline4" }) +
      p("正文大纲级别", { style: "BodyOutline" }) +
      p("直接大纲", { outline: 1 }) +
      p("直接正文级别覆盖", { style: "MyTitle", outline: 9 }) +
      p("内置标题不受直接格式影响", { style: "1", outline: 9 }) +
      p("未定义的样式", { style: "Heading5" }) +
      p("普通正文");
    const doc = readDocx(miniDocx({ body, styles }));
    expect(doc.paragraphs.map((x) => [x.styleName, x.headingLevel])).toEqual([
      ["Title", null],
      ["heading 1", 1],
      ["heading 2", 2],
      ["标题 3", 3],
      ["我的一级", 1],
      ["我的派生", 1],
      ["四级大纲", 4],
      ["正文大纲", null],
      ["Normal", 2],
      ["我的一级", null],
      ["heading 1", 1],
      ["Heading5", 5],
      ["Normal", null],
    ]);
  });

  it("survives a basedOn cycle", () => {
    const styles = style("x", "甲", { basedOn: "y" }) + style("y", "乙", { basedOn: "x", outline: 1 });
    const doc = readDocx(miniDocx({ body: p("循环", { style: "x" }), styles }));
    expect(doc.paragraphs[0]).toMatchObject({ styleName: "甲", headingLevel: 2 });
  });
});

describe("readDocx: numbering", () => {
  const numbering =
    abstractNum(0, [
      ["chineseCounting", "%1、"],
      ["chineseCounting", "（%2）"],
      ["decimal", "%3."],
      ["decimalEnclosedCircle", "%4"],
    ]) +
    abstractNum(1, [["decimal", "%1."]]) +
    abstractNum(2, [["bullet", "\uF06C"]]) +
    abstractNum(3, [["upperRoman", "%1."], ["lowerLetter", "%1.%2)"]]) +
    num(1, 0) +
    num(2, 1) +
    num(3, 1, { 0: 5 }) +
    num(4, 2) +
    num(5, 3) +
    num(6, 1, { 0: 1 });

  it("renders chinese counting levels and restarts lower levels when a higher level advances", () => {
    const body =
      p("存在的问题", { numId: 1, ilvl: 0 }) +
      p("理论学习方面", { numId: 1, ilvl: 1 }) +
      p("正文", {}) +
      p("政治素质方面", { numId: 1, ilvl: 1 }) +
      p("细项", { numId: 1, ilvl: 2 }) +
      p("细项", { numId: 1, ilvl: 2 }) +
      p("圈号", { numId: 1, ilvl: 3 }) +
      p("细项", { numId: 1, ilvl: 2 }) +
      p("原因分析", { numId: 1, ilvl: 0 }) +
      p("思想方面", { numId: 1, ilvl: 1 }) +
      p("细项", { numId: 1, ilvl: 2 });
    const doc = readDocx(miniDocx({ body, numbering }));
    expect(doc.paragraphs.map((x) => x.listString)).toEqual([
      "一、", "（一）", "", "（二）", "1.", "2.", "①", "3.", "二、", "（一）", "1.",
    ]);
  });

  it("counts up to 十一 and beyond", () => {
    const body = Array.from({ length: 12 }, (_, i) => p(`第${i}`, { numId: 1, ilvl: 0 })).join("");
    const doc = readDocx(miniDocx({ body, numbering }));
    expect(doc.paragraphs.map((x) => x.listString).slice(8)).toEqual(["九、", "十、", "十一、", "十二、"]);
  });

  it("applies startOverride, shares counters between nums of one abstractNum, and restarts with an override", () => {
    const body =
      p("a", { numId: 2 }) + p("b", { numId: 2 }) + p("c", { numId: 3 }) + p("d", { numId: 3 }) + p("e", { numId: 2 }) + p("f", { numId: 6 });
    const doc = readDocx(miniDocx({ body, numbering }));
    expect(doc.paragraphs.map((x) => x.listString)).toEqual(["1.", "2.", "5.", "6.", "7.", "1."]);
  });

  it("renders bullets, multi-level placeholders, roman and letters, and numId 0 as no list", () => {
    const body =
      p("点", { numId: 4 }) +
      p("罗马", { numId: 5, ilvl: 0 }) +
      p("字母", { numId: 5, ilvl: 1 }) +
      p("字母", { numId: 5, ilvl: 1 }) +
      p("取消编号", { numId: 0 }) +
      p("不存在的编号", { numId: 99 });
    const doc = readDocx(miniDocx({ body, numbering }));
    expect(doc.paragraphs.map((x) => x.listString)).toEqual(["•", "I.", "I.a)", "I.b)", "", ""]);
  });

  it("takes numbering from the paragraph style (inherited through basedOn), matching a level by w:pStyle", () => {
    const numbering2 =
      `<w:abstractNum w:abstractNumId="7">` +
      `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:pStyle w:val="H1"/></w:lvl>` +
      `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:pStyle w:val="H2"/></w:lvl>` +
      `</w:abstractNum>` +
      num(8, 7);
    const styles =
      style("Normal", "Normal", { isDefault: true }) +
      style("H1", "heading 1", { numId: 8 }) +
      style("H2", "heading 2", { numId: 8 }) +
      style("H2b", "我的二级", { basedOn: "H2" });
    const body = p("问题", { style: "H1" }) + p("方面", { style: "H2" }) + p("方面", { style: "H2b" }) + p("原因", { style: "H1" }) + p("不编号", { style: "H1", numId: 0 });
    const doc = readDocx(miniDocx({ body, numbering: numbering2, styles }));
    expect(doc.paragraphs.map((x) => x.listString)).toEqual(["一、", "（一）", "（二）", "二、", ""]);
  });

  it("formats number styles", () => {
    const { formatNumber } = jest.requireActual("../../src/docx") as typeof import("../../src/docx");
    expect(formatNumber(7, "decimalFullWidth")).toBe("７");
    expect(formatNumber(3, "decimalEnclosedCircleChinese")).toBe("③");
    expect(formatNumber(21, "decimalEnclosedCircle")).toBe("㉑");
    expect(formatNumber(5, "decimalZero")).toBe("05");
    expect(formatNumber(2, "ideographTraditional")).toBe("乙");
    expect(formatNumber(20, "chineseCountingThousand")).toBe("二十");
    expect(formatNumber(105, "chineseCounting")).toBe("一百零五");
    expect(formatNumber(110, "chineseCounting")).toBe("一百一十");
    expect(formatNumber(28, "upperLetter")).toBe("BB");
    expect(formatNumber(14, "lowerRoman")).toBe("xiv");
    expect(formatNumber(12, "japaneseCounting")).toBe("十二");
    expect(formatNumber(3, "chineseLegalSimplified")).toBe("叁");
  });
});

describe("readDocx: errors", () => {
  it("rejects random bytes as not-zip", () => {
    const bytes = new Uint8Array(1000);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (x = (x * 1103515245 + 12345) & 0x7fffffff) & 0xff;
    bytes[0] = 0x41;
    expect(codeOf(() => readDocx(bytes))).toBe("not-zip");
    expect(codeOf(() => readDocx(new Uint8Array(0)))).toBe("not-zip");
  });

  it("reports an OLE compound file as encrypted or old .doc", () => {
    const bytes = new Uint8Array(512);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(codeOf(() => readDocx(bytes))).toBe("encrypted");
    try {
      readDocx(bytes);
    } catch (e) {
      expect((e as Error).message).toContain("可能是加密文档或旧版 .doc 格式");
    }
  });

  it("reports a zip without word/document.xml", () => {
    expect(codeOf(() => readDocx(zipSync({ "hello.txt": strToU8("hi") })))).toBe("no-document");
  });

  it("reports a truncated zip", () => {
    const good = miniDocx({ body: p("一段文字".repeat(50)) });
    expect(codeOf(() => readDocx(good.subarray(0, Math.floor(good.length / 2))))).toBe("corrupt-zip");
  });

  it("reports corrupt XML", () => {
    const cut = zipSync({ "word/document.xml": strToU8(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>半截`) });
    expect(codeOf(() => readDocx(cut))).toBe("bad-xml");
    const mismatched = miniDocx({ body: `<w:p><w:r><w:t>错</w:r></w:t></w:p>` });
    expect(codeOf(() => readDocx(mismatched))).toBe("bad-xml");
    const badStyles = miniDocx({ body: p("x"), styles: `<w:style w:styleId="a">` });
    expect(codeOf(() => readDocx(badStyles))).toBe("bad-xml");
  });

  it("enforces the size limit (injectable)", () => {
    const good = miniDocx({ body: p("内容") });
    expect(codeOf(() => readDocx(good, { maxBytes: 100 }))).toBe("too-large");
    expect(codeOf(() => readDocx(good, { maxUnpackedBytes: 10 }))).toBe("inflate-limit");
    expect(readDocx(good, { maxBytes: good.length }).paragraphs).toHaveLength(1);
  });
});

describe("readDocx: text boxes", () => {
  it("reads a VML-only text box and a text box with several paragraphs after its anchor, in order", () => {
    const vml = `<w:p><w:r><w:t>锚点</w:t></w:r><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${p("框一")}${p("框二")}</w:txbxContent></v:textbox></v:shape></w:pict></w:r><w:r><w:t>之后</w:t></w:r></w:p>`;
    const doc = readDocx(miniDocx({ body: p("前") + vml + p("后") }));
    expect(doc.paragraphs.map((x) => x.text)).toEqual(["前", "锚点之后", "框一", "框二", "后"]);
    expect(doc.paragraphs.map((x) => x.index)).toEqual([0, 1, 2, 3, 4]);
  });
  it("a document whose only text is in a text box has that text", () => {
    const box = `<w:p><w:r><w:drawing><wps:txbx xmlns:wps="x"><w:txbxContent>${p("只在文本框里")}</w:txbxContent></wps:txbx></w:drawing></w:r></w:p>`;
    expect(readDocx(miniDocx({ body: box })).paragraphs.map((x) => x.text)).toEqual(["", "只在文本框里"]);
  });
});
