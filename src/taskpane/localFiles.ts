/** Copy to clipboard, save as a file and read a chosen file, entirely local (no network). Shared by the tabs. */
import { decodeText, encodingLabel, type TextEncodingName } from "../core/encoding";

/** navigator.clipboard.writeText, else a hidden textarea + execCommand("copy"). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (globalThis.navigator?.clipboard?.writeText) {
      await globalThis.navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission denied inside the Office webview: fall back below.
  }
  if (typeof document === "undefined") return false;
  const ta = document.createElement("textarea");
  ta.value = text;
  ta.setAttribute("readonly", "");
  ta.style.position = "fixed";
  ta.style.opacity = "0";
  document.body.appendChild(ta);
  ta.select();
  let ok = false;
  try {
    ok = typeof document.execCommand === "function" && document.execCommand("copy");
  } catch {
    ok = false;
  }
  ta.remove();
  return ok;
}

/** Saves text as a file via Blob + a temporary <a download>. Returns false where unsupported. */
export function saveFile(fileName: string, text: string, type: string): boolean {
  const url = globalThis.URL?.createObjectURL?.(new Blob([text], { type: `${type};charset=utf-8` }));
  if (!url) return false;
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return true;
}

/** Bytes of a chosen file: Blob.arrayBuffer, else FileReader (older webviews). */
function fileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(file);
  });
}

/**
 * Text of an imported file in whatever encoding Windows tools wrote it (BOM, UTF-8, UTF-16,
 * GB18030/GBK; see core/encoding). `note` is “（按 GB18030（GBK） 编码读取）” when not UTF-8, else "".
 * Rejects with a Chinese message when the file cannot be read or decoded.
 */
export async function readTextFile(file: Blob): Promise<{ text: string; encoding: TextEncodingName; note: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await fileBytes(file);
  } catch {
    throw new Error("无法读取文件");
  }
  const { text, encoding } = decodeText(bytes); // TextDecodeError carries a Chinese message
  return { text, encoding, note: encoding === "UTF-8" ? "" : `（按 ${encodingLabel(encoding)} 编码读取）` };
}
