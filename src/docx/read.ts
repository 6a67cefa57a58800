/**
 * .docx → core DocumentModel. Runs in Node and in the browser (fflate + a hand-written tokenizer,
 * no Node-only APIs).
 *
 * Decisions:
 * - Body paragraphs in document order, including paragraphs in table cells (inTable) and in
 *   block-level content controls. Text boxes (w:txbxContent in a drawing or VML shape) are part of
 *   the document: their paragraphs follow the paragraph they are anchored in; the mc:Fallback copy
 *   of a text box is not read again. Pictures and other drawing content are skipped.
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

import type { DocumentModel, Paragraph } from "../core/types";
import { DocxReadError } from "./errors";
import { ListCounter, parseNumbering } from "./numbering";
import { headingLevelFromName, parseStyles, wordPrefix, type StyleTable } from "./styles";
import { ByteXmlScanner, CLOSE, EOF, int, OPEN, TEXT, XmlScanner, XmlSyntaxError, type XmlTokens } from "./xml";
import { inflateEntry, InflateLimitError, listEntries, MAX_RATIO, type ZipEntry } from "./zip";

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Cap on the inflated main document part (word/document.xml). */
export const DEFAULT_MAX_DOCUMENT_XML_BYTES = 256 * 1024 * 1024;
/** Cap on each other part read (styles, numbering, relationships). */
export const DEFAULT_MAX_PART_BYTES = 32 * 1024 * 1024;
/** Cap on all parts read together. */
export const DEFAULT_MAX_UNPACKED_BYTES = 320 * 1024 * 1024;

export interface ReadDocxOptions {
  /** Reject inputs larger than this many bytes (default 50 MB). */
  maxBytes?: number;
  /** Stop when the parts read would inflate to more than this in total (default 320 MB). */
  maxUnpackedBytes?: number;
  /** Stop when the main document part inflates past this (default 256 MB). */
  maxDocumentXmlBytes?: number;
  /** Stop when styles, numbering or a relationship part inflates past this (default 32 MB). */
  maxPartBytes?: number;
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

/** The encoding named in an XML declaration (`<?xml … encoding="GB2312"?>`), lower-cased; null if none. */
export function declaredEncoding(b: Uint8Array): string | null {
  let head = "";
  const max = Math.min(b.length, 256);
  for (let i = 0; i < max; i++) {
    head += String.fromCharCode(b[i]);
    if (b[i] === 0x3e /* > */) break;
  }
  const m = /^(?:\xef\xbb\xbf)?\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/** True when decodeXmlBytes reads the part as UTF-8 (no UTF-16 mark or pattern, no other declared encoding). */
export function isUtf8Part(b: Uint8Array): boolean {
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0x3c && b[1] === 0) || (b[0] === 0 && b[1] === 0x3c))) return false;
  const enc = declaredEncoding(b);
  // Declared UTF-16 but written one byte per character (the declaration itself proves it): UTF-8.
  return enc === null || enc === "utf-8" || enc === "utf8" || b[0] === 0xef || enc === "utf-16" || enc === "utf-16le" || enc === "utf-16be";
}

/**
 * Text of an XML part. UTF-16 is recognised by its byte-order mark; UTF-8 is the default. A part
 * that declares another encoding (GB2312, GBK…) is decoded with it when TextDecoder knows it, and
 * refused otherwise, never decoded as UTF-8 into mojibake.
 */
export function decodeXmlBytes(b: Uint8Array, part = "word/document.xml"): string {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return new TextDecoder("utf-16le").decode(b.subarray(2));
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return new TextDecoder("utf-16be").decode(b.subarray(2));
  // UTF-16 without a byte-order mark: "<" followed or preceded by a zero byte.
  if (b.length >= 2 && b[0] === 0x3c && b[1] === 0) return new TextDecoder("utf-16le").decode(b);
  if (b.length >= 2 && b[0] === 0 && b[1] === 0x3c) return new TextDecoder("utf-16be").decode(b);
  if (isUtf8Part(b)) return utf8.decode(b);
  const enc = declaredEncoding(b) as string; // not null: isUtf8Part is true without a declaration
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(enc, { fatal: true });
  } catch {
    throw new DocxReadError("bad-encoding", `文档内容使用了不支持的编码（${enc}），请用 Word 另存为 .docx 后再检查`);
  }
  try {
    return decoder.decode(b);
  } catch {
    throw new DocxReadError("bad-encoding", `文档内容编码有误：${part} 声明为 ${enc}，但内容不是有效的 ${enc} 文字`);
  }
}

