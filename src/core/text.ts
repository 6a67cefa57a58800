import type { DocumentModel, Paragraph } from "./types";

/**
 * Paragraphs from pasted text, a .txt or a .md file.
 *
 * - Lines are split on CRLF, CR or LF (Word's vertical tab inside a line is kept as text).
 * - **Blank lines are dropped**: a paragraph is a non-blank line, so `index` counts non-blank lines only.
 *   `id` holds the 1-based line number in the source, so a finding can be pointed back to its line.
 * - Markdown: `#`, `##`, `###` … (1–6 hashes followed by a space) become headingLevel 1..6 with the
 *   hashes removed; a bullet `- `/`* `/`+ ` is removed and recorded as listString "•"; a line wrapped
 *   whole in `**…**` or `__…__` loses the emphasis marks. Everything else (including "1." lists) is
 *   kept verbatim, since literal numbering is content here.
 * - Trailing whitespace is trimmed; leading indentation is kept (the outline parser skips it).
 */
export function paragraphsFromText(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].replace(/[\s\u3000\u00a0]+$/, "");
    if (line.trim() === "" || /^[\s\u3000\u00a0\u200b\ufeff]*$/.test(line)) continue;
    let headingLevel: number | null = null;
    let styleName = "";
    const h = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?$/.exec(line);
    if (h) {
      headingLevel = h[1].length;
      styleName = `Heading ${headingLevel}`;
      line = h[2];
      if (line.trim() === "") continue;
    }
    let listString = "";
    const bullet = headingLevel === null ? /^ {0,3}[-*+][ \t]+(?=\S)/.exec(line) : null;
    if (bullet && !/^ {0,3}([-*_])[ \t]*\1[ \t]*\1/.test(line)) {
      listString = "•";
      line = line.slice(bullet[0].length);
    }
    const bold = /^(\s*)(\*\*|__)(.+)\2$/.exec(line);
    if (bold) line = bold[1] + bold[3];
    out.push({
      index: out.length,
      text: line,
      styleName,
      headingLevel,
      listString,
      inTable: false,
      id: String(i + 1),
    });
  }
  return out;
}

/** Convenience: a DocumentModel from text. */
export function documentFromText(text: string): DocumentModel {
  return { paragraphs: paragraphsFromText(text) };
}
