/** Chooses light or dark from the Office theme (body background colour), else the OS preference. */
import { currentHost } from "./host";

export function isDarkColor(hex: string | undefined): boolean | null {
  if (!hex) return null;
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  // Relative luminance (sRGB approximation) below the midpoint counts as dark.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

export function prefersDark(): boolean {
  const fromOffice = isDarkColor(currentHost().themeBackground());
  if (fromOffice !== null) return fromOffice;
  return typeof window !== "undefined" && !!window.matchMedia?.("(prefers-color-scheme: dark)").matches;
}
