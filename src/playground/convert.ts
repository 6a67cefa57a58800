/** Core paragraphs (from the .docx reader or pasted text) → simulated Word paragraphs. */
import type { Paragraph } from "../core/types";
import { resolveStyle, type BuiltInStyle, type SimParagraphInit } from "./host/model";

/**
 * A converter for one document, paragraph by paragraph in document order (it numbers the tables
 * as it goes), so that a long document can be converted in slices.
 */
export function simConverter(): (p: Paragraph) => SimParagraphInit {
  let tableId = 0;
  let inTable = false;
  return (p) => {
    const init: SimParagraphInit = { text: p.text };
    const resolved = p.styleName ? resolveStyle(p.styleName) : null;
    if (p.headingLevel) {
      const wanted = `Heading${p.headingLevel}` as BuiltInStyle;
      if (resolved?.builtIn === wanted) init.styleBuiltIn = wanted;
      else if (p.styleName && resolved?.builtIn === "Other") {
        // A custom heading style (WPS "标题 1" look-alike, numeric style ids): keep its name and
        // carry the level as an outline level, as Word would report it.
        init.style = p.styleName;
        init.styleBuiltIn = "Other";
        init.outlineLevel = p.headingLevel;
      } else init.styleBuiltIn = wanted;
    } else if (p.styleName) {
      init.style = p.styleName;
    }
    if (p.listString) init.listString = p.listString;
    if (p.inTable) {
      if (!inTable) tableId++;
      init.table = { tableId };
    }
    inTable = p.inTable;
    return init;
  };
}

export function toSimParagraphs(paragraphs: Paragraph[]): SimParagraphInit[] {
  return paragraphs.map(simConverter());
}
