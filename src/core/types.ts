/**
 * Shared contract of the core engine. Everything outside src/core (office, docx, cli, taskpane,
 * playground) talks to the core through these types. Pure data: no DOM, no Office.
 */

/** One paragraph of the document as the core sees it (from Word, from a .docx, or from text). */
export interface Paragraph {
  /** 0-based position in the body. */
  index: number;
  /** Visible text without automatic list numbering; tracked deletions excluded where the source allows. */
  text: string;
  /** Style name as found: localized ("标题 1"), English ("Heading 1") or custom. "" when unknown. */
  styleName: string;
  /** 1..9 from a built-in heading style, an outline level, or a localized heading style name; else null. */
  headingLevel: number | null;
  /** Automatic numbering rendered as text ("一、", "（一）", "1."), "" when the paragraph is not a list item. */
  listString: string;
  /** True when the paragraph sits in a table cell. */
  inTable: boolean;
  /** Host identifier (Word uniqueLocalId) where available; used to jump back to the paragraph. */
  id?: string;
}

export interface DocumentModel {
  paragraphs: Paragraph[];
}

// ---------------------------------------------------------------------------------------------
// Outline

/**
 * cn: 一、  paren-cn: （一）  arabic: 1. / 1． / 1、  paren-arabic: （1）  runin: 一是 / 二是
 * circled: ①  ordinal: 第一，/ 首先
 */
export type MarkerKind = "cn" | "paren-cn" | "arabic" | "paren-arabic" | "runin" | "circled" | "ordinal";

export interface Marker {
  kind: MarkerKind;
  /** 1-based ordinal value (一 = 1, 十一 = 11). */
  value: number;
  /** The marker exactly as written, including brackets and the punctuation after it, e.g. "（一）、". */
  raw: string;
  /** "text" = literal characters at the start of the paragraph; "list" = automatic numbering. */
  source: "text" | "list";
  /** Offset of the marker within paragraph.text (0 when source is "list") and its length (0 for list). */
  offset: number;
  length: number;
  /** Half-width brackets "(" ")" were used. */
  halfWidth: boolean;
  /** Punctuation written right after the marker ("、", ".", "．", "，", "" …). */
  punct: string;
}

export interface OutlineItem {
  paragraph: number;
  /** Logical depth in the document's outline: 1 = top (一、), 2 = （一）, … (derived from context). */
  depth: number;
  marker: Marker | null;
  /** Heading wording without marker; for a run-in heading the lead clause (up to the first 。！？：). */
  title: string;
  /** Heading and body share one paragraph: "（一）在理论学习方面。一是……". */
  runIn: boolean;
  /** Style-based heading level of the paragraph, if any. */
  headingLevel: number | null;
}

// ---------------------------------------------------------------------------------------------
// Sections

/** Canonical section names; used verbatim in reports and messages. */
export type SectionKind =
  | "导语"
  | "上年度整改落实情况"
  | "会前准备情况"
  | "存在的问题"
  | "典型案例剖析"
  | "政绩观"
  | "原因分析"
  | "整改措施"
  | "个人有关事项"
  | "结束语";

export const SECTION_KINDS: readonly SectionKind[] = [
  "导语",
  "上年度整改落实情况",
  "会前准备情况",
  "存在的问题",
  "典型案例剖析",
  "政绩观",
  "原因分析",
  "整改措施",
  "个人有关事项",
  "结束语",
];

export interface AspectMatch {
  /** Preset aspect id, or null when the sub-heading matches no aspect of the preset. */
  aspectId: string | null;
  title: string;
  /** Paragraph of the sub-heading and the inclusive range it covers. */
  paragraph: number;
  start: number;
  end: number;
}

export interface Section {
  /** null when a top-level heading maps to no canonical kind. */
  kind: SectionKind | null;
  title: string;
  /** Paragraph of the heading (null for an implicit section such as 导语 before the first heading). */
  heading: number | null;
  /** Inclusive paragraph range, heading included. */
  start: number;
  end: number;
  /** Second-level headings matched to preset aspects (filled for 存在的问题 and 整改措施). */
  aspects: AspectMatch[];
}

export interface Analysis {
  /** The title paragraph (e.g. "……2025年度民主生活会对照检查材料"), if found. */
  title: { paragraph: number; text: string } | null;
  /** Outline items in document order. */
  items: OutlineItem[];
  sections: Section[];
  /** For each paragraph index: index into sections, or -1 (title, blank lines before any section). */
  sectionOf: number[];
  /**
   * Web-page debris around the title, kept out of the outline and the sections: a contents list
   * pasted before the title ("outline", its paragraphs in order) and a repeated title line.
   */
  residue?: { kind: "outline" | "duplicate-title"; paragraphs: number[] }[];
}

// ---------------------------------------------------------------------------------------------
// Presets

export type MaterialType = "banzi" | "geren" | "zhibu" | "dangyuan";
export const MATERIAL_TYPE_LABELS: Record<MaterialType, string> = {
  banzi: "班子",
  geren: "个人",
  zhibu: "党支部",
  dangyuan: "党员",
};

export interface Aspect {
  id: string;
  /** Official wording, e.g. "带头严守政治纪律和政治规矩，维护党的团结统一". */
  name: string;
  /** Short name, e.g. "政治纪律". */
  short: string;
  /** Keywords of the official wording used to match a user's sub-heading. */
  keywords: string[];
}

export interface CauseDimension {
  id: string;
  name: string;
  keywords: string[];
}

