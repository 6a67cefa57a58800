/**
 * .docx → core DocumentModel. Runs in Node and in the browser (fflate + a hand-written tokenizer,
 * no Node-only APIs).
 *
 * Decisions:
 * - Body paragraphs in document order, including paragraphs in table cells (inTable) and in
 *   block-level content controls. Text boxes, drawings and VML shapes are skipped.
 * - w:t text is kept exactly; w:tab / w:ptab → "\t"; w:br (text wrapping) and w:cr → "\n";
 *   page and column breaks → nothing; w:noBreakHyphen → "-"; w:softHyphen → nothing;
 *   w:sym → its character unless it is a symbol-font private-use code.
 * - Tracked changes: deletions (w:del, w:moveFrom) are skipped, insertions kept. A paragraph whose
 *   mark was deleted is merged into the next paragraph (a fully deleted paragraph disappears).
 * - Ruby (phonetic guide) annotations are skipped; the base text is kept. Hidden text (w:vanish) is
 *   not filtered.
 * - Fields: instructions (w:instrText, and anything between fldChar begin and separate) are
 *   skipped; the field result is kept.
 */

import { unzipSync, type UnzipFileInfo } from "fflate";
import type { DocumentModel, Paragraph } from "../core/types";
import { DocxReadError } from "./errors";
import { ListCounter, parseNumbering } from "./numbering";
import { headingLevelFromName, parseStyles, wordPrefix, type StyleTable } from "./styles";
import { CLOSE, EOF, int, OPEN, TEXT, XmlScanner, XmlSyntaxError } from "./xml";

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface ReadDocxOptions {
  /** Reject inputs larger than this many bytes (default 50 MB). */
  maxBytes?: number;
  /** Reject when the XML parts we read would inflate to more than this (default 20 × maxBytes). */
  maxUnpackedBytes?: number;
}

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

function isZip(bytes: Uint8Array): boolean {
  // Local file header, empty archive (end of central directory) or spanned-archive marker.
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6) || (bytes[2] === 7 && bytes[3] === 8))
  );
}

const utf8 = new TextDecoder("utf-8");

function decodeXmlBytes(b: Uint8Array): string {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return new TextDecoder("utf-16le").decode(b.subarray(2));
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return new TextDecoder("utf-16be").decode(b.subarray(2));
  return utf8.decode(b);
}

function normPart(name: string): string {
  return name.replace(/^\/+/, "").toLowerCase();
}

/** Resolve a relationship target relative to the folder of the source part. */
function resolveTarget(sourceDir: string, target: string): string {
  if (target.startsWith("/")) return normPart(target);
  const parts = (sourceDir ? sourceDir.split("/") : []).concat(target.split("/"));
  const out: string[] = [];
  for (const p of parts) {
    if (p === "" || p === ".") continue;
    if (p === "..") out.pop();
    else out.push(p);
  }
  return out.join("/").toLowerCase();
}

/** Relationship targets by type suffix ("officeDocument", "styles", "numbering"). */
function parseRels(xml: string, sourceDir: string): Map<string, string> {
  const out = new Map<string, string>();
  const sc = new XmlScanner(xml);
  for (let t = sc.next(); t !== EOF; t = sc.next()) {
    if (t !== OPEN || !sc.name.endsWith("Relationship")) continue;
    const type = sc.attr("Type") ?? "";
    const target = sc.attr("Target");
    if (!target || sc.attr("TargetMode") === "External") continue;
    const kind = type.slice(type.lastIndexOf("/") + 1);
    if (!out.has(kind)) out.set(kind, resolveTarget(sourceDir, target));
  }
  return out;
}

class Archive {
  private readonly files = new Map<string, Uint8Array>();
  private unpacked = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly maxUnpacked: number,
  ) {}

  /** Extract the given parts (lower-case names) that exist; already extracted parts are kept. */
  extract(names: Iterable<string>): void {
    const want = new Set<string>();
    for (const n of names) if (!this.files.has(n)) want.add(n);
    if (want.size === 0) return;
    let tooLarge = false;
    let got: Record<string, Uint8Array>;
    try {
      got = unzipSync(this.bytes, {
        filter: (f: UnzipFileInfo) => {
          if (!want.has(normPart(f.name))) return false;
          this.unpacked += f.originalSize;
          if (this.unpacked > this.maxUnpacked) {
            tooLarge = true;
            return false;
          }
          return true;
        },
      });
    } catch (e) {
      throw new DocxReadError("corrupt-zip", "文件已损坏：zip 压缩包不完整或无法解压", String(e));
    }
    if (tooLarge) throw new DocxReadError("too-large", "文件解压后过大，已拒绝读取");
    for (const [name, data] of Object.entries(got)) this.files.set(normPart(name), data);
  }

  text(name: string): string | null {
    const b = this.files.get(name);
    return b ? decodeXmlBytes(b) : null;
  }
}

function parsePart<T>(part: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof XmlSyntaxError) {
      throw new DocxReadError("bad-xml", `文档内容已损坏：${part} 不是有效的 XML`, e.message);
    }
    throw e;
  }
}

