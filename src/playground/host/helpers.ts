/** Helpers shared by paragraphs, ranges, bodies and content controls of the simulated Word host. */
import { SimOfficeError } from "./errors";
import {
  LOCALIZED_STYLE,
  outlineOf,
  type BuiltInStyle,
  type SimContentControl,
  type SimDocument,
  type SimParagraph,
  type SimSpan,
  type StoryType,
} from "./model";

export function badArg(location: string): SimOfficeError {
  return new SimOfficeError("InvalidArgument", undefined, location);
}

export function checkEditable(p: SimParagraph, location: string): void {
  if (p.ccs.some((c) => c.cannotEdit)) throw new SimOfficeError("AccessDenied", undefined, location);
}

export function paragraphSpan(doc: SimDocument, p: SimParagraph, loc: string = "Whole"): SimSpan {
  const where = doc.locate(p);
  if (!where) throw new SimOfficeError("ItemNotFound", undefined, "Paragraph");
  const len = p.text.length;
  const a = loc === "End" || loc === "After" ? len : 0;
  const b = loc === "Start" || loc === "Before" ? 0 : len;
  return { story: where.story, start: { p, offset: a }, end: { p, offset: b } };
}

export function applyBuiltIn(p: SimParagraph, builtIn: BuiltInStyle): void {
  if (builtIn === "Other") throw badArg("Paragraph.styleBuiltIn");
  p.builtIn = builtIn;
  p.style = LOCALIZED_STYLE[builtIn];
  p.outlineLevel = outlineOf(builtIn);
  // Applying a style resets direct paragraph formatting to the style's (simplified).
  p.firstLineIndent = builtIn === "Normal" ? 32 : 0;
  p.alignment = builtIn === "Title" ? "Centered" : "Justified";
  p.font = {
    ...p.font,
    bold: /^Heading[3-9]$/.test(builtIn),
    name: builtIn === "Title" ? "方正小标宋简体" : builtIn === "Heading1" ? "黑体" : builtIn === "Heading2" ? "楷体_GB2312" : "仿宋_GB2312",
    size: builtIn === "Title" ? 22 : 16,
  };
}

/** Inserts text into a span; returns the span covering the inserted text. */
export function insertIntoSpan(doc: SimDocument, span: SimSpan, text: string, loc: string, location: string): SimSpan {
  const paras = doc.spanParagraphs(span);
  if (!paras.length) throw new SimOfficeError("ItemNotFound", undefined, location);
  for (const p of paras) checkEditable(p, location);
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1) {
    // Word turns "\n" in insertText into new paragraphs; keep the simulation to single paragraphs.
    text = lines.join(" ");
  }
  const { start, end } = span;
  if (loc === "Replace") {
    if (start.p === end.p) {
      doc.spliceText(start.p, start.offset, end.offset, text);
    } else {
      const tail = end.p.text.slice(end.offset);
      doc.spliceText(start.p, start.offset, start.p.text.length, text + tail);
      for (const p of paras.slice(1)) doc.removeParagraph(p);
    }
    return { story: span.story, start: { p: start.p, offset: start.offset }, end: { p: start.p, offset: start.offset + text.length } };
  }
  if (loc === "Start" || loc === "Before") {
    doc.spliceText(start.p, start.offset, start.offset, text);
    return { story: span.story, start: { p: start.p, offset: start.offset }, end: { p: start.p, offset: start.offset + text.length } };
  }
  if (loc === "End" || loc === "After") {
    const at = end.offset;
    doc.spliceText(end.p, at, at, text);
    return { story: span.story, start: { p: end.p, offset: at }, end: { p: end.p, offset: at + text.length } };
  }
  throw badArg(location);
}

/**
 * Body/Paragraph/Range.search (WordApi 1.1): literal matches inside single paragraphs, left to
 * right, non-overlapping. "^^" is Word's escape for "^". More than 255 characters fails the
 * sync with SearchStringInvalidOrTooLong (word-api.md §2.D); wildcards are not simulated.
 */
export function searchSpans(
  doc: SimDocument,
  story: StoryType,
  paras: SimParagraph[],
  text: string,
  options: { matchCase?: boolean } | undefined,
  within?: SimSpan,
): SimSpan[] {
  if (!text) throw new SimOfficeError("InvalidArgument", undefined, "search");
  if (text.length > 255) throw new SimOfficeError("SearchStringInvalidOrTooLong", "The search string is invalid or too long.", "search");
  const needle0 = text.replace(/\^\^/g, "^");
  const fold = (x: string) => (options?.matchCase ? x : x.toLowerCase());
  const needle = fold(needle0);
  const out: SimSpan[] = [];
  for (const p of paras) {
    let from = 0;
    let to = p.text.length;
    if (within && p === within.start.p) from = within.start.offset;
    if (within && p === within.end.p) to = within.end.offset;
    const hay = fold(p.text.slice(0, to));
    for (let i = hay.indexOf(needle, from); i >= 0; i = hay.indexOf(needle, i + needle.length)) {
      out.push({ story, start: { p, offset: i }, end: { p, offset: i + needle.length } });
    }
  }
  void doc;
  return out;
}

/** The innermost control enclosing all of `paras`, or null. */
export function commonControl(paras: SimParagraph[]): SimContentControl | null {
  if (!paras.length) return null;
  const first = paras[0].ccs;
  let common: SimContentControl | null = null;
  for (const c of first) {
    if (paras.every((p) => p.ccs.includes(c))) common = c;
  }
  return common;
}

export function ccsOf(doc: SimDocument, paras: SimParagraph[]): SimContentControl[] {
  const out: SimContentControl[] = [];
  for (const p of paras) for (const c of p.ccs) if (!out.includes(c)) out.push(c);
  void doc;
  return out;
}
