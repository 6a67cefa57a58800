/**
 * The unit's own preset files (导入本单位预设), kept in localStorage under the Office partition key
 * and installed into the core at start-up. A file is validated completely before anything is
 * stored; a bad file changes nothing.
 */
import { aspectSetChoices, parseUserThemes, PresetError, setAspectSetChoice, setUserThemes, type ThemeDef } from "../core";
import { currentHost } from "./host";

export const MAX_PRESET_FILE_BYTES = 2 * 1024 * 1024;

export interface StoredPresetFile {
  name: string;
  json: unknown;
}

type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

function storage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function presetStorageKey(prefix = currentHost().partitionKey()): string {
  return `${prefix}duizhao.presets.v1`;
}

function readStored(s: StorageLike | null = storage()): StoredPresetFile[] {
  try {
    const raw = s?.getItem(presetStorageKey());
    const v = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(v) ? v.filter((f): f is StoredPresetFile => !!f && typeof (f as StoredPresetFile).name === "string") : [];
  } catch {
    return [];
  }
}

function themesOf(files: StoredPresetFile[]): ThemeDef[] {
  const out: ThemeDef[] = [];
  for (const f of files) {
    try {
      out.push(...parseUserThemes(f.json));
    } catch {
      // A stored file that no longer validates (older format) is skipped, not fatal.
    }
  }
  return out;
}

/** Installs the stored files and the remembered aspect set choices into the core; returns the files' names. Called once at start-up. */
export function installStoredPresets(s: StorageLike | null = storage()): string[] {
  const files = readStored(s);
  setUserThemes(themesOf(files));
  for (const [themeId, setId] of Object.entries(readAspectSets(s))) setAspectSetChoice(themeId, setId);
  return files.map((f) => f.name);
}

export function aspectSetStorageKey(prefix = currentHost().partitionKey()): string {
  return `${prefix}duizhao.aspectSets.v1`;
}

function readAspectSets(s: StorageLike | null): Record<string, string> {
  try {
    const raw = s?.getItem(aspectSetStorageKey());
    const v = raw ? (JSON.parse(raw) as unknown) : {};
    if (!v || typeof v !== "object" || Array.isArray(v)) return {};
    return Object.fromEntries(Object.entries(v as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === "string"));
  } catch {
    return {};
  }
}

/** Switches a theme's aspect set (六大纪律 / 四个对照 / …) in the core and remembers the choice. */
export function chooseAspectSet(themeId: string, setId: string, s: StorageLike | null = storage()): void {
  setAspectSetChoice(themeId, setId);
  try {
    s?.setItem(aspectSetStorageKey(), JSON.stringify(aspectSetChoices()));
  } catch {
    // Storage unavailable: the choice holds for this session.
  }
}

export type ImportOutcome = { ok: true; message: string; names: string[] } | { ok: false; message: string };

/** Validates a preset file's text and, only if it is valid, stores and installs it. */
export function importPresetText(name: string, text: string, s: StorageLike | null = storage()): ImportOutcome {
  if (text.length > MAX_PRESET_FILE_BYTES) return { ok: false, message: "文件超过 2 MB，不是预设文件。" };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: `“${name}”不是有效的 JSON 文件，预设未改变。` };
  }
  let themes: ThemeDef[];
  try {
    themes = parseUserThemes(json);
  } catch (e) {
    const why = e instanceof PresetError ? e.message : String(e);
    return { ok: false, message: `“${name}”不是有效的预设文件，预设未改变：${why}` };
  }
  const files = [...readStored(s).filter((f) => f.name !== name), { name, json }];
  try {
    s?.setItem(presetStorageKey(), JSON.stringify(files));
  } catch {
    // Storage full or unavailable: still usable for this session.
  }
  setUserThemes(themesOf(files));
  const labels = themes.map((t) => t.label).join("、");
  return { ok: true, message: `已载入本单位预设：${labels}。`, names: files.map((f) => f.name) };
}

/** Removes every imported file and returns to the shipped presets. */
export function clearImportedPresets(s: StorageLike | null = storage()): void {
  try {
    s?.removeItem(presetStorageKey());
  } catch {
    // Nothing stored.
  }
  setUserThemes([]);
}
