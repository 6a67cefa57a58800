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
