/**
 * voice: the material's voice against its type.
 * - A 个人 / 党员 material that hides behind the collective in 存在的问题 (班子…、有的同志…、
 *   个别同志…: 以班子问题代替个人问题) — one finding per paragraph, at a clause that opens with it
 *   and has no 我 in its sentence.
 * - A text written in the first person singular checked against a 班子 / 党支部 preset.
 */
import type { Rule, RuleResult } from "../types";
import { isFirstPerson, voiceOf } from "../textDetect";
import { detectTitle } from "../title";
import { kindAt } from "./util/doc";
import { quote, sentenceBounds } from "./util/text";

const HIDING = /(?:^|[。；;，,：:！？])[\s\u3000]*(?:[一二三四五六七八九十]是)?(班子成员|班子|领导班子|有的同志|个别同志|部分同志|有些同志|少数同志|一些同志)(?!成员中的我|中的我)/g;

export const rule: Rule = {
  id: "voice",
  severity: "warning",
  description: "口吻与材料类型一致：个人材料不以班子或“有的同志”代替本人问题；第一人称材料不按班子材料检查",
  check(ctx) {
    const out: RuleResult[] = [];
    const personal = ctx.preset.materialType === "geren" || ctx.preset.materialType === "dangyuan";
    if (personal) {
      for (const p of ctx.doc.paragraphs) {
        if (kindAt(ctx, p.index) !== "存在的问题" || !p.text) continue;
        HIDING.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = HIDING.exec(p.text))) {
          const at = m.index + m[0].length - m[1].length;
          const [ss, se] = sentenceBounds(p.text, at);
          if (/我|本人/.test(p.text.slice(ss, se))) continue;
          out.push({
            message: `个人材料的问题以“${m[1]}”为主语，像是以班子或他人的问题代替本人问题，应写“我”自己的问题`,
            paragraph: p.index,
            quote: quote(p.text, ss, se - ss),
            data: { subject: m[1], offset: at },
          });
          break;
        }
      }
    } else if (ctx.preset.materialType === "banzi" || ctx.preset.materialType === "zhibu") {
      const skip = new Set(detectTitle(ctx.doc.paragraphs).paragraphs);
      const v = voiceOf(ctx.doc, skip);
      if (isFirstPerson(v)) {
        const first = ctx.doc.paragraphs.find((p) => !skip.has(p.index) && /(?<!自)我(?![们国党])|本人/.test(p.text));
        out.push({
          message: `材料以第一人称“我”写成（“我/本人”${v.singular} 处，“我们/班子”${v.collective} 处），却按${ctx.preset.materialType === "banzi" ? "班子" : "党支部"}材料检查；如是个人材料，请在上方改选个人预设`,
          paragraph: first?.index ?? 0,
          ...(first ? { quote: quote(first.text) } : {}),
          data: { singular: v.singular, collective: v.collective },
        });
      }
    }
    return out;
  },
};
