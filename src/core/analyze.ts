/**
 * analyze: title block → outline → sections → aspects. Pure and linear in the document size.
 * The title block (title, name and date lines) is excluded from the outline, so a title styled as
 * Heading 1 (markdown "#") does not become a section.
 */
import type { Analysis, DocumentModel, Preset } from "./types";
import { detectTitle } from "./title";
import { detectOutline } from "./outline";
import { buildSections } from "./sections";
import { sectionAspects } from "./aspects";

const ASPECT_SECTIONS = new Set(["存在的问题", "整改措施"]);

export function analyze(doc: DocumentModel, preset: Preset): Analysis {
  const paragraphs = doc.paragraphs;
  const block = detectTitle(paragraphs);
  // A contents list pasted before the title and a repeated title are debris, not the material's
  // structure: out of the outline and the sections, like the title block.
  const skipped = block.residue.length ? [...block.paragraphs, ...block.residue.flatMap((r) => r.paragraphs)] : block.paragraphs;
  const inBlock = new Set(skipped);
  const items = detectOutline(inBlock.size ? paragraphs.filter((p) => !inBlock.has(p.index)) : paragraphs);
  const { sections, sectionOf } = buildSections(paragraphs, items, skipped);
  // Items are in paragraph order and sections are contiguous ranges in order: walk both once.
  let k = 0;
  for (const s of sections) {
    while (k < items.length && items[k].paragraph < s.start) k++;
    let e = k;
    while (e < items.length && items[e].paragraph <= s.end) e++;
    if (s.kind !== null && ASPECT_SECTIONS.has(s.kind)) s.aspects = sectionAspects(s, items.slice(k, e), preset);
    k = e;
  }
  return { title: block.title, items, sections, sectionOf, ...(block.residue.length ? { residue: block.residue } : {}) };
}
