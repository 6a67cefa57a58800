/**
 * One submitted file (name + bytes) → DocumentModel, in the browser or in Node: .docx through
 * readDocx, .txt / .md as strict UTF-8. Every failure is a MaterialReadError with a one-line
 * Chinese reason, so a batch can list it and go on with the other files.
 */
import type { DocumentModel } from "../core/types";
import { documentFromText } from "../core/text";
import { DEFAULT_MAX_BYTES, readDocx } from "./read";
import { isDocxReadError } from "./errors";

export const MATERIAL_EXTENSIONS = [".docx", ".txt", ".md"];

export class MaterialReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MaterialReadError";
  }
}

function extension(name: string): string {
  const m = /\.[^./\\]+$/.exec(name);
  return m ? m[0].toLowerCase() : "";
}

export function isMaterialName(name: string): boolean {
  const base = name.split(/[/\\]/).pop() ?? name;
  return MATERIAL_EXTENSIONS.includes(extension(base)) && !base.startsWith("~$") && !base.startsWith(".");
}

export function readMaterial(name: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): DocumentModel {
  const ext = extension(name);
  if (ext === ".doc" || ext === ".wps") throw new MaterialReadError("这是旧版 Word（.doc）或 WPS 格式，请在 Word 或 WPS 中另存为 .docx 后再检查");
  if (!MATERIAL_EXTENSIONS.includes(ext)) throw new MaterialReadError(`不支持的文件类型“${ext || "无扩展名"}”，只能检查 .docx、.txt、.md`);
  if (bytes.length === 0) throw new MaterialReadError("文件是空的（0 字节）");
  if (bytes.length > maxBytes) throw new MaterialReadError(`文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB 上限`);
  if (ext === ".docx") {
    try {
      return readDocx(bytes, { maxBytes });
    } catch (e) {
      if (isDocxReadError(e)) throw new MaterialReadError(e.message);
      throw new MaterialReadError(`读取失败（${e instanceof Error ? e.message : String(e)}）`);
    }
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new MaterialReadError("不是 UTF-8 文本，请另存为 UTF-8 编码后再检查");
  }
  return documentFromText(text);
}
