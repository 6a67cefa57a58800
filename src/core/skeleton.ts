/**
 * buildSkeleton: the outline of a material for a preset, as paragraphs to insert.
 *
 * Headings carry literal numbering (一、 /（一）) unless `numbered: false`; bodies are 【…】 prompts
 * (or literal text such as the closing line). 存在的问题 and 整改措施 get one sub-heading per preset
 * aspect, 原因分析 one per cause dimension. 导语 and 结束语 have no heading.
 */
import type { Aspect, CauseDimension, Preset, PresetSection, SectionKind, SkeletonNode } from "./types";
import { toChineseNumeral } from "./normalize";

export { toChineseNumeral } from "./normalize";

export interface SkeletonOptions {
  /** Only this section (or only this aspect's sub-heading inside 存在的问题 / 整改措施). */
  only?: { section: SectionKind; aspectId?: string };
  /** Number of the first heading produced at the top of the output (三 → 3, for continuing 一、二、). */
  startAt?: number;
  /** Prepend the title (level 0) and, for individual materials, a name/date line. */
  includeTitle?: boolean;
  /** Literal numbering on headings (default true); false for documents with unnumbered styled headings. */
  numbered?: boolean;
}

const HEADINGLESS: SectionKind[] = ["导语", "结束语"];
const PROBLEM_PROMPTS = ["【一是……。比如：时间、事例、数据】", "【二是……。比如：时间、事例、数据】"];
const CAUSE_PROMPT = "【从主观上、思想上剖析产生问题的根源，不强调客观原因】";
const MEASURE_PROMPT = "【针对上述问题提出具体措施，写明完成时限、责任人和可检验的目标】";

function topMarker(n: number): string {
  return `${toChineseNumeral(n)}、`;
}
function subMarker(n: number): string {
  return `（${toChineseNumeral(n)}）`;
}

/** Heading of an aspect under 存在的问题: “在带头……方面” / “在理论学习方面”. */
function problemAspectHeading(a: Aspect): string {
  const name = a.name.replace(/[。；;]$/, "");
  return /方面$/.test(name) ? name : `在${name}方面`;
}
/** Heading of the measures for an aspect under 整改措施. */
function measureAspectHeading(a: Aspect): string {
  return `围绕“${a.short}”抓好整改`;
}
function causeHeading(d: CauseDimension): string {
  return `${d.name}方面`;
}

function titleText(preset: Preset): string {
  const meeting = preset.meeting === "通用" ? (preset.materialType === "zhibu" || preset.materialType === "dangyuan" ? "组织生活会" : "民主生活会") : preset.meeting;
  const label = preset.year !== null ? preset.label.split(" · ")[0] : `××年度${meeting}`;
  // A 学习教育's own material (a dated theme outside the annual meetings) is a 检视剖析材料.
  if (preset.meeting === "通用" && preset.year !== null) {
    return preset.materialType === "banzi" || preset.materialType === "zhibu" ? `中共××委员会（党组）领导班子${label}检视剖析材料` : `××同志${label}个人检视剖析材料`;
  }
  switch (preset.materialType) {
    case "banzi":
      return `中共××委员会（党组）领导班子${label}对照检查材料`;
    case "geren":
      return `××同志${label}个人对照检查材料`;
    case "zhibu":
      return `××党支部${label}对照检查材料`;
    case "dangyuan":
      return `××同志${label}党员个人对照检查材料`;
  }
}

function bodies(texts: string[] | undefined, section: SectionKind): SkeletonNode[] {
  return (texts ?? []).map((text) => ({ level: "body" as const, text, section }));
}

function introBodies(preset: Preset, s: PresetSection): SkeletonNode[] {
  if (s.placeholders?.length) return bodies(s.placeholders, s.kind);
  return bodies([...preset.preambleItems.map((p) => `【${p}】`), "现将对照检查情况报告如下。"], s.kind);
}

interface Ctx {
  preset: Preset;
  numbered: boolean;
}

