/**
 * Presets: the shipped themes (src/data/presets/*.json) resolved per material type, lookup, a
 * user's own preset file, and detection of the right preset from a document's title or the date.
 */
import type { DocumentModel, MaterialType, Preset } from "./types";
import { MATERIAL_TYPE_LABELS } from "./types";
import { PresetError, validatePresetFile, validateTheme, type ThemeDef } from "./presetValidate";
import { detectTitle } from "./title";
import { compact } from "./normalize";
import { SHIPPED_THEME_FILES } from "../data/presets";

export { PresetError } from "./presetValidate";
export type { ThemeDef } from "./presetValidate";

export interface ThemeInfo {
  id: string;
  label: string;
  meeting: Preset["meeting"];
  year: number | null;
  window?: { start: string; end: string };
  verified: boolean;
  note?: string;
  aspectGroup: string;
  materialTypes: MaterialType[];
}

export const GENERIC_THEME_ID = "tongyong";
/** 2026年树立和践行正确政绩观学习教育 (its own 查摆问题 / 检视剖析材料). */
const ZJG_THEME_ID = "zjgxxjy-2026";
const MATERIAL_ORDER: MaterialType[] = ["banzi", "geren", "zhibu", "dangyuan"];

/** The aspect set chosen per theme id (组织生活会: 六大纪律 / 四个对照 / …); absent = the first set. */
let aspectChoice = new Map<string, string>();

/** A theme resolved for one material type (with the chosen aspect set, if the theme has sets). */
export function resolvePreset(t: ThemeDef, mt: MaterialType): Preset {
  const m = t.materials[mt];
  if (!m) throw new PresetError(`主题“${t.id}”没有“${MATERIAL_TYPE_LABELS[mt]}”材料。`);
  const set = t.aspectSets ? (t.aspectSets.find((s) => s.id === aspectChoice.get(t.id)) ?? t.aspectSets[0]) : undefined;
  const p: Preset = {
    id: `${t.id}/${mt}`,
    label: `${t.label} · ${MATERIAL_TYPE_LABELS[mt]}`,
    themeId: t.id,
    materialType: mt,
    meeting: t.meeting,
    year: t.year,
    theme: m.theme ?? t.theme,
    verified: t.verified,
    sections: m.sections,
    aspectGroup: m.aspectGroup ?? set?.aspectGroup ?? t.aspectGroup,
    aspects: m.aspects ?? set?.aspects ?? t.aspects,
    causeDimensions: m.causeDimensions ?? t.causeDimensions,
    preambleItems: m.preambleItems ?? t.preambleItems,
    voice: mt === "banzi" || mt === "zhibu" ? "我们" : "我",
  };
  if (t.window) p.window = t.window;
  if (t.note) p.verificationNote = t.note;
  if (t.aspectSets && set) {
    p.aspectSets = t.aspectSets.map((a) => ({ id: a.id, label: a.label }));
    p.aspectSetId = set.id;
  }
  return p;
}

function presetsOf(t: ThemeDef): Preset[] {
  return MATERIAL_ORDER.filter((mt) => t.materials[mt]).map((mt) => resolvePreset(t, mt));
}

const SHIPPED: ThemeDef[] = Object.entries(SHIPPED_THEME_FILES).map(([file, json]) => validateTheme(json, `内置预设 ${file}`));
let userIds = new Set<string>();
let THEMES: ThemeDef[] = SHIPPED;
let PRESETS: Preset[] = THEMES.flatMap(presetsOf);
let BY_ID = new Map(PRESETS.map((p) => [p.id, p]));

/**
 * Installs a user's own themes (from preset files, e.g. distributed by the unit's 党委): they join
 * the shipped ones and replace a shipped theme with the same id. Pass [] to go back to the shipped
 * set. Used by the CLI (--preset-file) and the task pane (导入预设).
 */
export function setUserThemes(themes: ThemeDef[]): void {
  userIds = new Set(themes.map((t) => t.id));
  THEMES = [...themes, ...SHIPPED.filter((t) => !userIds.has(t.id))];
  rebuild();
}

