/** Finding and reading the files duizhao checks (Node only). */

import * as fs from "node:fs";
import * as path from "node:path";
import type { DocumentModel } from "../core/types";
import { decodeText, type TextEncodingName } from "../core/encoding";
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

/** One step of the walk over the command-line inputs, in the order found. */
export type InputEvent = ({ kind: "file" } & InputFile) | ({ kind: "problem" } & Unreadable);

function skippedName(name: string): boolean {
  return name.startsWith("~$") || name.startsWith(".");
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Chinese reason why a non-regular file is refused; null for a regular file or a folder. */
export function notRegularReason(st: fs.Stats): string | null {
  if (st.isFile() || st.isDirectory()) return null;
  if (st.isFIFO()) return "这是命名管道（FIFO），不是普通文件，已跳过";
  if (st.isSocket()) return "这是套接字，不是普通文件，已跳过";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "这是设备文件，不是普通文件，已跳过";
  return "不是普通文件，已跳过";
}

function realPath(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/**
 * Walks the command-line inputs lazily: folders are read one at a time, sorted, and each file is
 * yielded as soon as it is found, so checking and printing start at once. Folders and files are
 * tracked by real path, so symlink cycles end and no file is yielded twice. Nothing is opened here:
 * non-regular files (FIFOs, devices, sockets) are refused from their stat alone.
 */
export function* walkInputs(args: string[], cwd: string): Generator<InputEvent> {
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();

  function* file(full: string, display: string): Generator<InputEvent> {
    const real = realPath(full);
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    yield { kind: "file", display, path: full };
  }

  function* dir(full: string, display: string): Generator<InputEvent> {
    const real = realPath(full);
    if (seenDirs.has(real)) return; // a symlink cycle, or the same folder reached twice
    seenDirs.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(full, { withFileTypes: true });
    } catch (e) {
      yield { kind: "problem", display, reason: fsReason(e) };
      return;
    }
    entries.sort((a, b) => compareNames(a.name, b.name));
    for (const e of entries) {
      if (skippedName(e.name)) continue;
      const child = path.join(full, e.name);
      const shown = path.join(display, e.name);
      let st: fs.Stats;
      if (e.isSymbolicLink()) {
        try {
          st = fs.statSync(child);
        } catch {
          continue; // dangling link
        }
      } else if (e.isDirectory()) {
        yield* dir(child, shown);
        continue;
      } else {
        try {
          st = fs.lstatSync(child);
        } catch (err) {
          yield { kind: "problem", display: shown, reason: fsReason(err) };
          continue;
        }
      }
      if (st.isDirectory()) {
        yield* dir(child, shown);
        continue;
      }
      if (!CHECKED_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) continue;
      const refused = notRegularReason(st);
      if (refused) yield { kind: "problem", display: shown, reason: refused };
      else yield* file(child, shown);
    }
  }

  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    let st: fs.Stats;
    try {
      st = fs.statSync(full);
    } catch (e) {
      yield { kind: "problem", display: arg, reason: fsReason(e) };
      continue;
    }
    if (st.isDirectory()) yield* dir(full, arg);
    else {
      const refused = notRegularReason(st);
      if (refused) yield { kind: "problem", display: arg, reason: refused };
      else yield* file(full, arg);
    }
  }
}

/** True when any argument names a folder (stat only). */
export function anyFolder(args: string[], cwd: string): boolean {
  return args.some((a) => {
    try {
      return fs.statSync(path.resolve(cwd, a)).isDirectory();
    } catch {
      return false;
    }
  });
}

export interface CollectResult {
  files: InputFile[];
  problems: Unreadable[];
  /** True when any argument was a folder. */
  sawFolder: boolean;
}

