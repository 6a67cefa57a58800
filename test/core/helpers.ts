/**
 * Shared test helpers for core tests (structure engine and text rules).
 *
 * Fixtures live in test/fixtures/core/ and are original texts written for this project:
 * - banzi-2025.txt          班子, 2025年度民主生活会, literal 一、/（一）numbering, run-in 一是 on own lines
 * - geren-2024.txt          个人, 2024年度民主生活会, name + date lines, 个人有关事项, 结束语
 * - zhibu-2022.txt          党支部, 2022年度组织生活会, 一、/（一）/1. levels, 上年度整改 as a section
 * - halfwidth-runin-2023.txt 班子, 2023 主题教育, half-width "(一)", run-in aspect paragraphs,
 *                           one "(三)、" with wrong punctuation, 典型案例剖析 + 政绩观 sections
 * - styled-unnumbered.md    党员, 2024年度组织生活会, markdown headings without any numbering
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { paragraphsFromText } from "../../src/core/text";
import { analyze } from "../../src/core/analyze";
import { getPreset } from "../../src/core/presets";
import type { DocumentModel, Paragraph, Preset, Rule, RuleContext, RuleResult } from "../../src/core/types";

export const FIXTURE_DIR = join(__dirname, "..", "fixtures", "core");

/** Names of all core fixtures (file names with extension). */
export function listFixtures(): string[] {
  return readdirSync(FIXTURE_DIR).filter((f) => /\.(txt|md)$/.test(f)).sort();
}

/** Raw text of a fixture. */
export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURE_DIR, name), "utf8");
}

/** A fixture as a DocumentModel (via paragraphsFromText: blank lines dropped, markdown headings styled). */
export function loadFixture(name: string): DocumentModel {
  return { paragraphs: paragraphsFromText(fixtureText(name)) };
}

/** One paragraph with defaults; `index` is fixed up by `doc()`. */
export function para(text: string, extra: Partial<Paragraph> = {}): Paragraph {
  return { index: 0, text, styleName: "", headingLevel: null, listString: "", inTable: false, ...extra };
}

/** A heading paragraph styled like Word's built-in "标题 N" (no literal numbering unless you write it). */
export function heading(level: number, text: string, extra: Partial<Paragraph> = {}): Paragraph {
  return para(text, { styleName: `标题 ${level}`, headingLevel: level, ...extra });
}

/** Build a DocumentModel; strings become plain paragraphs; indexes are renumbered 0..n-1. */
export function doc(...items: (string | Paragraph)[]): DocumentModel {
  return { paragraphs: items.map((it, i) => ({ ...(typeof it === "string" ? para(it) : it), index: i })) };
}

/** Copy of `d` without the paragraphs in [start, end] (inclusive), reindexed. */
export function withoutRange(d: DocumentModel, start: number, end: number): DocumentModel {
  return {
    paragraphs: d.paragraphs.filter((p) => p.index < start || p.index > end).map((p, i) => ({ ...p, index: i })),
  };
}

/** Copy of `d` with paragraph `index` replaced by `text` (other fields kept). */
export function withText(d: DocumentModel, index: number, text: string): DocumentModel {
  return { paragraphs: d.paragraphs.map((p) => (p.index === index ? { ...p, text } : p)) };
}

/** Index of the first paragraph whose text contains `needle` (throws when absent, to keep tests honest). */
export function findParagraph(d: DocumentModel, needle: string): number {
  const p = d.paragraphs.find((q) => q.text.includes(needle));
  if (!p) throw new Error(`no paragraph contains ${JSON.stringify(needle)}`);
  return p.index;
}

/** A shipped preset by id (throws when unknown, to keep tests honest). */
export function preset(id: string): Preset {
  const p = getPreset(id);
  if (!p) throw new Error(`unknown preset ${id}`);
  return p;
}

/** Rule context with the real analysis. */
export function contextOf(d: DocumentModel, presetOrId: Preset | string): RuleContext {
  const p = typeof presetOrId === "string" ? preset(presetOrId) : presetOrId;
  return { doc: d, analysis: analyze(d, p), preset: p };
}

/** Run one rule over a document with the real analysis. */
export function runRule(rule: Rule, d: DocumentModel, presetOrId: Preset | string): RuleResult[] {
  return rule.check(contextOf(d, presetOrId));
}

/** The complete fixtures with the preset each is written for: rules must stay silent on them. */
export const COMPLETE_MATERIALS: [fixture: string, presetId: string][] = [
  ["banzi-2025.txt", "dlsh-2025/banzi"],
  ["geren-2024.txt", "dlsh-2024/geren"],
  ["zhibu-2022.txt", "zzsh-2022/zhibu"],
  ["halfwidth-runin-2023.txt", "dlsh-2023/banzi"],
  ["styled-unnumbered.md", "zzsh-2024/dangyuan"],
];
