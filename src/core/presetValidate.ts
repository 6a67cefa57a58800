/**
 * Hand-written validator for theme preset files (the rules of src/data/preset.schema.json), with
 * Chinese messages that name the theme and the field: 预设“dlsh-2025”：aspects[2].keywords 不能为空。
 * No ajv: the add-in runs offline and stays small.
 */
import type { Aspect, CauseDimension, MaterialType, PresetSection, SectionKind } from "./types";
import { MATERIAL_TYPE_LABELS, SECTION_KINDS } from "./types";

export class PresetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PresetError";
  }
}

export interface MaterialDef {
  sections: PresetSection[];
  theme?: string;
  aspectGroup?: string;
  aspects?: Aspect[];
  causeDimensions?: CauseDimension[];
  preambleItems?: string[];
}

/** One theme as written in a preset file. */
export interface ThemeDef {
  id: string;
  label: string;
  meeting: "民主生活会" | "组织生活会" | "通用";
  year: number | null;
  window?: { start: string; end: string };
  theme: string;
  verified: boolean;
  note?: string;
  aspectGroup: string;
  aspects: Aspect[];
  /** Alternative aspect sets the unit switches between (e.g. 六大纪律 / 四个对照); the first is the default. */
  aspectSets?: AspectSetDef[];
  causeDimensions: CauseDimension[];
  preambleItems: string[];
  materials: Partial<Record<MaterialType, MaterialDef>>;
}

/** One switchable set of aspects of a theme. */
export interface AspectSetDef {
  id: string;
  label: string;
  aspectGroup: string;
  aspects: Aspect[];
}

const MEETINGS = ["民主生活会", "组织生活会", "通用"];
const ID = /^[a-z0-9][a-z0-9-]*$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MATERIAL_TYPES = Object.keys(MATERIAL_TYPE_LABELS) as MaterialType[];
const THEME_KEYS = ["$schema", "id", "label", "meeting", "year", "window", "theme", "verified", "note", "aspectGroup", "aspects", "aspectSets", "causeDimensions", "preambleItems", "materials"];
const MATERIAL_KEYS = ["sections", "theme", "aspectGroup", "aspects", "causeDimensions", "preambleItems"];

type Obj = Record<string, unknown>;

class Checker {
  constructor(private readonly where: string) {}

  fail(path: string, what: string): never {
    throw new PresetError(`${this.where}：${path ? path + " " : ""}${what}。`);
  }

  obj(v: unknown, path: string): Obj {
    if (typeof v !== "object" || v === null || Array.isArray(v)) this.fail(path, "应为对象（{…}）");
    return v as Obj;
  }

  keys(o: Obj, allowed: string[], path: string): void {
    for (const k of Object.keys(o)) if (!allowed.includes(k)) this.fail(path ? `${path}.${k}` : k, "是未知字段（拼写错误？）");
  }

  has(o: Obj, key: string, path: string): unknown {
    if (!(key in o) || o[key] === undefined) this.fail(path, `缺少必填字段“${key}”`);
    return o[key];
  }

  str(v: unknown, path: string, allowEmpty = false): string {
    if (typeof v !== "string") this.fail(path, "应为文字");
    if (!allowEmpty && (v as string).trim() === "") this.fail(path, "不能为空");
    return v as string;
  }

  bool(v: unknown, path: string): boolean {
    if (typeof v !== "boolean") this.fail(path, "应为 true 或 false");
    return v as boolean;
  }

  arr(v: unknown, path: string, minItems = 0): unknown[] {
    if (!Array.isArray(v)) this.fail(path, "应为列表（[…]）");
    if ((v as unknown[]).length < minItems) this.fail(path, "不能为空");
    return v as unknown[];
  }

  strings(v: unknown, path: string, minItems = 0): string[] {
    return this.arr(v, path, minItems).map((x, i) => this.str(x, `${path}[${i}]`));
  }

  id(v: unknown, path: string): string {
    const s = this.str(v, path);
    if (!ID.test(s) || s.length > 60) this.fail(path, `“${s}”不是有效的标识（只能用小写字母、数字和连字符）`);
    return s;
  }

  unique(ids: string[], path: string): void {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) this.fail(path, `中的标识“${id}”重复`);
      seen.add(id);
    }
  }
}

