import { LIMITS, PHRASE_SECTIONS, PHRASE_VOICES } from "./types";

/**
 * Hand-written validator for shipped phrase data; mirrors src/data/phrase.schema.json.
 * Returns Chinese error messages, one per problem; [] when valid.
 */
export const PHRASE_ID_RE = /^[a-z0-9-]+$/;

export function validatePhrase(value: unknown, where = ""): string[] {
  const errs: string[] = [];
  const at = where ? `${where}：` : "";
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [`${at}不是对象`];
  const o = value as Record<string, unknown>;
  const allowed = new Set(["id", "path", "text", "tags", "voice"]);
  for (const k of Object.keys(o)) if (!allowed.has(k)) errs.push(`${at}多余字段 ${k}`);
  if (typeof o.id !== "string" || !PHRASE_ID_RE.test(o.id)) errs.push(`${at}id 须为小写字母、数字或连字符`);
  if (!Array.isArray(o.path) || o.path.length < 1 || o.path.length > 3 || !o.path.every((s) => typeof s === "string" && s.length > 0 && s.length <= LIMITS.categoryMax)) {
    errs.push(`${at}path 须为 1–3 个非空字符串`);
  } else if (!(PHRASE_SECTIONS as readonly string[]).includes(o.path[0] as string)) {
    errs.push(`${at}path[0] “${String(o.path[0])}” 不是已知分类`);
  }
  if (typeof o.text !== "string") errs.push(`${at}缺少 text 字段`);
  else {
    const n = [...o.text].length;
    if (n < LIMITS.libraryTextMin || n > LIMITS.libraryTextMax) errs.push(`${at}text 长度 ${n} 不在 ${LIMITS.libraryTextMin}–${LIMITS.libraryTextMax} 之间`);
    if (o.text !== o.text.trim()) errs.push(`${at}text 首尾有空白`);
    if (/[<>]/.test(o.text)) errs.push(`${at}text 含有尖括号`);
  }
  if (!Array.isArray(o.tags) || !o.tags.every((t) => typeof t === "string" && t.length > 0 && t.length <= LIMITS.tagMax)) {
    errs.push(`${at}tags 须为字符串数组`);
  }
  if (typeof o.voice !== "string" || !(PHRASE_VOICES as readonly string[]).includes(o.voice)) {
    errs.push(`${at}voice 须为 班子、个人 或 通用`);
  }
  return errs;
}

/** Validates a whole data file (an array of phrases). */
export function validatePhraseFile(value: unknown, file = ""): string[] {
  if (!Array.isArray(value)) return [`${file} 不是数组`];
  return value.flatMap((p, i) => validatePhrase(p, `${file}#${i}${isObj(p) && typeof p.id === "string" ? `(${p.id})` : ""}`));
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}
