/**
 * Which of the official fonts are installed, detected locally by measuring text in a canvas: a
 * font that is missing falls back to the generic family, so its width equals the fallback's for
 * every fallback tried. Office.js has no font-enumeration API; this is the webview's view of the
 * system fonts, which on Windows and Mac is the same set Word uses.
 */
const SAMPLE = "对照检查材料存在的问题原因分析整改措施ABCabc123";
const FALLBACKS = ["monospace", "serif", "sans-serif"];

export type FontStatus = "installed" | "missing" | "unknown";

export function fontStatus(font: string, doc: Document = document): FontStatus {
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx = doc.createElement("canvas").getContext("2d");
  } catch {
    ctx = null;
  }
  if (!ctx) return "unknown";
  for (const fallback of FALLBACKS) {
    ctx.font = `32px ${fallback}`;
    const base = ctx.measureText(SAMPLE).width;
    ctx.font = `32px "${font}", ${fallback}`;
    if (Math.abs(ctx.measureText(SAMPLE).width - base) > 0.5) return "installed";
  }
  return "missing";
}

/** The fonts of `names` that are definitely missing (unknown counts as present). */
export function missingFonts(names: readonly string[], doc: Document = document): string[] {
  return names.filter((n) => fontStatus(n, doc) === "missing");
}