export interface PresetSection {
  kind: SectionKind;
  required: boolean;
  /** Heading text used when inserting a skeleton, e.g. "存在的问题". */
  heading: string;
  /** Placeholder prompts for the body. */
  placeholders?: string[];
}

/** A preset resolved for one material type: what the checker and the skeleton use. */
export interface Preset {
  /** e.g. "dlsh-2025/banzi". */
  id: string;
  /** e.g. "2025年度民主生活会 · 班子". */
  label: string;
  themeId: string;
  materialType: MaterialType;
  meeting: "民主生活会" | "组织生活会" | "通用";
  /** 年度 the meeting reviews (2025 for "2025年度"), null for generic presets. */
  year: number | null;
  /** Months in which the meeting is usually held, "YYYY-MM" inclusive (2026-01..2026-03 for 2025年度). */
  window?: { start: string; end: string };
  theme: string;
  /** false when the aspect wording is reconstructed and not confirmed against an official notice. */
  verified: boolean;
  verificationNote?: string;
  /** In expected order. */
  sections: PresetSection[];
  /** Name of the aspect group, e.g. "五个带头", "六个方面". */
  aspectGroup: string;
  aspects: Aspect[];
  /** The theme's switchable aspect sets (id, label), when it has them; aspectSetId is the one in use. */
  aspectSets?: { id: string; label: string }[];
  aspectSetId?: string;
  causeDimensions: CauseDimension[];
  preambleItems: string[];
  /** Voice of the material: "我们" for 班子/党支部, "我" for 个人/党员. */
  voice: "我们" | "我";
}

// ---------------------------------------------------------------------------------------------
// Skeleton

export interface SkeletonNode {
  /** 0 = title, 1..3 = heading levels, "body" = a placeholder body paragraph. */
  level: 0 | 1 | 2 | 3 | "body";
  /** Full paragraph text including the literal numbering ("三、原因分析"), or placeholder text for a body. */
  text: string;
  /** For headings: the section/aspect this node stands for (used by "insert only this section"). */
  section?: SectionKind;
  aspectId?: string;
}

/** Tag put on content controls the add-in inserts; the checker reports untouched ones. */
export const PLACEHOLDER_TAG = "duizhao:placeholder";
export const INSERTION_TAG_PREFIX = "duizhao:insert:";

// ---------------------------------------------------------------------------------------------
// Findings

export type Severity = "error" | "warning" | "info";

export type Fix =
  /** Replace `length` characters at `offset` of the paragraph (replacement "" deletes). `expected` is the current text of that span; a fix is refused if it no longer matches. */
  | { type: "replace"; label: string; paragraph: number; offset: number; length: number; expected: string; replacement: string }
  /** Delete a whole paragraph whose text must still equal `expected`. */
  | { type: "delete-paragraph"; label: string; paragraph: number; expected: string }
  /**
   * Delete `count` consecutive paragraphs from `paragraph` on (a contents list pasted before the
   * title); `expected[k]` is the text paragraph + k must still have, else the fix is refused.
   */
  | { type: "delete-paragraphs"; label: string; paragraph: number; count: number; expected: string[] }
  /**
   * Join `count` consecutive paragraphs from `paragraph` on into the first (a sentence split over
   * lines by a PDF copy): the texts of the following ones are appended to the first, as
   * joinAppendix(expected) gives them, and those paragraphs are deleted. Every `expected[k]` is
   * verified first; the fix is refused if any changed.
   */
  | { type: "join-paragraphs"; label: string; paragraph: number; count: number; expected: string[] }
  /**
   * Insert skeleton nodes after paragraph `after` (-1 = at the very start). `renumber` shifts the
   * literal numbers of the headings that follow, when the inserted number would repeat theirs; it
   * is applied in the same batch, and each edit is refused if its `expected` text has changed.
   * `plain`: insert the headings as plain paragraphs (the document's own headings at that level are
   * unstyled with literal numbers), not with heading styles.
   */
  | { type: "insert-skeleton"; label: string; after: number; nodes: SkeletonNode[]; renumber?: TextEdit[]; plain?: boolean };

/** Replace `length` characters at `offset` of paragraph `paragraph`, whose current text there is `expected`. */
export interface TextEdit {
  paragraph: number;
  offset: number;
  length: number;
  expected: string;
  replacement: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Chinese message as a reviewer would write it. */
  message: string;
  paragraph: number;
  paragraphEnd?: number;
  /** Short quote of the offending text (≤ 40 characters). */
  quote?: string;
  data?: Record<string, unknown>;
  fix?: Fix;
}

export interface RuleContext {
  doc: DocumentModel;
  analysis: Analysis;
  preset: Preset;
}

/** A checker rule: one module per rule under src/core/rules/. */
export interface Rule {
  id: string;
  severity: Severity;
  /** One-line Chinese description shown in help and the CLI. */
  description: string;
  check(ctx: RuleContext): RuleResult[];
}

/** What a rule returns: a finding without ruleId; severity defaults to the rule's. */
export type RuleResult = Omit<Finding, "ruleId" | "severity"> & { severity?: Severity };

export interface Report {
  file?: string;
  /** basis: what decided the material type and the year (标题 / 正文口吻… / 正文（“2024年度”） / 日期 / 指定). */
  preset: { id: string; label: string; detected: boolean; basis?: { type: string; year: string } };
  sections: { kind: SectionKind | null; title: string; start: number; end: number }[];
  findings: Finding[];
  stats: { paragraphs: number; characters: number; ms: number };
}
