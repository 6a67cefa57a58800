/** Builders for small .docx files in tests: hand-written OOXML zipped with fflate. */
import { strToU8, zipSync } from "fflate";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export interface MiniDocx {
  /** Inner XML of w:body. */
  body: string;
  /** Inner XML of w:styles (omit for no styles part). */
  styles?: string;
  /** Inner XML of w:numbering (omit for no numbering part). */
  numbering?: string;
  /** Extra or replacement parts by path. */
  parts?: Record<string, string>;
  /** Omit the relationship parts. */
  noRels?: boolean;
}

export function miniDocx(d: MiniDocx): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  files["[Content_Types].xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  if (!d.noRels) {
    files["_rels/.rels"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    );
  }
  files["word/document.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${d.body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`,
  );
  if (d.styles !== undefined) {
    files["word/styles.xml"] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W_NS}">${d.styles}</w:styles>`);
  }
  if (d.numbering !== undefined) {
    files["word/numbering.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W_NS}">${d.numbering}</w:numbering>`,
    );
  }
  for (const [name, xml] of Object.entries(d.parts ?? {})) files[name] = strToU8(xml);
  return zipSync(files);
}

/** A paragraph with optional style / numbering / outline level and plain runs. */
export function p(text: string, opts: { style?: string; numId?: number; ilvl?: number; outline?: number } = {}): string {
  const ppr: string[] = [];
  if (opts.style) ppr.push(`<w:pStyle w:val="${opts.style}"/>`);
  if (opts.numId !== undefined) {
    ppr.push(`<w:numPr>${opts.ilvl !== undefined ? `<w:ilvl w:val="${opts.ilvl}"/>` : ""}<w:numId w:val="${opts.numId}"/></w:numPr>`);
  }
  if (opts.outline !== undefined) ppr.push(`<w:outlineLvl w:val="${opts.outline}"/>`);
  const runs = text === "" ? "" : `<w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
  return `<w:p>${ppr.length ? `<w:pPr>${ppr.join("")}</w:pPr>` : ""}${runs}</w:p>`;
}

export function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A paragraph style definition. */
export function style(id: string, name: string, opts: { basedOn?: string; outline?: number; numId?: number; ilvl?: number; isDefault?: boolean } = {}): string {
  const ppr: string[] = [];
  if (opts.numId !== undefined) {
    ppr.push(`<w:numPr>${opts.ilvl !== undefined ? `<w:ilvl w:val="${opts.ilvl}"/>` : ""}<w:numId w:val="${opts.numId}"/></w:numPr>`);
  }
  if (opts.outline !== undefined) ppr.push(`<w:outlineLvl w:val="${opts.outline}"/>`);
  return (
    `<w:style w:type="paragraph" w:styleId="${id}"${opts.isDefault ? ' w:default="1"' : ""}><w:name w:val="${name}"/>` +
    (opts.basedOn ? `<w:basedOn w:val="${opts.basedOn}"/>` : "") +
    (ppr.length ? `<w:pPr>${ppr.join("")}</w:pPr>` : "") +
    `<w:rPr><w:sz w:val="32"/></w:rPr></w:style>`
  );
}

/** An abstractNum with the given levels [numFmt, lvlText, start?]. */
export function abstractNum(id: number, levels: [string, string, number?][]): string {
  return (
    `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="multilevel"/>` +
    levels
      .map(
        ([fmt, text, start], i) =>
          `<w:lvl w:ilvl="${i}"><w:start w:val="${start ?? 1}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>`,
      )
      .join("") +
    `</w:abstractNum>`
  );
}

export function num(id: number, abstractId: number, startOverrides: Record<number, number> = {}): string {
  return (
    `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>` +
    Object.entries(startOverrides)
      .map(([lvl, start]) => `<w:lvlOverride w:ilvl="${lvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`)
      .join("") +
    `</w:num>`
  );
}
