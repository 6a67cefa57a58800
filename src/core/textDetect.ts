/**
 * Material type and year from the text, where the title does not say them, and the basis of each
 * choice for the report.
 *
 * - Type: the title decides when it names one (班子/个人/支部/党员); otherwise the voice of the body:
 *   我/本人 → 个人 (党员 at a 组织生活会), 我们/班子 → 班子 (党支部 at a 组织生活会), 支部/支委 → 党支部.
 * - Year: the title, else the body (“2024年度……”; a year named as last year's — 上年度、整改 — counts
 *   as the year before the material's), else the date (presets.detectPreset).
 *
 * Pure: called by the checker after detectPreset, so that the preset module stays the one place of
 * title/date detection.
 */
import type { DocumentModel, MaterialType, Preset } from "./types";
import { allPresets, getPreset, titleHints } from "./presets";
import { detectTitle } from "./title";

export interface Voice {
  /** First-person singular: 我 (not 我们/我单位/自我…) and 本人. */
  singular: number;
  /** Collective: 我们, 班子. */
  collective: number;
  /** 支部, 支委. */
  branch: number;
}

const SINGULAR = /(?<!自)我(?![们国党省市县区局委校院部所处科厂司行单中镇乡])|本人/g;
const COLLECTIVE = /我们|班子/g;
const BRANCH = /支部|支委/g;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Every voice word holds one of these: the other paragraphs are passed over with one test. */
const ANY_VOICE = /我|本人|班子|支部|支委/;

/** Voice counts over the given paragraphs (all when `skip` is empty). */
export function voiceOf(doc: DocumentModel, skip: ReadonlySet<number> = new Set()): Voice {
  const v: Voice = { singular: 0, collective: 0, branch: 0 };
  for (const p of doc.paragraphs) {
    if (!p.text || skip.has(p.index) || !ANY_VOICE.test(p.text)) continue;
    v.singular += count(SINGULAR, p.text);
    v.collective += count(COLLECTIVE, p.text);
    v.branch += count(BRANCH, p.text);
  }
  return v;
}

/** True when the text is written in the first person singular (a 个人 / 党员 material). */
export function isFirstPerson(v: Voice): boolean {
  return v.singular >= 5 && v.singular >= v.collective;
}

/** Material type the voice points to for a meeting, or null when it is not clear. */
export function typeFromVoice(v: Voice, meeting: Preset["meeting"]): MaterialType | null {
  const zs = meeting === "组织生活会";
  if (isFirstPerson(v)) return zs ? "dangyuan" : "geren";
  if (v.branch >= 3 && v.branch >= v.collective / 2) return "zhibu";
  if (v.collective >= 3) return zs ? "zhibu" : "banzi";
  return null;
}

const YEAR_RE = /(20\d{2})年度/g;

/** The material's year from the body: most frequent, a year named with 整改/上年度 counting as +1. */
export function yearFromBody(doc: DocumentModel, skip: ReadonlySet<number>): { year: number; quote: string } | null {
  const votes = new Map<number, { n: number; quote: string }>();
  for (const p of doc.paragraphs) {
    if (skip.has(p.index) || !p.text.includes("年度")) continue;
    YEAR_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = YEAR_RE.exec(p.text))) {
      const around = p.text.slice(Math.max(0, m.index - 12), m.index + 24);
      const last = /整改|上年度|上一年度|上次|上一次/.test(around);
      const y = Number(m[1]) + (last ? 1 : 0);
      const v = votes.get(y) ?? { n: 0, quote: m[0] };
      v.n++;
      votes.set(y, v);
    }
  }
  let best: { year: number; quote: string; n: number } | null = null;
  for (const [year, v] of votes) if (!best || v.n > best.n || (v.n === best.n && year > best.year)) best = { year, quote: v.quote, n: v.n };
  return best ? { year: best.year, quote: best.quote } : null;
}

export interface DetectionBasis {
  /** What decided the material type, in Chinese ("标题", "正文口吻：……", "指定"…). */
  type: string;
  /** What decided the year. */
  year: string;
}

const TYPE_LABEL: Record<MaterialType, string> = { banzi: "班子", geren: "个人", zhibu: "党支部", dangyuan: "党员" };

/**
 * Refine a preset chosen by title/date detection with what the body says, and explain the choice.
 * `given` = the preset was chosen by the user (nothing is changed then).
 */
export function refineByText(doc: DocumentModel, chosen: { preset: Preset; detected: boolean }, given: boolean): { preset: Preset; detected: boolean; basis: DetectionBasis } {
  if (given) return { ...chosen, basis: { type: "指定", year: "指定" } };
  const block = detectTitle(doc.paragraphs);
  const skip = new Set(block.paragraphs);
  const h = block.title ? titleHints(block.title.text) : null;
  let { preset, detected } = chosen;
  let yearBasis = h && (h.year !== null || h.ztjy || h.dangshi) && detected ? "标题" : preset.year === null ? "通用预设" : "日期";
  if (yearBasis !== "标题") {
    const by = yearFromBody(doc, skip);
    if (by && by.year !== preset.year) {
      const other = allPresets().find((p) => p.meeting === preset.meeting && p.year === by.year && p.materialType === preset.materialType && !p.themeId.includes("ztjy"));
      if (other) {
        preset = other;
        detected = true;
        yearBasis = `正文（“${by.quote}”）`;
      }
    } else if (by && by.year === preset.year) yearBasis = `正文（“${by.quote}”）`;
  }
  let typeBasis = h?.materialType ? "标题" : "默认";
  if (!h?.materialType) {
    const v = voiceOf(doc, skip);
    const t = typeFromVoice(v, preset.meeting);
    if (t) {
      typeBasis = `正文口吻（“我/本人”${v.singular} 处，“我们/班子”${v.collective} 处，“支部/支委”${v.branch} 处 → ${TYPE_LABEL[t]}）`;
      if (t !== preset.materialType) {
        const other = getPreset(`${preset.themeId}/${t}`);
        if (other) preset = other;
        else typeBasis += "，本主题没有该类型的预设";
      }
    }
  }
  return { preset, detected, basis: { type: typeBasis, year: yearBasis } };
}
