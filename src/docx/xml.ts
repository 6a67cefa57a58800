/**
 * A small, allocation-light pull tokenizer for the XML found in .docx parts.
 *
 * It is not a general XML parser: no DTD, no namespace resolution (names are compared as written,
 * prefix included). It does check well-formedness of the element structure (every close tag must
 * match the open one, nothing may be left open, no stray "<"), which is what catches truncated or
 * corrupt parts. Attributes are only parsed on demand (`attr`).
 *
 * Works in Node and in the browser (no Node-only APIs).
 */

export const EOF = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
    this.name = "XmlSyntaxError";
  }
}

const ENTITY_RE = /&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** A decimal attribute value as an integer; null when absent or not a number. */
export function int(v: string | null): number | null {
  if (v === null) return null;
  const n = parseInt(v, 10);
  return Number.isFinite(n) ? n : null;
}

/** Decode the five predefined entities and numeric character references. */
export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(ENTITY_RE, (m, body: string) => {
    if (body.charCodeAt(0) === 35 /* # */) {
      const code = body.charCodeAt(1) === 120 /* x */ ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) return m;
      return String.fromCodePoint(code);
    }
    return NAMED[body] ?? m;
  });
}

function isNameEnd(c: number): boolean {
  // whitespace, "/", ">"
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 47 || c === 62;
}

export class XmlScanner {
  /** Kind of the current token: OPEN, CLOSE, TEXT or EOF. */
  type = EOF;
  /** Qualified element name of the current OPEN / CLOSE token. */
  name = "";
  /** Current OPEN token is self-closing ("<a/>"); a synthetic CLOSE follows it. */
  selfClosing = false;
  /** Element nesting depth after the current token (an OPEN increments, a CLOSE decrements). */
  depth = 0;

  private pos = 0;
  private tagStart = 0;
  private tagEnd = 0;
  private textStart = 0;
  private textEnd = 0;
  private cdata = false;
  private pendingClose = false;
  private readonly stack: string[] = [];
  private sawRoot = false;

