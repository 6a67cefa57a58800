/**
 * count-mismatch: a count is announced (“主要有以下四个方面原因：”, “（一）对照6个方面……”, “存在三点不足：
 * 一是……”) and the items that follow it (一是… / （一）… / 1.…) are a different number.
 *
 * Only announcements that introduce a list are checked: with 以下/如下/下列, ending the paragraph
 * with a colon, or a heading whose sub-items are counted. Counts inside set phrases (八项规定,
 * “三项行动”) and counts of one are not announcements. No fix: which side is wrong is the writer's call.
 */
import type { OutlineItem, Rule, RuleContext, RuleResult } from "../types";
import { findRunIns, itemsByParagraph, runInsAt } from "./util/doc";
import { cnToInt, quoteAround } from "./util/text";
import { paragraphsWith } from "./util/scan";

const ANNOUNCE = /([一二两三四五六七八九十]{1,3}|[0-9]{1,2})(个方面|方面|个问题|个突出问题|点|条|项)/g;
/** The end of every ANNOUNCE match: the paragraphs that can announce a count. */
const ANNOUNCE_TRIGGER = /[一二两三四五六七八九十0-9](?:个方面|方面|个问题|个突出问题|点|条|项)/;
const LIST_INTRO = /(?:以下|如下|下列|下面)[的]?$/;

interface Count { count: number; last: number }

/** Run-in points 一是/二是… from `offset` of paragraph `p` on, continuing over following paragraphs that open with the next one. */
function countRunIns(ctx: RuleContext, p: number, offset: number, byPara: Map<number, OutlineItem>): Count | null {
  const ps = ctx.doc.paragraphs;
  let expected = 1;
  let count = 0;
  let last = p;
  for (let q = p; q < ps.length; q++) {
    if (q > p && byPara.has(q) && byPara.get(q)!.marker?.kind !== "runin") break;
    const rs = runInsAt(ctx, q).filter((r) => q > p || r.offset >= offset);
    if (!rs.length) {
      if (q === p) return null;
      if (!ps[q].text.trim()) continue;
      break;
    }
    if (q > p && rs[0].offset !== 0) break;
    for (const r of rs) {
      if (r.value !== expected) break;
      expected++;
      count++;
    }
    last = q;
  }
  return count ? { count, last } : null;
}

/** Outline items right after paragraph `p` (first one numbered 1), at one depth and kind, up to a shallower item. */
function countItems(ctx: RuleContext, p: number, minDepth: number): Count | null {
  const items = ctx.analysis.items;
  const ps = ctx.doc.paragraphs;
  let i = items.findIndex((it) => it.paragraph > p);
  if (i < 0) return null;
  const first = items[i];
  for (let q = p + 1; q < first.paragraph; q++) if (ps[q].text.trim()) return null; // text between: not a list intro
  if (!first.marker || first.marker.kind === "runin" || first.marker.value !== 1 || first.depth <= minDepth) return null;
  const section = ctx.analysis.sectionOf[first.paragraph];
  let count = 0;
  let last = first.paragraph;
  for (; i < items.length; i++) {
    const it = items[i];
    if (ctx.analysis.sectionOf[it.paragraph] !== section) break;
    if (it.depth < first.depth) break;
    if (it.depth > first.depth) continue;
    if (it.marker?.kind !== first.marker.kind) break;
    count++;
    last = it.paragraph;
  }
  return { count, last };
}

export const rule: Rule = {
  id: "count-mismatch",
  severity: "warning",
  description: "前文说“以下三个方面”“几点”“N条”，后面列出的条目数与之不符",
  check(ctx) {
    const out: RuleResult[] = [];
    const byPara = itemsByParagraph(ctx);
    const ps = ctx.doc.paragraphs;
    for (const i of paragraphsWith(ctx, ANNOUNCE_TRIGGER)) {
      const para = ps[i];
      const text = para.text;
      ANNOUNCE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = ANNOUNCE.exec(text))) {
        const numeral = m[1];
        const announced = /\d/.test(numeral) ? Number(numeral) : cnToInt(numeral);
        if (!(announced >= 2)) continue;
        const before = text.slice(Math.max(0, m.index - 4), m.index);
        const after = text.slice(m.index + m[0].length);
        if (/[第“"《]$/.test(before) || /^(?:规定|原则|要求|制度|措施|行动|工程|活动)/.test(after)) continue;
        const intro = LIST_INTRO.test(before);
        const rest = after.replace(/[\s\u3000]+$/, "");
        const endsWithColon = /[：:]$/.test(rest) && rest.length <= 20;
        const item = byPara.get(para.index);
        const isHeading = !!item && item.marker?.kind !== "runin" && !/[。；]/.test(after);
        const runIns = findRunIns(after).length ? countRunIns(ctx, para.index, m.index + m[0].length, byPara) : null;
        let found: Count | null = runIns;
        if (!found && (intro || endsWithColon || isHeading)) {
          if (!/[。；]./.test(after)) {
            const next = ctx.doc.paragraphs.findIndex((q, k) => k > para.index && !!q.text.trim());
            if (next >= 0 && runInsAt(ctx, next)[0]?.offset === 0 && (!byPara.has(next) || byPara.get(next)!.marker?.kind === "runin")) found = countRunIns(ctx, next, 0, byPara);
            else found = countItems(ctx, para.index, item && item.marker?.kind !== "runin" ? item.depth : 0);
          }
        }
        if (!runIns && !intro && !endsWithColon && !isHeading) continue;
        if (!found || found.count < 2 || found.count === announced) continue;
        out.push({
          message: `前文说“${m[0]}”，后面实际列出了 ${found.count} 项，请核对`,
          paragraph: para.index,
          paragraphEnd: found.last,
          quote: quoteAround(text, m.index, m[0].length),
          data: { announced, actual: found.count, offset: m.index },
        });
        break;
      }
    }
    return out;
  },
};
