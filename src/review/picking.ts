/** Files from a file input (several files or a folder) or from a drop (files and folders). */
import { isMaterialName } from "../docx/material";
import type { InputFile } from "./client";

async function toInput(file: File, name: string): Promise<InputFile> {
  return { name, bytes: await file.arrayBuffer() };
}

/**
 * Picked files: every picked file is kept (an unsupported one gets its own row and reason); from a
 * folder only .docx/.txt/.md are taken, skipping hidden and ~$ lock files.
 */
export async function filesFromInput(list: FileList | null, folder: boolean): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const f of Array.from(list ?? [])) {
    const name = (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;
    if (folder && !isMaterialName(name)) continue;
    out.push(await toInput(f, name));
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
  file?: (ok: (f: File) => void, err: (e: unknown) => void) => void;
  createReader?: () => { readEntries: (ok: (entries: Entry[]) => void, err: (e: unknown) => void) => void };
}

async function walk(entry: Entry, out: InputFile[], top: boolean): Promise<void> {
  if (entry.isFile && entry.file) {
    const name = entry.fullPath.replace(/^\//, "");
    if (!top && !isMaterialName(name)) return;
    const file = await new Promise<File>((ok, err) => entry.file!(ok, err));
    out.push(await toInput(file, name));
  } else if (entry.isDirectory && entry.createReader) {
    const reader = entry.createReader();
    for (;;) {
      const batch = await new Promise<Entry[]>((ok, err) => reader.readEntries(ok, err));
      if (!batch.length) break;
      for (const e of batch) if (!e.name.startsWith(".") && !e.name.startsWith("~$")) await walk(e, out, false);
    }
  }
}

export async function filesFromDrop(dt: DataTransfer | null): Promise<InputFile[]> {
  if (!dt) return [];
  const out: InputFile[] = [];
  const entries: Entry[] = [];
  for (const item of Array.from(dt.items ?? [])) {
    const e = (item as DataTransferItem & { webkitGetAsEntry?: () => Entry | null }).webkitGetAsEntry?.();
    if (e) entries.push(e);
  }
  if (entries.length) for (const e of entries) await walk(e, out, true);
  else for (const f of Array.from(dt.files)) out.push(await toInput(f, f.name));
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