function rebuild(): void {
  PRESETS = THEMES.flatMap(presetsOf);
  BY_ID = new Map(PRESETS.map((p) => [p.id, p]));
}

/**
 * Chooses one of a theme's aspect sets (e.g. zzsh-2026: liuda-jilv, sige-duizhao, dlsh); null or an
 * unknown id goes back to the first set. Every preset of the theme (skeleton, checker) follows.
 */
export function setAspectSetChoice(themeId: string, setId: string | null): void {
  const next = new Map(aspectChoice);
  if (setId) next.set(themeId, setId);
  else next.delete(themeId);
  aspectChoice = next;
  rebuild();
}

/** The current aspect set choices, theme id → set id (to remember them). */
export function aspectSetChoices(): Record<string, string> {
  return Object.fromEntries(aspectChoice);
}

/** The theme definition in use for an id (shipped or the user's), with the chosen aspect set as its aspects. */
export function getThemeDef(themeId: string): ThemeDef | undefined {
  const t = THEMES.find((x) => x.id === themeId);
  if (!t) return undefined;
  const set = t.aspectSets ? (t.aspectSets.find((s) => s.id === aspectChoice.get(t.id)) ?? t.aspectSets[0]) : undefined;
  return set ? { ...t, aspectGroup: set.aspectGroup, aspects: set.aspects } : t;
}

/** Whether a theme id comes from a user's preset file. */
export function isUserTheme(themeId: string): boolean {
  return userIds.has(themeId);
}

/** The themes of a user's preset file (one theme, an array, or { themes }); throws PresetError. */
export function parseUserThemes(json: unknown): ThemeDef[] {
  return validatePresetFile(json);
}

/** Shipped themes, newest year first within each meeting; the generic theme last. */
export function listThemes(): ThemeInfo[] {
  const order = (t: ThemeDef) => (t.meeting === "民主生活会" ? 0 : t.meeting === "组织生活会" ? 1 : 2);
  return [...THEMES]
    .sort((a, b) => order(a) - order(b) || (b.year ?? 0) - (a.year ?? 0))
    .map((t) => {
      const info: ThemeInfo = {
        id: t.id,
        label: t.label,
        meeting: t.meeting,
        year: t.year,
        verified: t.verified,
        aspectGroup: t.aspectGroup,
        materialTypes: MATERIAL_ORDER.filter((mt) => t.materials[mt]),
      };
      if (t.window) info.window = t.window;
      if (t.note) info.note = t.note;
      return info;
    });
}

/** Preset by id "themeId/materialType"; a bare theme id gives its first material type. */
export function getPreset(id: string): Preset | undefined {
  const p = BY_ID.get(id);
  if (p) return p;
  if (!id.includes("/")) return PRESETS.find((q) => q.themeId === id);
  return undefined;
}

/** Every shipped preset (each theme × each of its material types). */
export function allPresets(): Preset[] {
  return [...PRESETS];
}

/** Presets of a user's preset file (one theme, an array, or { themes }); throws PresetError. */
export function parsePresetFile(json: unknown): Preset[] {
  return validatePresetFile(json).flatMap(presetsOf);
}

// ---------------------------------------------------------------------------------------------
// Detection

export interface TitleHints {
  year: number | null;
  meeting: "民主生活会" | "组织生活会" | null;
  /** 主题教育专题 (2023). */
  ztjy: boolean;
  /** 党史学习教育专题 (2021). */
  dangshi: boolean;
  materialType: MaterialType | null;
}

