/** word/styles.xml: paragraph styles with basedOn inheritance, outline levels and numbering. */

import { CLOSE, EOF, int, OPEN, XmlScanner, type XmlTokens } from "./xml";

const W_NS = [
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
];

/**
 * Prefix (with trailing ":") that the WordprocessingML namespace uses on the root element of a
 * part, "" when it is the default namespace. Falls back to "w:".
 */
export function wordPrefix(scanner: XmlTokens): string {
  for (const [name, value] of scanner.attributes()) {
    if (!W_NS.includes(value)) continue;
    if (name === "xmlns") return "";
    if (name.startsWith("xmlns:")) return name.slice(6) + ":";
  }
  return "w:";
}

export interface RawStyle {
  id: string;
  type: string;
  name: string;
  basedOn: string | null;
  /** 0..9 as written in the style's pPr, null when absent. */
  outlineLvl: number | null;
  numId: string | null;
  ilvl: number | null;
  isDefault: boolean;
}

export interface ResolvedStyle {
  id: string;
  name: string;
  /** 1..9 or null (body text). */
  headingLevel: number | null;
  /** Numbering inherited through the basedOn chain ("0" = numbering removed). */
  numId: string | null;
  ilvl: number | null;
}

export interface StyleTable {
  byId: Map<string, RawStyle>;
  /** Id of the default paragraph style ("Normal"/"正文"), if declared. */
  defaultParagraph: string | null;
  resolve(styleId: string | null): ResolvedStyle | null;
}

const HEADING_NAME_RE =
  /^(?:heading|标题|標題|titre|überschrift|titolo|título|titulo|kop|nagłówek|заголовок|見出し)\s*([1-9])$/i;

/** 1..9 when the style name is a built-in heading name ("heading 1", "标题 1", "Heading1"), else null. */
export function headingLevelFromName(name: string): number | null {
  const m = HEADING_NAME_RE.exec(name.trim());
  return m ? Number(m[1]) : null;
}

export function parseStyles(xml: string | null): StyleTable {
  const byId = new Map<string, RawStyle>();
  let defaultParagraph: string | null = null;
  if (xml) {
    const sc = new XmlScanner(xml);
    let p = "w:";
    let first = true;
    let cur: RawStyle | null = null;
    // Depth of the pPr currently being read inside the style (-1 when not in pPr).
    let pPrDepth = -1;
    let styleDepth = -1;
    for (let t = sc.next(); t !== EOF; t = sc.next()) {
      if (t === OPEN) {
        if (first) {
          first = false;
          p = wordPrefix(sc);
          continue;
        }
        const n = sc.name;
        if (n === p + "style") {
          cur = {
            id: sc.attr(p + "styleId") ?? "",
            type: sc.attr(p + "type") ?? "paragraph",
            name: "",
            basedOn: null,
            outlineLvl: null,
            numId: null,
            ilvl: null,
            isDefault: /^(1|true|on)$/.test(sc.attr(p + "default") ?? ""),
          };
          styleDepth = sc.depth;
        } else if (cur) {
          if (n === p + "name" && sc.depth === styleDepth + 1) cur.name = sc.attr(p + "val") ?? "";
          else if (n === p + "basedOn" && sc.depth === styleDepth + 1) cur.basedOn = sc.attr(p + "val");
          else if (n === p + "pPr" && sc.depth === styleDepth + 1) pPrDepth = sc.depth;
          else if (pPrDepth >= 0) {
            if (n === p + "pPrChange" || n === p + "rPr") sc.skipElement();
            else if (n === p + "outlineLvl") cur.outlineLvl = int(sc.attr(p + "val"));
            else if (n === p + "numId") cur.numId = sc.attr(p + "val");
            else if (n === p + "ilvl") cur.ilvl = int(sc.attr(p + "val"));
          }
        }
      } else if (t === CLOSE) {
        if (cur && sc.depth === pPrDepth - 1) pPrDepth = -1;
        if (cur && sc.depth === styleDepth - 1) {
          if (cur.id && !byId.has(cur.id)) byId.set(cur.id, cur);
          if (cur.isDefault && cur.type === "paragraph" && defaultParagraph === null) defaultParagraph = cur.id;
          cur = null;
          styleDepth = -1;
          pPrDepth = -1;
        }
      }
    }
  }

  const cache = new Map<string, ResolvedStyle>();
  function resolve(styleId: string | null): ResolvedStyle | null {
    const id = styleId ?? defaultParagraph;
    if (id === null) return null;
    const hit = cache.get(id);
    if (hit) return hit;
    const own = byId.get(id);
    if (!own) {
      // Unknown style id: keep the id as the name; it may itself be a heading name.
      const r: ResolvedStyle = { id, name: id, headingLevel: headingLevelFromName(id), numId: null, ilvl: null };
      cache.set(id, r);
      return r;
    }
    let headingLevel: number | null = null;
    let levelDecided = false;
    let numId: string | null = null;
    let ilvl: number | null = null;
    let numDecided = false;
    const seen = new Set<string>();
    for (let s: RawStyle | undefined = own; s && !seen.has(s.id); s = s.basedOn ? byId.get(s.basedOn) : undefined) {
      seen.add(s.id);
      if (!levelDecided) {
        // A built-in heading style always has its outline level, whatever its pPr says.
        const byName = headingLevelFromName(s.name) ?? (s.name ? null : headingLevelFromName(s.id));
        if (byName !== null) {
          headingLevel = byName;
          levelDecided = true;
        } else if (s.outlineLvl !== null) {
          headingLevel = s.outlineLvl >= 0 && s.outlineLvl <= 8 ? s.outlineLvl + 1 : null;
          levelDecided = true;
        }
      }
      if (!numDecided && s.numId !== null) {
        numId = s.numId;
        ilvl = s.ilvl;
        numDecided = true;
      } else if (!numDecided && ilvl === null && s.ilvl !== null) {
        ilvl = s.ilvl;
      }
      if (levelDecided && numDecided) break;
    }
    const r: ResolvedStyle = { id, name: own.name || own.id, headingLevel, numId, ilvl };
    cache.set(id, r);
    return r;
  }

  return { byId, defaultParagraph, resolve };
}