  constructor(private readonly src: string) {
    if (src.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  private fail(message: string, at: number = this.pos): never {
    throw new XmlSyntaxError(`${message} at offset ${at}`, at);
  }

  next(): number {
    if (this.pendingClose) {
      this.pendingClose = false;
      this.type = CLOSE;
      this.depth--;
      return CLOSE;
    }
    const s = this.src;
    const len = s.length;
    for (;;) {
      const pos = this.pos;
      if (pos >= len) {
        if (this.stack.length > 0) this.fail(`unexpected end of document, <${this.stack[this.stack.length - 1]}> not closed`);
        if (!this.sawRoot) this.fail("no root element");
        this.type = EOF;
        return EOF;
      }
      if (s.charCodeAt(pos) !== 60 /* < */) {
        let lt = s.indexOf("<", pos);
        if (lt < 0) lt = len;
        this.pos = lt;
        if (this.stack.length === 0) {
          // Only whitespace may appear outside the root element.
          for (let i = pos; i < lt; i++) {
            const c = s.charCodeAt(i);
            if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xfeff) this.fail("text outside the root element", i);
          }
          continue;
        }
        this.textStart = pos;
        this.textEnd = lt;
        this.cdata = false;
        this.type = TEXT;
        return TEXT;
      }
      const c1 = s.charCodeAt(pos + 1);
      if (c1 === 63 /* ? */) {
        const end = s.indexOf("?>", pos + 2);
        if (end < 0) this.fail("unterminated processing instruction");
        this.pos = end + 2;
        continue;
      }
      if (c1 === 33 /* ! */) {
        if (s.startsWith("<!--", pos)) {
          const end = s.indexOf("-->", pos + 4);
          if (end < 0) this.fail("unterminated comment");
          this.pos = end + 3;
          continue;
        }
        if (s.startsWith("<![CDATA[", pos)) {
          const end = s.indexOf("]]>", pos + 9);
          if (end < 0) this.fail("unterminated CDATA section");
          if (this.stack.length === 0) this.fail("CDATA outside the root element");
          this.textStart = pos + 9;
          this.textEnd = end;
          this.cdata = true;
          this.pos = end + 3;
          this.type = TEXT;
          return TEXT;
        }
        if (s.startsWith("<!DOCTYPE", pos)) {
          const bracket = s.indexOf("[", pos);
          const gt = s.indexOf(">", pos);
          let end = gt;
          if (bracket >= 0 && bracket < gt) {
            const close = s.indexOf("]", bracket);
            end = close < 0 ? -1 : s.indexOf(">", close);
          }
          if (end < 0) this.fail("unterminated DOCTYPE");
          this.pos = end + 1;
          continue;
        }
        this.fail("unexpected markup");
      }
      if (c1 === 47 /* / */) {
        const end = s.indexOf(">", pos + 2);
        if (end < 0) this.fail("unterminated close tag");
        let nameEnd = end;
        while (nameEnd > pos + 2 && isNameEnd(s.charCodeAt(nameEnd - 1))) nameEnd--;
        const name = s.slice(pos + 2, nameEnd);
        const open = this.stack.pop();
        if (open !== name) this.fail(open === undefined ? `stray </${name}>` : `</${name}> does not close <${open}>`);
        this.name = name;
        this.pos = end + 1;
        this.type = CLOSE;
        this.depth--;
        return CLOSE;
      }
      // Open tag.
      let i = pos + 1;
      while (i < len && !isNameEnd(s.charCodeAt(i))) {
        if (s.charCodeAt(i) === 60) this.fail("'<' inside a tag name", i);
        i++;
      }
      if (i === pos + 1) this.fail("empty tag name");
      const name = s.slice(pos + 1, i);
      // Find the end of the tag, skipping quoted attribute values (which may contain '>').
      for (;;) {
        if (i >= len) this.fail("unterminated tag", pos);
        const c = s.charCodeAt(i);
        if (c === 62 /* > */) break;
        if (c === 34 /* " */ || c === 39 /* ' */) {
          const q = s.indexOf(c === 34 ? '"' : "'", i + 1);
          if (q < 0) this.fail("unterminated attribute value", i);
          i = q + 1;
          continue;
        }
        if (c === 60) this.fail("'<' inside a tag", i);
        i++;
      }
      if (this.stack.length === 0 && this.sawRoot) this.fail("second root element", pos);
      this.sawRoot = true;
      this.tagStart = pos;
      this.tagEnd = i;
      this.pos = i + 1;
      this.name = name;
      this.type = OPEN;
      this.depth++;
      if (s.charCodeAt(i - 1) === 47 /* / */) {
        this.selfClosing = true;
        this.pendingClose = true;
      } else {
        this.selfClosing = false;
        this.stack.push(name);
      }
      return OPEN;
    }
  }

  /** Value of attribute `qname` on the current OPEN tag (entities decoded), or null. */
  attr(qname: string): string | null {
    // Search inside the tag only: an indexOf over the rest of the document for an absent
    // attribute would make reading quadratic (thousands of <w:style/> took minutes).
    const from = this.tagStart + 1 + this.name.length;
    const end = this.tagEnd;
    if (end - from < qname.length + 3) return null;
    const s = this.src.slice(from, end);
    let k = 0;
    for (;;) {
      const at = s.indexOf(qname, k);
      if (at < 0) return null;
      const before = at > 0 ? s.charCodeAt(at - 1) : 32;
      let j = at + qname.length;
      if (before === 32 || before === 9 || before === 10 || before === 13) {
        while (s.charCodeAt(j) === 32) j++;
        if (s.charCodeAt(j) === 61 /* = */) {
          j++;
          while (s.charCodeAt(j) === 32) j++;
          const q = s.charCodeAt(j);
          if (q === 34 || q === 39) {
            const close = s.indexOf(q === 34 ? '"' : "'", j + 1);
            if (close < 0) return null;
            return decodeEntities(s.slice(j + 1, close));
          }
        }
      }
      k = at + qname.length;
    }
  }

  /** Text of the current TEXT token, entities decoded. */
  text(): string {
    const raw = this.src.slice(this.textStart, this.textEnd);
    return this.cdata ? raw : decodeEntities(raw);
  }

  /**
   * Skip the rest of the element whose OPEN token is current (including its children). When the
   * element does not nest another element of the same name, this jumps straight to its close tag
   * (the skipped content is then not checked for well-formedness).
   */
  skipElement(): void {
    if (this.type !== OPEN) return;
    if (!this.selfClosing && !this.pendingClose) {
      const s = this.src;
      const close = s.indexOf("</" + this.name, this.pos);
      if (close >= 0) {
        const after = s.charCodeAt(close + 2 + this.name.length);
        const inner = s.indexOf("<" + this.name, this.pos);
        if ((after === 62 || isNameEnd(after)) && (inner < 0 || inner > close)) {
          const gt = s.indexOf(">", close);
          if (gt >= 0) {
            this.stack.pop();
            this.pos = gt + 1;
            this.type = CLOSE;
            this.depth--;
            return;
          }
        }
      }
    }
    const target = this.depth - 1;
    while (this.depth > target) {
      if (this.next() === EOF) return;
    }
  }

  /** All attributes of the current OPEN tag, in document order (used for namespace declarations). */
  attributes(): [string, string][] {
    const out: [string, string][] = [];
    const re = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
    const tag = this.src.slice(this.tagStart + 1 + this.name.length, this.tagEnd);
    let m: RegExpExecArray | null;
    while ((m = re.exec(tag)) !== null) out.push([m[1], decodeEntities(m[3] ?? m[4] ?? "")]);
    return out;
  }
}

/** The members of a tokenizer that the .docx readers use (XmlScanner over a string, ByteXmlScanner over UTF-8 bytes). */
export interface XmlTokens {
  type: number;
  name: string;
  selfClosing: boolean;
  depth: number;
  next(): number;
  attr(qname: string): string | null;
  text(): string;
  skipElement(): void;
  attributes(): [string, string][];
}

/** Keeps a byte-order mark: a slice decoded alone must read as it does inside the whole part. */
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
const encoder = new TextEncoder();

/**
 * UTF-8 bytes [a, z) as a string, exactly as they read inside TextDecoder's output for the whole
 * part (replacement characters included, a U+FEFF kept): ASCII and valid 2- and 3-byte sequences are decoded here (no call into the decoder for
 * the short runs of a document); anything else goes to TextDecoder.
 */
export function utf8Slice(b: Uint8Array, a: number, z: number, codes: number[] = []): string {
  codes.length = 0;
  for (let i = a; i < z; ) {
    const c = b[i];
    if (c < 0x80) {
      codes.push(c);
      i++;
    } else if (c >= 0xe0 && c < 0xf0 && i + 2 < z) {
      const c1 = b[i + 1];
      const c2 = b[i + 2];
      if ((c1 & 0xc0) !== 0x80 || (c2 & 0xc0) !== 0x80 || (c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 >= 0xa0)) return utf8.decode(b.subarray(a, z));
      codes.push(((c & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f));
      i += 3;
    } else if (c >= 0xc2 && c < 0xe0 && i + 1 < z && (b[i + 1] & 0xc0) === 0x80) {
      codes.push(((c & 0x1f) << 6) | (b[i + 1] & 0x3f));
      i += 2;
    } else return utf8.decode(b.subarray(a, z));
  }
  // Runs are short; chunk long ones (apply's argument limit).
  if (codes.length <= 8192) return String.fromCharCode.apply(null, codes);
  let s = "";
  for (let k = 0; k < codes.length; k += 8192) s += String.fromCharCode.apply(null, codes.slice(k, k + 8192));
  return s;
}

/**
 * XmlScanner over the UTF-8 bytes of a part instead of its decoded text: the markup is ASCII, so the
 * tokens are found on the bytes, and only what is asked for — element names (interned), attribute
 * values and text — is decoded. Reading a 12 MB document.xml this way skips decoding the ~95 % of it
 * that is markup. Same tokens, same well-formedness checks and same results as XmlScanner over
 * TextDecoder's output; error offsets count bytes instead of characters.
 */
export class ByteXmlScanner implements XmlTokens {
  type = EOF;
  name = "";
  selfClosing = false;
  depth = 0;

  private pos = 0;
  private tagStart = 0;
  private tagEnd = 0;
  private nameLen = 0;
  private textStart = 0;
  private textEnd = 0;
  private cdata = false;
  private pendingClose = false;
  private readonly stack: string[] = [];
  private sawRoot = false;
  /** Interned names by hash: [bytes, name] pairs. */
  private readonly names = new Map<number, [Uint8Array, string][]>();
  private readonly qnames = new Map<string, Uint8Array>();
  private readonly codes: number[] = [];

  constructor(private readonly src: Uint8Array) {
    if (src[0] === 0xef && src[1] === 0xbb && src[2] === 0xbf) this.pos = 3;
  }

  private fail(message: string, at: number = this.pos): never {
    throw new XmlSyntaxError(`${message} at offset ${at}`, at);
  }

  /** The name in bytes [a, z), interned. */
  private nameAt(a: number, z: number): string {
    const s = this.src;
    let h = z - a;
    for (let i = a; i < z; i++) h = (Math.imul(h, 31) + s[i]) | 0;
    let list = this.names.get(h);
    if (list) {
      outer: for (const [bytes, name] of list) {
        if (bytes.length !== z - a) continue;
        for (let i = 0; i < bytes.length; i++) if (bytes[i] !== s[a + i]) continue outer;
        return name;
      }
    } else this.names.set(h, (list = []));
    const name = utf8.decode(s.subarray(a, z));
    list.push([s.slice(a, z), name]);
    return name;
  }

  /** True when the bytes at `at` are `seq`. */
  private startsWith(seq: readonly number[], at: number): boolean {
    const s = this.src;
    if (at + seq.length > s.length) return false;
    for (let i = 0; i < seq.length; i++) if (s[at + i] !== seq[i]) return false;
    return true;
  }

  /** First index of the byte sequence `seq` at or after `from`, or -1. */
  private find(seq: readonly number[], from: number): number {
    const s = this.src;
    for (let i = s.indexOf(seq[0], from); i >= 0; i = s.indexOf(seq[0], i + 1)) if (this.startsWith(seq, i)) return i;
    return -1;
  }

  next(): number {
    if (this.pendingClose) {
      this.pendingClose = false;
      this.type = CLOSE;
      this.depth--;
      return CLOSE;
    }
    const s = this.src;
    const len = s.length;
    for (;;) {
      const pos = this.pos;
      if (pos >= len) {
        if (this.stack.length > 0) this.fail(`unexpected end of document, <${this.stack[this.stack.length - 1]}> not closed`);
        if (!this.sawRoot) this.fail("no root element");
        this.type = EOF;
        return EOF;
      }
      if (s[pos] !== 60 /* < */) {
        let lt = s.indexOf(60, pos);
        if (lt < 0) lt = len;
        this.pos = lt;
        if (this.stack.length === 0) {
          // Only whitespace (and byte-order marks) may appear outside the root element.
          for (let i = pos; i < lt; i++) {
            const c = s[i];
            if (c === 0xef && s[i + 1] === 0xbb && s[i + 2] === 0xbf && i + 2 < lt) {
              i += 2;
              continue;
            }
            if (c !== 32 && c !== 9 && c !== 10 && c !== 13) this.fail("text outside the root element", i);
          }
          continue;
        }
        this.textStart = pos;
        this.textEnd = lt;
        this.cdata = false;
        this.type = TEXT;
        return TEXT;
      }
      const c1 = s[pos + 1];
      if (c1 === 63 /* ? */) {
        const end = this.find(PI_END, pos + 2);
        if (end < 0) this.fail("unterminated processing instruction");
        this.pos = end + 2;
        continue;
      }
      if (c1 === 33 /* ! */) {
        if (this.startsWith(COMMENT, pos)) {
          const end = this.find(COMMENT_END, pos + 4);
          if (end < 0) this.fail("unterminated comment");
          this.pos = end + 3;
          continue;
        }
        if (this.startsWith(CDATA, pos)) {
          const end = this.find(CDATA_END, pos + 9);
          if (end < 0) this.fail("unterminated CDATA section");
          if (this.stack.length === 0) this.fail("CDATA outside the root element");
          this.textStart = pos + 9;
          this.textEnd = end;
          this.cdata = true;
          this.pos = end + 3;
          this.type = TEXT;
          return TEXT;
        }
        if (this.startsWith(DOCTYPE, pos)) {
          const bracket = s.indexOf(91 /* [ */, pos);
          const gt = s.indexOf(62, pos);
          let end = gt;
          if (bracket >= 0 && bracket < gt) {
            const close = s.indexOf(93 /* ] */, bracket);
            end = close < 0 ? -1 : s.indexOf(62, close);
          }
          if (end < 0) this.fail("unterminated DOCTYPE");
          this.pos = end + 1;
          continue;
        }
        this.fail("unexpected markup");
      }
      if (c1 === 47 /* / */) {
        const end = s.indexOf(62, pos + 2);
        if (end < 0) this.fail("unterminated close tag");
        let nameEnd = end;
        while (nameEnd > pos + 2 && isNameEnd(s[nameEnd - 1])) nameEnd--;
        const name = this.nameAt(pos + 2, nameEnd);
        const open = this.stack.pop();
        if (open !== name) this.fail(open === undefined ? `stray </${name}>` : `</${name}> does not close <${open}>`);
        this.name = name;
        this.pos = end + 1;
        this.type = CLOSE;
        this.depth--;
        return CLOSE;
      }
      // Open tag.
      let i = pos + 1;
      while (i < len && !isNameEnd(s[i])) {
        if (s[i] === 60) this.fail("'<' inside a tag name", i);
        i++;
      }
      if (i === pos + 1) this.fail("empty tag name");
      const name = this.nameAt(pos + 1, i);
      this.nameLen = i - pos - 1;
      for (;;) {
        if (i >= len) this.fail("unterminated tag", pos);
        const c = s[i];
        if (c === 62 /* > */) break;
        if (c === 34 /* " */ || c === 39 /* ' */) {
          const q = s.indexOf(c, i + 1);
          if (q < 0) this.fail("unterminated attribute value", i);
          i = q + 1;
          continue;
        }
        if (c === 60) this.fail("'<' inside a tag", i);
        i++;
      }
      if (this.stack.length === 0 && this.sawRoot) this.fail("second root element", pos);
      this.sawRoot = true;
      this.tagStart = pos;
      this.tagEnd = i;
      this.pos = i + 1;
      this.name = name;
      this.type = OPEN;
      this.depth++;
      if (s[i - 1] === 47 /* / */) {
        this.selfClosing = true;
        this.pendingClose = true;
      } else {
        this.selfClosing = false;
        this.stack.push(name);
      }
      return OPEN;
    }
  }

  /** Value of attribute `qname` on the current OPEN tag (entities decoded), or null. */
  attr(qname: string): string | null {
    let q = this.qnames.get(qname);
    if (!q) this.qnames.set(qname, (q = encoder.encode(qname)));
    const s = this.src;
    const from = this.tagStart + 1 + this.nameLen;
    const end = this.tagEnd;
    if (end - from < q.length + 3) return null;
    // As XmlScanner.attr: the first occurrence from k inside the tag, then on past it.
    for (let k = from; ; ) {
      let at = -1;
      for (let x = k; x + q.length <= end; x++) {
        let m = 0;
        while (m < q.length && s[x + m] === q[m]) m++;
        if (m === q.length) {
          at = x;
          break;
        }
      }
      if (at < 0) return null;
      const before = at > from ? s[at - 1] : 32;
      let j = at + q.length;
      if (before === 32 || before === 9 || before === 10 || before === 13) {
        while (j < end && s[j] === 32) j++;
        if (j < end && s[j] === 61 /* = */) {
          j++;
          while (j < end && s[j] === 32) j++;
          const quote = s[j];
          if (j < end && (quote === 34 || quote === 39)) {
            const close = s.indexOf(quote, j + 1);
            if (close < 0 || close >= end) return null;
            return decodeEntities(utf8Slice(s, j + 1, close, this.codes));
          }
        }
      }
      k = at + q.length;
    }
  }

  /** Text of the current TEXT token, entities decoded. */
  text(): string {
    const raw = utf8Slice(this.src, this.textStart, this.textEnd, this.codes);
    return this.cdata ? raw : decodeEntities(raw);
  }

  /** As XmlScanner.skipElement. */
  skipElement(): void {
    if (this.type !== OPEN) return;
    if (!this.selfClosing && !this.pendingClose) {
      const s = this.src;
      const name = this.src.subarray(this.tagStart + 1, this.tagStart + 1 + this.nameLen);
      const n = name.length;
      // The first "</name" after the tag, unless a "<name" comes first (then nested: walk).
      let close = -1;
      let inner = false;
      for (let k = s.indexOf(60, this.pos); k >= 0; k = s.indexOf(60, k + 1)) {
        const slash = s[k + 1] === 47 ? 1 : 0;
        let m = 0;
        while (m < n && s[k + 1 + slash + m] === name[m]) m++;
        if (m < n) continue;
        if (slash) {
          close = k;
          break;
        }
        inner = true;
        break;
      }
      if (close >= 0 && !inner) {
        const after = s[close + 2 + n];
        if (after === 62 || isNameEnd(after)) {
          const gt = s.indexOf(62, close);
          if (gt >= 0) {
            this.stack.pop();
            this.pos = gt + 1;
            this.type = CLOSE;
            this.depth--;
            return;
          }
        }
      }
    }
    const target = this.depth - 1;
    while (this.depth > target) {
      if (this.next() === EOF) return;
    }
  }

  /** All attributes of the current OPEN tag, in document order. */
  attributes(): [string, string][] {
    const out: [string, string][] = [];
    const re = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
    const tag = utf8.decode(this.src.subarray(this.tagStart + 1 + this.nameLen, this.tagEnd));
    let m: RegExpExecArray | null;
    while ((m = re.exec(tag)) !== null) out.push([m[1], decodeEntities(m[3] ?? m[4] ?? "")]);
    return out;
  }
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const PI_END = ascii("?>");
const COMMENT = ascii("<!--");
const COMMENT_END = ascii("-->");
const CDATA = ascii("<![CDATA[");
const CDATA_END = ascii("]]>");
const DOCTYPE = ascii("<!DOCTYPE");
