/**
 * The dark theme as its own chunk: most panes open light, so the first load carries one theme.
 * index.tsx loads it before the first render when the pane starts dark (no light flash).
 */
import type { Theme } from "@fluentui/react-components";

let cached: Theme | null = null;

/** The dark theme if already loaded, else null. */
export function loadedDarkTheme(): Theme | null {
  return cached;
}

export async function loadDarkTheme(): Promise<Theme> {
  cached ??= (await import(/* webpackChunkName: "theme-dark" */ "./webDarkTheme")).webDarkTheme;
  return cached;
}
