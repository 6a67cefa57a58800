import { LIMITS, USER_ROOT, type Phrase } from "./types";

/**
 * Export / import of the user's own phrases (我的常用语) as JSON. Pure: the caller reads the file
 * and applies the result; nothing changes unless the whole import is valid.
 *
 * File format: { "format": "duizhao.phrases", "version": 1, "phrases": [ { "id"?, "category"?, "text", "tags"? } ] }
 * A bare array of such objects is accepted too.
 */

export const EXPORT_FORMAT = "duizhao.phrases";
export const EXPORT_VERSION = 1;
export const DEFAULT_CATEGORY = "未分类";

export interface ImportResult {
  ok: boolean;
  /** The complete new list of user phrases (existing first, then the new ones); = existing when !ok. */
  phrases: Phrase[];
  /** Phrases actually added. */
  added: number;
  /** Imported items dropped because the same text already exists (in the library or the file). */
  merged: number;
  /** Chinese messages; non-empty exactly when !ok. */
  errors: string[];
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  phrases: { id: string; category: string; text: string; tags: string[] }[];
}

export const MSG = {
  notJson: "文件不是有效的 JSON",
  tooBig: "文件超过 2 MB",
  tooMany: "短语超过 10,000 条",
  badShape: "格式不正确：应为常用语导出文件（含 phrases 数组）",
  newerVersion: "文件来自更高版本的对照检查助手，无法导入",
  empty: "文件中没有短语",
} as const;

export function categoryOf(p: Phrase): string {
  return p.path[1] ?? DEFAULT_CATEGORY;
}

export function exportPhrases(userPhrases: readonly Phrase[], now = new Date()): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    phrases: userPhrases.map((p) => ({ id: p.id, category: categoryOf(p), text: p.text, tags: [...p.tags] })),
  };
  return JSON.stringify(file, null, 2) + "\n";
}

/** Text key used to merge duplicates: trimmed, inner whitespace collapsed. */
export function textKey(text: string): string {
  return text.trim().replace(/\s+/g, " ");
}

/** Removes control characters other than tab and newline; markup stays literal text. */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "").trim();
}

let seq = 0;
export function newUserId(now = Date.now()): string {
  seq = (seq + 1) % 1296;
  return `u-${now.toString(36)}-${seq.toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

export function makeUserPhrase(text: string, category: string, tags: string[] = [], id = newUserId(), voice: Phrase["voice"] = "通用"): Phrase {
  return { id, path: [USER_ROOT, category.trim() || DEFAULT_CATEGORY], text: cleanText(text), tags, voice, user: true };
}

/** Validation of one user phrase's fields; Chinese message or null. `n` is 1-based for messages. */
export function checkUserFields(text: unknown, category: unknown, tags: unknown, n?: number): string | null {
  const at = n != null ? `第 ${n} 条` : "";
  if (typeof text !== "string") return n != null ? `格式不正确：${at}缺少 text 字段` : "文字不能为空";
  const t = cleanText(text);
  if (!t) return n != null ? `格式不正确：${at}文字为空` : "文字不能为空";
  if ([...t].length > LIMITS.userTextMax) return `${at || "文字"}${at ? "文字" : ""}过长（超过 ${LIMITS.userTextMax} 字）`;
  if (category != null && typeof category !== "string") return `格式不正确：${at}category 应为文字`;
  if (typeof category === "string" && [...category.trim()].length > LIMITS.categoryMax)
    return `${at}分类名称过长（超过 ${LIMITS.categoryMax} 字）`;
  if (tags != null) {
    if (!Array.isArray(tags) || !tags.every((x) => typeof x === "string")) return `格式不正确：${at}tags 应为文字数组`;
    if (tags.length > LIMITS.tagsMax || tags.some((x) => [...x].length > LIMITS.tagMax))
      return `${at}标签过多或过长（最多 ${LIMITS.tagsMax} 个，每个不超过 ${LIMITS.tagMax} 字）`;
  }
  return null;
}

function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Parses an import file against the user's existing phrases. `library` (shipped texts) is used only
 * to drop imported phrases that duplicate a shipped one.
 */
/** Category of phrases imported from a plain text list. */
export const PLAIN_TEXT_CATEGORY = "导入的常用语";

export function parseImport(text: string, existing: readonly Phrase[], library: readonly Phrase[] = []): ImportResult {
  const fail = (...errors: string[]): ImportResult => ({ ok: false, phrases: [...existing], added: 0, merged: 0, errors });
  if (utf8Bytes(text) > LIMITS.importBytesMax) return fail(MSG.tooBig);
  let data: unknown;
  const body = text.replace(/^\uFEFF/, "");
  if (/^\s*[[{"]/.test(body)) {
    try {
      data = JSON.parse(body);
    } catch {
      return fail(MSG.notJson);
    }
  } else {
    // A plain text list: one phrase a line (blank lines skipped), into the category 导入的常用语.
    data = body
      .split(/\r\n?|\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .map((t) => ({ text: t, category: PLAIN_TEXT_CATEGORY }));
  }
  let items: unknown;
  if (Array.isArray(data)) items = data;
  else if (typeof data === "object" && data !== null && Array.isArray((data as { phrases?: unknown }).phrases)) {
    const d = data as { format?: unknown; version?: unknown; phrases: unknown[] };
    if (d.format != null && d.format !== EXPORT_FORMAT) return fail(MSG.badShape);
    if (typeof d.version === "number" && d.version > EXPORT_VERSION) return fail(MSG.newerVersion);
    items = d.phrases;
  } else return fail(MSG.badShape);
  const list = items as unknown[];
  if (list.length > LIMITS.importCountMax) return fail(MSG.tooMany);
  if (list.length === 0) return fail(MSG.empty);

  const errors: string[] = [];
  const seen = new Set<string>([...existing, ...library].map((p) => textKey(p.text)));
  const usedIds = new Set<string>([...existing, ...library].map((p) => p.id));
  const fresh: Phrase[] = [];
  let merged = 0;
  list.forEach((item, i) => {
    if (errors.length >= 5) return;
    const n = i + 1;
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      errors.push(`格式不正确：第 ${n} 条不是对象`);
      return;
    }
    const o = item as Record<string, unknown>;
    const category = o.category ?? (Array.isArray(o.path) && typeof o.path[1] === "string" ? o.path[1] : undefined);
    const err = checkUserFields(o.text, category, o.tags, n);
    if (err) {
      errors.push(err);
      return;
    }
    const t = cleanText(o.text as string);
    const key = textKey(t);
    if (seen.has(key)) {
      merged++;
      return;
    }
    seen.add(key);
    let id = typeof o.id === "string" && /^u-[a-z0-9-]{1,40}$/.test(o.id) ? o.id : newUserId();
    while (usedIds.has(id)) id = newUserId();
    usedIds.add(id);
    fresh.push(makeUserPhrase(t, typeof category === "string" ? category : DEFAULT_CATEGORY, (o.tags as string[] | undefined) ?? [], id));
  });
  if (errors.length) return fail(...errors);
  if (existing.length + fresh.length > LIMITS.importCountMax) return fail(MSG.tooMany);
  return { ok: true, phrases: [...existing, ...fresh], added: fresh.length, merged, errors: [] };
}