/** Read a .docx file into the core document model. Throws DocxReadError. */
export function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): DocumentModel {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new DocxReadError("too-large", `文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB 上限`);
  }
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new DocxReadError("encrypted", "可能是加密文档或旧版 .doc 格式，请另存为未加密的 .docx 后再检查");
  }
  if (!isZip(bytes)) throw new DocxReadError("not-zip", "不是 .docx 文件（不是 zip 压缩包）");

  const archive = new Archive(bytes, options.maxUnpackedBytes ?? maxBytes * 20);
  const defaults = ["_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml"];
  archive.extract(defaults);

  const rootRels = archive.text("_rels/.rels");
  let mainPart = "word/document.xml";
  if (rootRels) {
    const rels = parsePart("_rels/.rels", () => parseRels(rootRels, ""));
    mainPart = rels.get("officeDocument") ?? mainPart;
  }
  const mainDir = mainPart.includes("/") ? mainPart.slice(0, mainPart.lastIndexOf("/")) : "";
  const mainRelsName = `${mainDir ? mainDir + "/" : ""}_rels/${mainPart.slice(mainDir ? mainDir.length + 1 : 0)}.rels`;
  archive.extract([mainPart, mainRelsName]);
  const docXml = archive.text(mainPart);
  if (docXml === null) throw new DocxReadError("no-document", "压缩包里没有 word/document.xml，不是 Word 文档");

  let stylesPart = "word/styles.xml";
  let numberingPart = "word/numbering.xml";
  const docRels = archive.text(mainRelsName);
  if (docRels) {
    const rels = parsePart(mainRelsName, () => parseRels(docRels, mainDir));
    stylesPart = rels.get("styles") ?? stylesPart;
    numberingPart = rels.get("numbering") ?? numberingPart;
  }
  archive.extract([stylesPart, numberingPart]);
  const styles = parsePart(stylesPart, () => parseStyles(archive.text(stylesPart)));
  const numbering = parsePart(numberingPart, () => parseNumbering(archive.text(numberingPart)));
  const counter = new ListCounter(numbering, styles);
  return parsePart(mainPart, () => ({ paragraphs: parseDocumentXml(docXml, styles, counter) }));
}

