/**
 * GB/T 9704-2012 as applied to 对照检查材料 (shared/docs/domain.md §2): which paragraph gets which
 * font, size, weight, alignment, indent and line spacing. Pure planning: src/office applies it.
 * Text is never part of the plan, so applying it cannot change what the user wrote.
 */
import type { OutlineItem, Paragraph } from "./types";

export type FormatRole = "title" | "h1" | "h2" | "h3" | "body";

export interface ParagraphFormat {
  /** East Asian font (w:eastAsia); Latin text and digits use `latinFont`. */
  font: string;
  latinFont: string;
  /** Points: 二号 22, 三号 16. */
  size: number;
  bold: boolean;
  alignment: "Centered" | "Justified" | "Left";
  /** Points; "two characters" = 2 × size. */
  firstLineIndent: number;
  /** Fixed line spacing in points. */
  lineSpacing: number;
}

export type LineSpacingChoice = 28 | 28.95 | 29;
export const LINE_SPACING_CHOICES: { value: LineSpacingChoice; label: string }[] = [
  { value: 28, label: "固定值 28 磅（常用）" },
  { value: 28.95, label: "固定值 28.95 磅（每页 22 行）" },
  { value: 29, label: "固定值 29 磅" },
];

/** Fonts named by the standard and common practice; the first is used, the rest are known alternatives. */
export const OFFICIAL_FONTS = {
  title: ["方正小标宋简体", "方正小标宋_GBK", "华文中宋"],
  h1: ["黑体", "方正黑体_GBK"],
  h2: ["楷体", "楷体_GB2312", "方正楷体_GBK"],
  body: ["仿宋", "仿宋_GB2312", "方正仿宋_GBK"],
} as const;

/** Page margins in centimetres (天头 37 mm, 订口 28 mm, 版心 156 × 225 mm). */
export const PAGE_MARGINS_CM = { top: 3.7, bottom: 3.5, left: 2.8, right: 2.6 } as const;
export const CM_TO_PT = 72 / 2.54;

export function formatFor(role: FormatRole, lineSpacing: LineSpacingChoice = 28): ParagraphFormat {
  const latinFont = "Times New Roman";
  switch (role) {
    case "title":
      return { font: OFFICIAL_FONTS.title[0], latinFont, size: 22, bold: false, alignment: "Centered", firstLineIndent: 0, lineSpacing: 35 };
    case "h1":
      return { font: OFFICIAL_FONTS.h1[0], latinFont, size: 16, bold: false, alignment: "Justified", firstLineIndent: 32, lineSpacing };
    case "h2":
      return { font: OFFICIAL_FONTS.h2[0], latinFont, size: 16, bold: false, alignment: "Justified", firstLineIndent: 32, lineSpacing };
    case "h3":
      return { font: OFFICIAL_FONTS.body[0], latinFont, size: 16, bold: true, alignment: "Justified", firstLineIndent: 32, lineSpacing };
    default:
      return { font: OFFICIAL_FONTS.body[0], latinFont, size: 16, bold: false, alignment: "Justified", firstLineIndent: 32, lineSpacing };
  }
}

/**
 * The role of every paragraph: the title; standalone headings by outline depth (or style level);
 * run-in headings ("一是……。比如……") and everything else are body text. Paragraphs in tables
 * are left alone (null).
 */
export function planRoles(paragraphs: Paragraph[], items: OutlineItem[], titleParagraph: number | null): (FormatRole | null)[] {
  const roles: (FormatRole | null)[] = paragraphs.map((p) => (p.inTable ? null : "body"));
  for (const item of items) {
    if (roles[item.paragraph] === null || item.runIn) continue;
    const level = item.headingLevel ?? item.depth;
    roles[item.paragraph] = level <= 1 ? "h1" : level === 2 ? "h2" : "h3";
  }
  if (titleParagraph !== null && titleParagraph >= 0 && titleParagraph < roles.length) roles[titleParagraph] = "title";
  return roles;
}