/** The whole walk at once (tests and callers that need the full list). */
export function collectInputs(args: string[], cwd: string): CollectResult {
  const files: InputFile[] = [];
  const problems: Unreadable[] = [];
  for (const ev of walkInputs(args, cwd)) {
    if (ev.kind === "file") files.push({ display: ev.display, path: ev.path });
    else problems.push({ display: ev.display, reason: ev.reason });
  }
  return { files, problems, sawFolder: anyFolder(args, cwd) };
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
    case "ELOOP":
      return "符号链接循环";
    case "ENAMETOOLONG":
      return "路径过长";
    default:
      return `读取失败（${code ?? String(e)}）`;
  }
}

export class ReadError extends Error {}

/**
 * Reads a regular file of at most `maxBytes` bytes. The path is stat-ed before it is opened, and
 * opened non-blocking and fstat-ed again, so a FIFO or device (even one swapped in meanwhile) is
 * refused and never blocks or streams forever.
 */
export function readRegularFile(file: string, maxBytes: number, tooLarge: string): Uint8Array {
  let fd: number | null = null;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) throw new ReadError("这是一个文件夹");
    const refused = notRegularReason(st);
    if (refused) throw new ReadError(refused);
    if (st.size > maxBytes) throw new ReadError(tooLarge);
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const fst = fs.fstatSync(fd);
    const again = fst.isDirectory() ? "这是一个文件夹" : notRegularReason(fst);
    if (again) throw new ReadError(again);
    if (fst.size > maxBytes) throw new ReadError(tooLarge);
    const buf = Buffer.allocUnsafe(fst.size);
    let got = 0;
    while (got < buf.length) {
      const n = fs.readSync(fd, buf, got, buf.length - got, got);
      if (n === 0) break;
      got += n;
    }
    return new Uint8Array(buf.buffer, buf.byteOffset, got);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(fsReason(e));
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/** Decodes a text file (BOM, strict UTF-8, UTF-16, GB18030); throws ReadError with a Chinese reason. */
export function decodeTextFile(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  try {
    const { text, encoding } = decodeText(bytes);
    return { text, encoding };
  } catch (e) {
    throw new ReadError(e instanceof Error ? e.message : String(e));
  }
}

export interface ReadOptions {
  maxBytes?: number;
  fromText: (text: string) => DocumentModel;
}

export interface ReadResult {
  doc: DocumentModel;
  /** Encoding of a .txt/.md file (absent for .docx). */
  encoding?: TextEncodingName;
}

/** Read one file into the document model; throws ReadError with a Chinese reason. */
export function readInput(file: string, opts: ReadOptions): ReadResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = readRegularFile(file, maxBytes, `文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB 上限`);
  const ext = path.extname(file).toLowerCase();
  if (ext === ".txt" || ext === ".md") {
    const { text, encoding } = decodeTextFile(bytes);
    return { doc: opts.fromText(text), encoding };
  }
  try {
    return { doc: readDocx(bytes, { maxBytes }) };
  } catch (e) {
    if (isDocxReadError(e)) throw new ReadError(e.message);
    if (e instanceof RangeError) throw new ReadError("文件内容过大，无法读取");
    throw new ReadError("读取失败：文件内容无法识别");
  }
}

/** Preset files are small JSON: anything over this is not one. */
const MAX_PRESET_FILE_BYTES = 2 * 1024 * 1024;

/** Reads a user's preset file as text (any supported encoding); throws ReadError with a Chinese reason. */
export function readPresetFile(file: string, cwd: string): string {
  const bytes = readRegularFile(path.resolve(cwd, file), MAX_PRESET_FILE_BYTES, "文件超过 2 MB，不是预设文件");
  return decodeTextFile(bytes).text;
}

const MAX_WORD_FILE_BYTES = 2 * 1024 * 1024;

/** The 本单位词表 file given to --words (any supported text encoding), as text. */
export function readWordFile(file: string, cwd: string): string {
  const bytes = readRegularFile(path.resolve(cwd, file), MAX_WORD_FILE_BYTES, "文件超过 2 MB，不是词表文件");
  return decodeTextFile(bytes).text;
}