/** Parse the main document part; exported for tests and the benchmark. */
export function parseDocumentXml(xml: string, styles: StyleTable, counter: ListCounter): Paragraph[] {
  const sc = new XmlScanner(xml);
  const out: Paragraph[] = [];
  if (sc.next() !== OPEN) return out;
  const w = wordPrefix(sc);
  const N = {
    p: w + "p",
    pPr: w + "pPr",
    pStyle: w + "pStyle",
    numId: w + "numId",
    ilvl: w + "ilvl",
    outlineLvl: w + "outlineLvl",
    rPr: w + "rPr",
    del: w + "del",
    t: w + "t",
    tab: w + "tab",
    ptab: w + "ptab",
    br: w + "br",
    cr: w + "cr",
    noBreakHyphen: w + "noBreakHyphen",
    sym: w + "sym",
    tc: w + "tc",
    fldChar: w + "fldChar",
    val: w + "val",
  };
  // Elements skipped with everything inside them.
  const skip = new Set(
    [
      "del", "moveFrom", "delText", "instrText", "delInstrText", "pPrChange", "rPrChange", "sectPrChange",
      "tblPrChange", "trPrChange", "tcPrChange", "drawing", "pict", "object", "sdtPr", "sdtEndPr",
      "tblPr", "tblGrid", "trPr", "tcPr", "sectPr", "footnoteReference", "endnoteReference", "rt",
    ].map((n) => w + n),
  );
  skip.add("mc:Fallback");
  skip.add("w10:wrap");

  let tcDepth = 0;
  let inPara = false;
  let paraDepth = 0;
  let inT = false;
  let parts: string[] = [];
  let pStyle: string | null = null;
  let numId: string | null = null;
  let ilvl: number | null = null;
  let outlineLvl: number | null = null;
  let markDeleted = false;
  let carry = "";
  let carryTable = false;
  /** Open complex fields: true while still in the instruction part. */
  const fields: boolean[] = [];
  let instrOpen = 0;

  for (let t = sc.next(); t !== EOF; t = sc.next()) {
    if (t === TEXT) {
      if (inT && instrOpen === 0) parts.push(sc.text());
      continue;
    }
    const n = sc.name;
    if (t === CLOSE) {
      if (n === N.t) inT = false;
      else if (n === N.tc) tcDepth--;
      else if (inPara && n === N.p && sc.depth === paraDepth - 1) {
        inPara = false;
        const text = carry + parts.join("");
        if (markDeleted) {
          carry = text;
          carryTable = carryTable || tcDepth > 0;
          continue;
        }
        carry = "";
        out.push(makeParagraph(out.length, text, tcDepth > 0 || carryTable, pStyle, numId, ilvl, outlineLvl, styles, counter));
        carryTable = false;
      }
      continue;
    }
    // OPEN
    if (skip.has(n)) {
      sc.skipElement();
      continue;
    }
    if (!inPara) {
      if (n === N.p) {
        inPara = true;
        paraDepth = sc.depth;
        parts = [];
        pStyle = null;
        numId = null;
        ilvl = null;
        outlineLvl = null;
        markDeleted = false;
        inT = false;
      } else if (n === N.tc) {
        tcDepth++; // a self-closing cell gets a synthetic CLOSE too
      }
      continue;
    }
    switch (n) {
      case N.t:
        inT = !sc.selfClosing;
        break;
      case N.tab:
      case N.ptab:
        if (instrOpen === 0) parts.push("\t");
        break;
      case N.br: {
        const type = sc.attr(w + "type");
        if (instrOpen === 0 && (type === null || type === "textWrapping")) parts.push("\n");
        break;
      }
      case N.cr:
        if (instrOpen === 0) parts.push("\n");
        break;
      case N.noBreakHyphen:
        if (instrOpen === 0) parts.push("-");
        break;
      case N.sym: {
        const code = parseInt(sc.attr(w + "char") ?? "", 16);
        if (instrOpen === 0 && Number.isFinite(code) && code > 0 && !(code >= 0xe000 && code <= 0xf8ff)) {
          parts.push(String.fromCodePoint(code));
        }
        break;
      }
      case N.fldChar: {
        const type = sc.attr(w + "fldCharType");
        if (type === "begin") {
          fields.push(true);
          instrOpen++;
        } else if (type === "separate") {
          if (fields.length && fields[fields.length - 1]) {
            fields[fields.length - 1] = false;
            instrOpen--;
          }
        } else if (type === "end") {
          if (fields.length && fields.pop()) instrOpen--;
        }
        break;
      }
      case N.pPr:
        readPPr();
        break;
      case N.rPr:
        sc.skipElement();
        break;
      case N.p:
        // A paragraph nested in a paragraph (only possible in unusual markup): ignore it.
        sc.skipElement();
        break;
      default:
        break;
    }
  }
  if (carry) {
    out.push(makeParagraph(out.length, carry, carryTable, null, null, null, null, styles, counter));
  }
  return out;

  function readPPr(): void {
    if (sc.selfClosing) return;
    const end = sc.depth - 1;
    let inNumPr = false;
    for (let t = sc.next(); t !== EOF && sc.depth > end; t = sc.next()) {
      if (t === CLOSE) {
        if (sc.name === w + "numPr") inNumPr = false;
        continue;
      }
      if (t !== OPEN) continue;
      const n = sc.name;
      if (n === N.pStyle) pStyle = sc.attr(N.val);
      else if (n === w + "numPr") inNumPr = !sc.selfClosing;
      else if (inNumPr && n === N.numId) numId = sc.attr(N.val);
      else if (inNumPr && n === N.ilvl) ilvl = int(sc.attr(N.val)) ?? 0;
      else if (n === N.outlineLvl) outlineLvl = int(sc.attr(N.val));
      else if (n === N.rPr) {
        // Paragraph-mark run properties: a w:del here means the paragraph mark was deleted.
        if (sc.selfClosing) continue;
        const rEnd = sc.depth - 1;
        for (let u = sc.next(); u !== EOF && sc.depth > rEnd; u = sc.next()) {
          if (u === OPEN && sc.name === N.del) markDeleted = true;
          if (u === OPEN && !sc.selfClosing && sc.name !== N.del) sc.skipElement();
        }
      } else if (!sc.selfClosing) sc.skipElement();
    }
  }
}

function makeParagraph(
  index: number,
  text: string,
  inTable: boolean,
  pStyle: string | null,
  numId: string | null,
  ilvl: number | null,
  outlineLvl: number | null,
  styles: StyleTable,
  counter: ListCounter,
): Paragraph {
  const style = styles.resolve(pStyle);
  const own = pStyle !== null ? styles.byId.get(pStyle) : undefined;
  let headingLevel: number | null;
  const ownNameLevel = pStyle !== null ? headingLevelFromName(own ? own.name || own.id : pStyle) : null;
  if (ownNameLevel !== null) headingLevel = ownNameLevel;
  else if (outlineLvl !== null) headingLevel = outlineLvl >= 0 && outlineLvl <= 8 ? outlineLvl + 1 : null;
  else headingLevel = style ? style.headingLevel : null;

  let listString = "";
  const effNumId = numId ?? style?.numId ?? null;
  if (effNumId !== null && effNumId !== "0") {
    let level = ilvl;
    if (level === null) level = style?.ilvl ?? null;
    if (level === null && numId === null && style) {
      // Numbering from the style: the level is the one whose w:pStyle names this style or an ancestor.
      const seen = new Set<string>();
      for (let id: string | null = style.id; id !== null && level === null && !seen.has(id); id = styles.byId.get(id)?.basedOn ?? null) {
        seen.add(id);
        level = counter.levelForStyle(effNumId, id);
      }
    }
    listString = counter.next(effNumId, level ?? 0);
  }
  return { index, text, styleName: style ? style.name : "", headingLevel, listString, inTable };
}
