/** Saves text as a file via Blob + a temporary <a download>; no network. Returns false if unsupported. */
export function downloadText(fileName: string, text: string, type = "application/json"): boolean {
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