function sizeLabel(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
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
  private readonly entries = new Map<string, ZipEntry>();
  private unpacked = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: { total: number; document: number; part: number },
    private mainPart = "word/document.xml",
  ) {
    for (const e of listEntries(bytes)) {
      const n = normPart(e.name);
      if (!this.entries.has(n)) this.entries.set(n, e);
    }
  }

  setMainPart(name: string): void {
    this.mainPart = name;
  }

  /** Inflate the given parts (lower-case names) that exist; already extracted parts are kept. */
  extract(names: Iterable<string>): void {
    for (const n of names) {
      if (this.files.has(n)) continue;
      const e = this.entries.get(n);
      if (!e) continue;
      const own = n === this.mainPart ? this.limits.document : this.limits.part;
      const left = this.limits.total - this.unpacked;
      const limit = Math.min(own, left);
      let data: Uint8Array;
      try {
        data = inflateEntry(this.bytes, e, limit);
      } catch (err) {
        if (!(err instanceof InflateLimitError)) throw err;
        if (err.ratio) throw new DocxReadError("inflate-limit", `文件解压后过大（${n} 解压后超过压缩前的 ${MAX_RATIO} 倍），可能是压缩炸弹，已停止读取`);
        const what = limit === own ? `${n} 超过 ${sizeLabel(own)}` : `合计超过 ${sizeLabel(this.limits.total)}`;
        throw new DocxReadError("inflate-limit", `文件解压后过大（${what}），可能是压缩炸弹，已停止读取`);
      }
      this.unpacked += data.length;
      this.files.set(n, data);
    }
  }

  text(name: string): string | null {
    const b = this.files.get(name);
    return b ? decodeXmlBytes(b, name) : null;
  }

  /** A UTF-8 part as its bytes (read with ByteXmlScanner, nothing decoded up front), any other as text; null when absent. */
  xml(name: string): string | Uint8Array | null {
    const b = this.files.get(name);
    if (!b) return null;
    return isUtf8Part(b) ? b : decodeXmlBytes(b, name);
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
  try {
    return readDocxUnguarded(bytes, options);
  } catch (e) {
    if (e instanceof DocxReadError) throw e;
    // V8's own limits ("Invalid string length", "Array buffer allocation failed"…) must not reach
    // the user in English.
    if (e instanceof RangeError) throw new DocxReadError("too-large", "文件内容过大，超出了可处理的范围，已停止读取", e.message);
    throw new DocxReadError("corrupt-zip", "文件已损坏，无法读取", String(e));
  }
}

function readDocxUnguarded(bytes: Uint8Array, options: ReadDocxOptions): DocumentModel {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new DocxReadError("too-large", `文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB 上限`);
  }
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new DocxReadError("encrypted", "可能是加密文档或旧版 .doc 格式，请另存为未加密的 .docx 后再检查");
  }
  if (!isZip(bytes)) throw new DocxReadError("not-zip", "不是 .docx 文件（不是 zip 压缩包）");

  const archive = new Archive(bytes, {
    total: options.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED_BYTES,
    document: options.maxDocumentXmlBytes ?? DEFAULT_MAX_DOCUMENT_XML_BYTES,
    part: options.maxPartBytes ?? DEFAULT_MAX_PART_BYTES,
  });
  const defaults = ["_rels/.rels", "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml"];
  archive.extract(defaults);

  const rootRels = archive.text("_rels/.rels");
  let mainPart = "word/document.xml";
  if (rootRels) {
    const rels = parsePart("_rels/.rels", () => parseRels(rootRels, ""));
    mainPart = rels.get("officeDocument") ?? mainPart;
  }
  archive.setMainPart(mainPart);
  const mainDir = mainPart.includes("/") ? mainPart.slice(0, mainPart.lastIndexOf("/")) : "";
  const mainRelsName = `${mainDir ? mainDir + "/" : ""}_rels/${mainPart.slice(mainDir ? mainDir.length + 1 : 0)}.rels`;
  archive.extract([mainPart, mainRelsName]);
  const docXml = archive.xml(mainPart);
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