function aspects(c: Checker, v: unknown, path: string): Aspect[] {
  const list = c.arr(v, path).map((x, i) => {
    const p = `${path}[${i}]`;
    const o = c.obj(x, p);
    c.keys(o, ["id", "name", "short", "keywords"], p);
    return {
      id: c.id(c.has(o, "id", p), `${p}.id`),
      name: c.str(c.has(o, "name", p), `${p}.name`),
      short: c.str(c.has(o, "short", p), `${p}.short`),
      keywords: c.strings(c.has(o, "keywords", p), `${p}.keywords`, 1),
    };
  });
  c.unique(list.map((a) => a.id), path);
  return list;
}

function aspectSets(c: Checker, v: unknown, path: string): AspectSetDef[] {
  const list = c.arr(v, path, 2).map((x, i) => {
    const p = `${path}[${i}]`;
    const o = c.obj(x, p);
    c.keys(o, ["id", "label", "aspectGroup", "aspects"], p);
    return {
      id: c.id(c.has(o, "id", p), `${p}.id`),
      label: c.str(c.has(o, "label", p), `${p}.label`),
      aspectGroup: c.str(c.has(o, "aspectGroup", p), `${p}.aspectGroup`, true),
      aspects: aspects(c, c.has(o, "aspects", p), `${p}.aspects`),
    };
  });
  c.unique(list.map((a) => a.id), path);
  return list;
}

function causes(c: Checker, v: unknown, path: string): CauseDimension[] {
  const list = c.arr(v, path).map((x, i) => {
    const p = `${path}[${i}]`;
    const o = c.obj(x, p);
    c.keys(o, ["id", "name", "keywords"], p);
    return {
      id: c.id(c.has(o, "id", p), `${p}.id`),
      name: c.str(c.has(o, "name", p), `${p}.name`),
      keywords: c.strings(c.has(o, "keywords", p), `${p}.keywords`, 1),
    };
  });
  c.unique(list.map((a) => a.id), path);
  return list;
}

function sections(c: Checker, v: unknown, path: string): PresetSection[] {
  const list = c.arr(v, path, 1).map((x, i) => {
    const p = `${path}[${i}]`;
    const o = c.obj(x, p);
    c.keys(o, ["kind", "required", "heading", "placeholders"], p);
    const kind = c.str(c.has(o, "kind", p), `${p}.kind`);
    if (!SECTION_KINDS.includes(kind as SectionKind)) c.fail(`${p}.kind`, `的值“${kind}”不是已知的部分（可选：${SECTION_KINDS.join("、")}）`);
    const heading = c.str(c.has(o, "heading", p), `${p}.heading`, true);
    if (heading.trim() === "" && kind !== "导语" && kind !== "结束语") c.fail(`${p}.heading`, `不能为空（只有导语和结束语可以没有标题）`);
    const s: PresetSection = { kind: kind as SectionKind, required: c.bool(c.has(o, "required", p), `${p}.required`), heading };
    if (o.placeholders !== undefined) s.placeholders = c.strings(o.placeholders, `${p}.placeholders`);
    return s;
  });
  c.unique(list.map((s) => s.kind), path);
  return list;
}

function material(c: Checker, v: unknown, path: string): MaterialDef {
  const o = c.obj(v, path);
  c.keys(o, MATERIAL_KEYS, path);
  const m: MaterialDef = { sections: sections(c, c.has(o, "sections", path), `${path}.sections`) };
  if (o.theme !== undefined) m.theme = c.str(o.theme, `${path}.theme`);
  if (o.aspectGroup !== undefined) m.aspectGroup = c.str(o.aspectGroup, `${path}.aspectGroup`, true);
  if (o.aspects !== undefined) m.aspects = aspects(c, o.aspects, `${path}.aspects`);
  if (o.causeDimensions !== undefined) m.causeDimensions = causes(c, o.causeDimensions, `${path}.causeDimensions`);
  if (o.preambleItems !== undefined) m.preambleItems = c.strings(o.preambleItems, `${path}.preambleItems`);
  return m;
}