/** What a title says about the preset: year, meeting, special themes, material type. */
export function titleHints(title: string): TitleHints {
  const t = compact(title);
  const y = /(20\d{2})年/.exec(t);
  const meeting = t.includes("民主生活会") ? "民主生活会" : t.includes("组织生活会") ? "组织生活会" : null;
  let materialType: MaterialType | null = null;
  const collective = /班子|党组|党委|常委会|支部委员会|支委/.test(t);
  const individual = /个人|同志|本人/.test(t) || (/党员/.test(t) && !/全体党员/.test(t)) || (/发言提纲/.test(t) && !collective && !/支部/.test(t));
  if (individual) materialType = meeting === "组织生活会" || (meeting === null && /党员|支部/.test(t)) ? "dangyuan" : "geren";
  else if (/支部|支委|党小组/.test(t)) materialType = "zhibu";
  else if (collective || /委员会/.test(t)) materialType = meeting === "组织生活会" ? "zhibu" : "banzi";
  return { year: y ? Number(y[1]) : null, meeting, ztjy: t.includes("主题教育"), dangshi: t.includes("党史学习教育"), materialType };
}

function monthKey(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
}

function themeFor(meeting: ThemeDef["meeting"], year: number): ThemeDef | undefined {
  return THEMES.find((t) => t.meeting === meeting && t.year === year);
}

/** Theme suggested by the date: the one whose meeting window contains it, else the latest 年度 due. */
function themeForDate(meeting: ThemeDef["meeting"], today: Date): ThemeDef | undefined {
  const key = monthKey(today);
  const inWindow = THEMES.find((t) => t.meeting === meeting && t.window && t.window.start <= key && key <= t.window.end);
  if (inWindow) return inWindow;
  // A 年度 meeting is due from November of that year to March of the next: before November the
  // latest one due is the previous year's.
  const target = today.getMonth() + 1 >= 11 ? today.getFullYear() : today.getFullYear() - 1;
  return THEMES.filter((t) => t.meeting === meeting && t.year !== null && t.year <= target).sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0];
}

function pick(t: ThemeDef | undefined, mt: MaterialType | null): Preset | undefined {
  if (!t) return undefined;
  const type = mt && t.materials[mt] ? mt : MATERIAL_ORDER.find((m) => t.materials[m]);
  return type ? resolvePreset(t, type) : undefined;
}

/**
 * The preset a document most likely needs. From the title: year, 民主生活会/组织生活会, 主题教育,
 * 党史学习教育, and 班子/个人/支部/党员/同志; detected=true when the title named the theme.
 * Otherwise (or when the title's year has no preset) the date decides — a 年度 meeting is held
 * early in the following year, so on 2026-02-01 this suggests 2025年度 — and detected=false.
 */
export function detectPreset(doc: DocumentModel, opts: { today?: Date } = {}): { preset: Preset; detected: boolean } {
  const today = opts.today ?? new Date();
  const block = detectTitle(doc.paragraphs);
  const text = block.title?.text ?? doc.paragraphs.slice(0, 3).map((p) => (p.text.length <= 100 ? p.text : "")).join(" ");
  const h = titleHints(text);
  const meeting = h.meeting ?? (h.materialType === "zhibu" || h.materialType === "dangyuan" ? "组织生活会" : "民主生活会");
  const mt = h.materialType ?? (meeting === "组织生活会" ? "zhibu" : "banzi");
  let theme: ThemeDef | undefined;
  // The 政绩观学习教育's own 查摆/检视剖析 material (not an annual meeting's).
  if (!h.meeting && compact(text).includes("政绩观学习教育")) theme = THEMES.find((t) => t.id === ZJG_THEME_ID);
  else if (h.dangshi) theme = themeFor("民主生活会", 2021);
  else if (h.ztjy) theme = themeFor(meeting, 2023);
  else if (h.year !== null && (h.meeting || h.materialType)) theme = themeFor(meeting, h.year);
  const fromTitle = pick(theme, mt);
  if (fromTitle) return { preset: fromTitle, detected: true };
  const byDate = pick(themeForDate(meeting, today), mt) ?? pick(THEMES.find((t) => t.id === GENERIC_THEME_ID), mt);
  if (!byDate) throw new PresetError("没有可用的预设。");
  return { preset: byDate, detected: false };
}