/** Parse the main document part (its text, or its UTF-8 bytes); exported for tests and the benchmark. */
export function parseDocumentXml(xml: string | Uint8Array, styles: StyleTable, counter: ListCounter): Paragraph[] {
  const sc: XmlTokens = typeof xml === "string" ? new XmlScanner(xml) : new ByteXmlScanner(xml);
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
      "tblPrChange", "trPrChange", "tcPrChange", "object", "sdtPr", "sdtEndPr",
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
  let fields: boolean[] = [];
  let instrOpen = 0;
  // Text boxes (w:txbxContent inside w:drawing or w:pict; the mc:Fallback copy is skipped): their
  // paragraphs are read with the state of the enclosing paragraph saved, and come right after it.
  const boxName = w + "txbxContent";
  const saved: { inPara: boolean; paraDepth: number; inT: boolean; parts: string[]; pStyle: string | null; numId: string | null; ilvl: number | null; outlineLvl: number | null; markDeleted: boolean; carry: string; carryTable: boolean; fields: boolean[]; instrOpen: number; boxDepth: number }[] = [];
  let boxDepth = -1;
  /** Paragraphs of text boxes whose anchor paragraph is still open. */
  let pending: { text: string; inTable: boolean; pStyle: string | null; numId: string | null; ilvl: number | null; outlineLvl: number | null }[] = [];
  const emit = (text: string, inTable: boolean, ps: string | null, ni: string | null, il: number | null, ol: number | null) => {
    if (saved.length > 0) pending.push({ text, inTable, pStyle: ps, numId: ni, ilvl: il, outlineLvl: ol });
    else {
      out.push(makeParagraph(out.length, text, inTable, ps, ni, il, ol, styles, counter));
      for (const b of pending) out.push(makeParagraph(out.length, b.text, b.inTable, b.pStyle, b.numId, b.ilvl, b.outlineLvl, styles, counter));
      pending = [];
    }
  };

  for (let t = sc.next(); t !== EOF; t = sc.next()) {
    if (t === TEXT) {
      if (inT && instrOpen === 0) parts.push(sc.text());
      continue;
    }
    const n = sc.name;
    if (t === CLOSE) {
      if (n === boxName && sc.depth === boxDepth - 1) {
        if (carry) emit(carry, carryTable, null, null, null, null);
        const st = saved.pop()!;
        ({ inPara, paraDepth, inT, parts, pStyle, numId, ilvl, outlineLvl, markDeleted, carry, carryTable, fields, instrOpen, boxDepth } = st);
        continue;
      }
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
        emit(text, tcDepth > 0 || carryTable, pStyle, numId, ilvl, outlineLvl);
        carryTable = false;
      }
      continue;
    }
    // OPEN
    if (skip.has(n)) {
      sc.skipElement();
      continue;
    }
    if (n === boxName) {
      if (sc.selfClosing) continue;
      saved.push({ inPara, paraDepth, inT, parts, pStyle, numId, ilvl, outlineLvl, markDeleted, carry, carryTable, fields, instrOpen, boxDepth });
      inPara = false;
      inT = false;
      parts = [];
      carry = "";
      carryTable = false;
      fields = [];
      instrOpen = 0;
      boxDepth = sc.depth;
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
  if (carry) emit(carry, carryTable, null, null, null, null);
  for (const b of pending) out.push(makeParagraph(out.length, b.text, b.inTable, b.pStyle, b.numId, b.ilvl, b.outlineLvl, styles, counter));
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
