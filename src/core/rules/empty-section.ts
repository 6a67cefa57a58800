/**
 * empty-section: a heading with nothing under it — a top-level section, or a sub-heading such as
 * “（二）在……方面”, followed directly by the next heading of the same or a higher level.
 * Only heading-like items count (numbered 一、/（一）/1./（1）or styled, not ending like a sentence);
 * run-in points (一是……) are content, not headings. A heading whose sub-headings are all empty is
 * not reported itself: its sub-headings are.
 */
import type { OutlineItem, Rule, RuleResult } from "../types";

const SENTENCE_END = /[。！？!?；;]\s*$/;

function isHeadingLike(it: OutlineItem, text: string): boolean {
  if (it.runIn) return false;
  if (it.marker && (it.marker.kind === "runin" || it.marker.kind === "ordinal" || it.marker.kind === "circled")) return false;
  return !SENTENCE_END.test(text);
}

export const rule: Rule = {
  id: "empty-section",
  severity: "warning",
  description: "标题下没有内容",
  check(ctx) {
    const { analysis, doc } = ctx;
    const ps = doc.paragraphs;
    const out: RuleResult[] = [];
    const hasText = (from: number, to: number) => {
      for (let i = from; i <= to; i++) if (ps[i] && ps[i].text.trim()) return true;
      return false;
    };
    const items = analysis.items;
    const reported = new Set<number>();
    for (let k = 0; k < items.length; k++) {
      const it = items[k];
      const si = analysis.sectionOf[it.paragraph] ?? -1;
      if (si < 0) continue;
      const sec = analysis.sections[si];
      const next = items[k + 1];
      if (next && next.depth > it.depth && next.paragraph <= sec.end) continue; // has sub-items
      if (!isHeadingLike(it, ps[it.paragraph]?.text ?? "")) continue;
      const stop = Math.min(next ? next.paragraph - 1 : sec.end, sec.end);
      if (hasText(it.paragraph + 1, stop)) continue;
      reported.add(it.paragraph);
      const top = sec.heading === it.paragraph;
      const name = top && sec.kind ? `“${sec.kind}”部分` : `“${it.title}”`;
      out.push({
        message: `${name}只有标题，下面没有内容。`,
        paragraph: it.paragraph,
        quote: it.title.slice(0, 40) || undefined,
        data: { section: sec.kind, title: it.title },
      });
    }
    // Top-level headings that are not outline items (plain lines recognised as section headings).
    const itemParas = new Set(items.map((i) => i.paragraph));
    for (const sec of analysis.sections) {
      if (sec.heading === null || reported.has(sec.heading) || itemParas.has(sec.heading)) continue;
      if (hasText(sec.heading + 1, sec.end)) continue;
      out.push({
        message: `${sec.kind ? `“${sec.kind}”部分` : `“${sec.title}”`}只有标题，下面没有内容。`,
        paragraph: sec.heading,
        quote: sec.title.slice(0, 40) || undefined,
        data: { section: sec.kind, title: sec.title },
      });
    }
    return out;
  },
};
