/** Finding and reading the files duizhao checks (Node only). */

import * as fs from "node:fs";
import * as path from "node:path";
import type { DocumentModel } from "../core/types";
import { DEFAULT_MAX_BYTES, isDocxReadError, readDocx } from "../docx";

export const CHECKED_EXTENSIONS = [".docx", ".txt", ".md"];

export interface InputFile {
  /** Path as shown to the user (the argument, or folder argument joined with the relative path). */
  display: string;
  path: string;
}

export interface Unreadable {
  display: string;
  reason: string;
}

function skippedName(name: string): boolean {
  return name.startsWith("~$") || name.startsWith(".");
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Recursively list checkable files under `dir`, sorted, skipping lock and hidden files. */
function walk(dir: string, display: string, out: InputFile[], problems: Unreadable[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ display, reason: fsReason(e) });
    return;
  }
  entries.sort((a, b) => compareNames(a.name, b.name));
  for (const e of entries) {
    if (skippedName(e.name)) continue;
    const full = path.join(dir, e.name);
    const shown = path.join(display, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = fs.statSync(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue;
      }
    }
    if (isDir) walk(full, shown, out, problems);
    else if (isFile && CHECKED_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push({ display: shown, path: full });
  }
}

export interface CollectResult {
  files: InputFile[];
  problems: Unreadable[];
  /** True when any argument was a folder. */
  sawFolder: boolean;
}

/** Expand the command-line inputs into files, in argument order (folders sorted inside). */
export function collectInputs(args: string[], cwd: string): CollectResult {
  const files: InputFile[] = [];
  const problems: Unreadable[] = [];
  let sawFolder = false;
  const seen = new Set<string>();
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    let st: fs.Stats;
    try {
      st = fs.statSync(full);
    } catch (e) {
      problems.push({ display: arg, reason: fsReason(e) });
      continue;
    }
    if (st.isDirectory()) {
      sawFolder = true;
      const found: InputFile[] = [];
      walk(full, arg, found, problems);
      for (const f of found) {
        if (!seen.has(f.path)) {
          seen.add(f.path);
          files.push(f);
        }
      }
    } else if (!seen.has(full)) {
      seen.add(full);
      files.push({ display: arg, path: full });
    }
  }
  return { files, problems, sawFolder };
}

export function fsReason(e: unknown): string {
  const code = (e as { code?: string }).code;
  switch (code) {
    case "ENOENT":
      return "文件不存在";
    case "EACCES":
    case "EPERM":
      return "没有读取权限";
    case "EISDIR":
      return "这是一个文件夹";
    case "EBUSY":
      return "文件被占用";
    default:
      return `读取失败（${code ?? String(e)}）`;
  }
}

export class ReadError extends Error {}

const utf8Strict = new TextDecoder("utf-8", { fatal: true });

/** Decode UTF-8 text strictly (BOM stripped); throws ReadError for anything else. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    // TextDecoder strips a leading BOM by default.
    return utf8Strict.decode(bytes);
  } catch {
    throw new ReadError("不是 UTF-8 文本，请另存为 UTF-8 编码后再检查");
  }
}

export interface ReadOptions {
  maxBytes?: number;
  fromText: (text: string) => DocumentModel;
}

/** Read one file into the document model; throws ReadError with a Chinese reason. */
export function readInput(file: string, opts: ReadOptions): DocumentModel {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) throw new ReadError("这是一个文件夹");
    if (st.size > maxBytes) throw new ReadError(`文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB 上限`);
    bytes = fs.readFileSync(file);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(fsReason(e));
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === ".txt" || ext === ".md") return opts.fromText(decodeUtf8(bytes));
  try {
    return readDocx(bytes, { maxBytes });
  } catch (e) {
    if (isDocxReadError(e)) throw new ReadError(e.message);
    throw new ReadError(`读取失败（${(e as Error).message ?? String(e)}）`);
  }
}

/** Preset files are small JSON: anything over this is not one. */
const MAX_PRESET_FILE_BYTES = 2 * 1024 * 1024;

/** Reads a user's preset file as UTF-8 text; throws ReadError with a Chinese reason. */
export function readPresetFile(file: string, cwd: string): string {
  let bytes: Uint8Array;
  try {
    const full = path.resolve(cwd, file);
    if (fs.statSync(full).size > MAX_PRESET_FILE_BYTES) throw new ReadError("文件超过 2 MB，不是预设文件");
    bytes = fs.readFileSync(full);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(fsReason(e));
  }
  return decodeUtf8(bytes);
}
