/**
 * Which simulated host the playground shows: `playground.html` (or `?host=word`) simulates Word
 * with Office.js; `playground.html?host=wps` simulates WPS 文字 with its synchronous object model.
 */
export type PlaygroundHostKind = "word" | "wps";

export function playgroundHostKind(search: string): PlaygroundHostKind {
  const value = new URLSearchParams(search).get("host");
  return value !== null && value.trim().toLowerCase() === "wps" ? "wps" : "word";
}

/**
 * The script that boots the real task pane for that host: taskpane.js is the Word entry
 * (src/taskpane/index.tsx, wordHost), wpspane.js the WPS entry (src/wps/entry.tsx, wpsHost, no
 * office.js). Both are webpack entries next to playground.html.
 */
export function paneScript(kind: PlaygroundHostKind): string {
  return kind === "wps" ? "wpspane.js" : "taskpane.js";
}