/** Validate one theme object; `where` names it in messages (e.g. "预设文件第2个主题"). */
export function validateTheme(v: unknown, where: string): ThemeDef {
  const pre = new Checker(where).obj(v, "");
  const named = typeof pre.id === "string" && pre.id ? `${where}（“${pre.id}”）` : where;
  const c = new Checker(named);
  c.keys(pre, THEME_KEYS, "");
  const id = c.id(c.has(pre, "id", ""), "id");
  const meeting = c.str(c.has(pre, "meeting", ""), "meeting");
  if (!MEETINGS.includes(meeting)) c.fail("meeting", `的值“${meeting}”无效（可选：${MEETINGS.join("、")}）`);
  const yearV = c.has(pre, "year", "");
  if (yearV !== null && (typeof yearV !== "number" || !Number.isInteger(yearV) || yearV < 2000 || yearV > 2100)) c.fail("year", "应为 2000–2100 之间的年份，通用预设写 null");
  let window: ThemeDef["window"];
  if (pre.window !== undefined) {
    const w = c.obj(pre.window, "window");
    c.keys(w, ["start", "end"], "window");
    const start = c.str(c.has(w, "start", "window"), "window.start");
    const end = c.str(c.has(w, "end", "window"), "window.end");
    if (!MONTH.test(start)) c.fail("window.start", `“${start}”应写成“年-月”，如 2026-01`);
    if (!MONTH.test(end)) c.fail("window.end", `“${end}”应写成“年-月”，如 2026-03`);
    if (start > end) c.fail("window", "的开始月份晚于结束月份");
    window = { start, end };
  }
  const matsO = c.obj(c.has(pre, "materials", ""), "materials");
  c.keys(matsO, MATERIAL_TYPES, "materials");
  if (!Object.keys(matsO).length) c.fail("materials", "至少要有一种材料类型（banzi、geren、zhibu、dangyuan）");
  const materials: ThemeDef["materials"] = {};
  for (const mt of MATERIAL_TYPES) if (matsO[mt] !== undefined) materials[mt] = material(c, matsO[mt], `materials.${mt}`);
  const t: ThemeDef = {
    id,
    label: c.str(c.has(pre, "label", ""), "label"),
    meeting: meeting as ThemeDef["meeting"],
    year: yearV as number | null,
    theme: c.str(c.has(pre, "theme", ""), "theme"),
    verified: c.bool(c.has(pre, "verified", ""), "verified"),
    aspectGroup: c.str(c.has(pre, "aspectGroup", ""), "aspectGroup", true),
    aspects: aspects(c, c.has(pre, "aspects", ""), "aspects"),
    causeDimensions: causes(c, c.has(pre, "causeDimensions", ""), "causeDimensions"),
    preambleItems: c.strings(c.has(pre, "preambleItems", ""), "preambleItems"),
    materials,
  };
  if (window) t.window = window;
  if (pre.aspectSets !== undefined) t.aspectSets = aspectSets(c, pre.aspectSets, "aspectSets");
  if (pre.note !== undefined) t.note = c.str(pre.note, "note", true);
  return t;
}

function typeName(v: unknown): string {
  if (v === null) return " null";
  if (Array.isArray(v)) return "列表";
  switch (typeof v) {
    case "number":
      return "数字";
    case "string":
      return "文字";
    case "boolean":
      return " true/false";
    case "object":
      return "对象";
    default:
      return "其他类型";
  }
}

/** Themes of a preset file: one theme object, an array of them, or { themes: [...] }. */
export function validatePresetFile(json: unknown): ThemeDef[] {
  let data = json;
  if (typeof data === "string") {
    try {
      data = JSON.parse(data);
    } catch (e) {
      throw new PresetError(`预设文件不是有效的 JSON：${(e as Error).message}`);
    }
  }
  let list: unknown[];
  if (Array.isArray(data)) list = data;
  else if (typeof data === "object" && data !== null && Array.isArray((data as Obj).themes)) {
    const extra = Object.keys(data as Obj).filter((k) => k !== "themes" && k !== "$schema");
    if (extra.length) throw new PresetError(`预设文件：${extra[0]} 是未知字段（拼写错误？）。`);
    list = (data as Obj).themes as unknown[];
  } else if (typeof data === "object" && data !== null && "themes" in (data as Obj) && !("id" in (data as Obj))) {
    // { "themes": 1 }: the wrapper form with a value of the wrong type, not an unknown field.
    throw new PresetError(`预设文件：themes 应为主题列表（[…]），实际是${typeName((data as Obj).themes)}。`);
  } else if (typeof data === "object" && data !== null) list = [data];
  else throw new PresetError("预设文件应为一个主题对象、主题列表，或 { \"themes\": [...] }。");
  if (!list.length) throw new PresetError("预设文件中没有任何主题。");
  const themes = list.map((t, i) => validateTheme(t, list.length > 1 ? `预设文件第${i + 1}个主题` : "预设文件"));
  const seen = new Set<string>();
  for (const t of themes) {
    if (seen.has(t.id)) throw new PresetError(`预设文件：主题标识“${t.id}”重复。`);
    seen.add(t.id);
  }
  return themes;
}
