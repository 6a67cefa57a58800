/** Copy to clipboard and save as a file, entirely local (no network). */

export { copyText, saveFile } from "../localFiles";

/** "对照检查报告-20260115-0930" */
export function reportFileBase(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `对照检查报告-${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}`;
}
