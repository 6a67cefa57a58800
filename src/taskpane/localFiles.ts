/** Copy to clipboard and save as a file, entirely local (no network). Shared by the tabs. */

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
