/**
 * ByteXmlScanner (document.xml read from its UTF-8 bytes) against XmlScanner over TextDecoder's
 * output: the same tokens, the same paragraphs, the same refusals.
 */
import { unzipSync } from "fflate";
import { generateMaterial, toDocx } from "../../bench/generate";
import { parseDocumentXml } from "../../src/docx/read";
import { ListCounter, parseNumbering } from "../../src/docx/numbering";
import { parseStyles } from "../../src/docx/styles";
import { ByteXmlScanner, EOF, OPEN, TEXT, utf8Slice, XmlScanner, XmlSyntaxError, type XmlTokens } from "../../src/docx/xml";
import { W_NS } from "./helpers";

const enc = new TextEncoder();
const dec = new TextDecoder();
const keepBom = new TextDecoder("utf-8", { ignoreBOM: true });

function tokens(sc: XmlTokens): string[] {
  const out: string[] = [];
  try {
    for (let t = sc.next(); t !== EOF; t = sc.next()) {
      if (t === TEXT) out.push(`T:${sc.text()}`);
      else if (t === OPEN) {
        out.push(`O:${sc.name}:${sc.depth}:${sc.selfClosing}:${sc.attr("w:val")}:${sc.attr("a")}`);
        if (sc.name === "skip") sc.skipElement();
      } else out.push(`C:${sc.name}:${sc.depth}`);
    }
  } catch (e) {
    out.push(e instanceof XmlSyntaxError ? "XmlSyntaxError" : `other ${String(e)}`);
  }
  return out;
}

function paragraphs(xml: string | Uint8Array): unknown {
  const styles = parseStyles(null);
  try {
    return parseDocumentXml(xml, styles, new ListCounter(parseNumbering(null), styles));
  } catch (e) {
    return e instanceof XmlSyntaxError ? "XmlSyntaxError" : `other ${String(e)}`;
  }
}

const TRICKY = [
  `<?xml version="1.0"?><!-- c --><r a='1 > 2' b="x"><w:p w:val="&amp;&#x4e2d;&#25991;"/>文&lt;字<![CDATA[<不是标签>]]>😀 é × 中<skip><skip>x</skip></skip><skip a="1">y</skip><skipper/></r>`,
  `\ufeff<r>\n <a a  =  "v" w:val = 'q'>x</a><a a="v"a="w"/></r>\ufeff`,
  `<r><a></b></r>`,
  `<r><a>`,
  `<r>x</r><r/>`,
  `text<r/>`,
  `<r><!DOCTYPE x [<!ENTITY e "v">]><a/></r>`,
  `<r><a <b/></r>`,
  `<r attr="unterminated></r>`,
];

describe("ByteXmlScanner", () => {
  it.each(TRICKY.map((x) => [x]))("gives XmlScanner's tokens for %s", (xml) => {
    const bytes = enc.encode(xml);
    expect(tokens(new ByteXmlScanner(bytes))).toEqual(tokens(new XmlScanner(dec.decode(bytes))));
  });

  it("decodes text like TextDecoder, invalid bytes included", () => {
    let seed = 7;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) / 0x1000000;
    const pieces = [[0xe4, 0xb8, 0xad], [0xc3, 0xa9], [0xf0, 0x9f, 0x98, 0x80], [0x41], [0xe4, 0xb8], [0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe0, 0x80, 0x80], [0xff], [0xef, 0xbb, 0xbf]];
    for (let n = 0; n < 2000; n++) {
      const bytes: number[] = [];
      for (let k = Math.floor(rnd() * 12); k > 0; k--) bytes.push(...pieces[Math.floor(rnd() * pieces.length)]);
      const b = Uint8Array.from(bytes);
      // As inside a decoded document: a byte-order mark in the middle is kept.
      expect(utf8Slice(b, 0, b.length)).toBe(keepBom.decode(b));
      const framed = Uint8Array.from([0x3c, 0x61, 0x3e, ...b, 0x3c]);
      expect(utf8Slice(framed, 3, framed.length - 1)).toBe(dec.decode(framed).slice(3, -1));
    }
    const long = enc.encode("中".repeat(20000));
    expect(utf8Slice(long, 0, long.length)).toBe("中".repeat(20000));
  });

  it("reads a generated 2,000-paragraph document.xml to the same paragraphs as the decoded text", () => {
    const files = unzipSync(toDocx(generateMaterial(2000, 5, { messyEvery: 2 })));
    const bytes = files["word/document.xml"];
    const fromBytes = paragraphs(bytes) as { text: string }[];
    expect(fromBytes).toEqual(paragraphs(dec.decode(bytes)));
    expect(fromBytes.length).toBe(2000);
  });

  it("reads tricky paragraphs (entities, breaks, fields, tracked changes, text boxes, invalid bytes) like the decoded text", () => {
    const body =
      `<w:p><w:r><w:t>甲&amp;乙</w:t><w:tab/><w:t xml:space="preserve"> 丙 </w:t><w:br/><w:br w:type="page"/><w:sym w:char="00D7"/></w:r></w:p>` +
      `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
      `<w:p><w:pPr><w:rPr><w:del w:id="1"/></w:rPr></w:pPr><w:r><w:t>前</w:t></w:r></w:p><w:p><w:del><w:r><w:delText>删</w:delText></w:r></w:del><w:ins><w:r><w:t>后</w:t></w:r></w:ins></w:p>` +
      `<w:p><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>框</w:t></w:r></w:p></w:txbxContent></w:drawing><w:t>锚</w:t></w:r></w:p>` +
      `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>表</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
      `<w:p><w:pPr><w:pStyle w:val="a&amp;b"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>XX</w:t></w:r></w:p>`;
    const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`;
    const bytes = enc.encode(xml);
    expect(paragraphs(bytes)).toEqual(paragraphs(dec.decode(bytes)));
    // Bytes that are not UTF-8 inside a run.
    const at = xml.indexOf("XX");
    const bad = Uint8Array.from([...enc.encode(xml.slice(0, at)), 0xe4, 0xb8, 0xff, 0x80, ...enc.encode(xml.slice(at))]);
    const fromBad = paragraphs(bad) as { text: string }[];
    expect(fromBad).toEqual(paragraphs(dec.decode(bad)));
    expect(fromBad[fromBad.length - 1].text).toContain("\ufffd");
  });
});