function heading(ctx: Ctx, level: 1 | 2, n: number, text: string, section: SectionKind, aspectId?: string): SkeletonNode {
  const marker = ctx.numbered ? (level === 1 ? topMarker(n) : subMarker(n)) : "";
  const node: SkeletonNode = { level, text: marker + text, section };
  if (aspectId) node.aspectId = aspectId;
  return node;
}

function aspectNodes(ctx: Ctx, s: PresetSection, a: Aspect, n: number): SkeletonNode[] {
  const problem = s.kind === "存在的问题";
  const text = problem ? problemAspectHeading(a) : measureAspectHeading(a);
  const prompts = s.placeholders?.length ? s.placeholders : problem ? PROBLEM_PROMPTS : [MEASURE_PROMPT];
  return [heading(ctx, 2, n, text, s.kind, a.id), ...bodies(prompts, s.kind)];
}

/** Children of a section heading (sub-headings and bodies). */
function sectionChildren(ctx: Ctx, s: PresetSection): SkeletonNode[] {
  const { preset } = ctx;
  if ((s.kind === "存在的问题" || s.kind === "整改措施") && preset.aspects.length) {
    return preset.aspects.flatMap((a, i) => aspectNodes(ctx, s, a, i + 1));
  }
  if (s.kind === "原因分析" && preset.causeDimensions.length) {
    const prompts = s.placeholders?.length ? s.placeholders : [CAUSE_PROMPT];
    return preset.causeDimensions.flatMap((d, i) => [heading(ctx, 2, i + 1, causeHeading(d), s.kind), ...bodies(prompts, s.kind)]);
  }
  const fallback = s.kind === "存在的问题" ? PROBLEM_PROMPTS : s.kind === "整改措施" ? [MEASURE_PROMPT] : s.kind === "原因分析" ? [CAUSE_PROMPT] : [];
  return bodies(s.placeholders?.length ? s.placeholders : fallback, s.kind);
}

function sectionNodes(ctx: Ctx, s: PresetSection, n: number): SkeletonNode[] {
  if (s.kind === "导语") return introBodies(ctx.preset, s);
  if (HEADINGLESS.includes(s.kind)) return bodies(s.placeholders, s.kind);
  return [heading(ctx, 1, n, s.heading, s.kind), ...sectionChildren(ctx, s)];
}

/** Default section entry for a kind the preset does not list (used when inserting it anyway). */
function defaultSection(kind: SectionKind): PresetSection {
  return { kind, required: false, heading: kind === "典型案例剖析" ? "典型案例剖析" : kind === "政绩观" ? "树立和践行正确政绩观方面" : kind };
}

export function buildSkeleton(preset: Preset, opts: SkeletonOptions = {}): SkeletonNode[] {
  const ctx: Ctx = { preset, numbered: opts.numbered !== false };
  const out: SkeletonNode[] = [];
  if (opts.includeTitle) {
    out.push({ level: 0, text: titleText(preset) });
    if (preset.materialType === "geren" || preset.materialType === "dangyuan") out.push({ level: "body", text: "【职务　姓名】" });
  }
  const numberedSections = preset.sections.filter((s) => !HEADINGLESS.includes(s.kind));
  if (opts.only) {
    const { section, aspectId } = opts.only;
    const s = preset.sections.find((x) => x.kind === section) ?? defaultSection(section);
    if (aspectId !== undefined) {
      const idx = preset.aspects.findIndex((a) => a.id === aspectId);
      if (idx < 0 || (section !== "存在的问题" && section !== "整改措施")) return out;
      return [...out, ...aspectNodes(ctx, s, preset.aspects[idx], opts.startAt ?? idx + 1)];
    }
    const pos = numberedSections.findIndex((x) => x.kind === section);
    return [...out, ...sectionNodes(ctx, s, opts.startAt ?? (pos >= 0 ? pos + 1 : 1))];
  }
  let n = opts.startAt ?? 1;
  for (const s of preset.sections) {
    out.push(...sectionNodes(ctx, s, n));
    if (!HEADINGLESS.includes(s.kind)) n++;
  }
  return out;
}
