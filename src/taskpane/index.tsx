import { createRoot } from "react-dom/client";
import { Root } from "./Root";
import { wordHost } from "../office";
import { HostProvider, setHost } from "./host";
import { prefersDark } from "./theme";
import { loadDarkTheme } from "./darkTheme";

/** Shows a message in the static loading block of taskpane.html (the pane is not rendered). */
function bootMessage(message: string): void {
  const el = document.getElementById("boot-text");
  if (el) el.textContent = message;
}

/** Entry of the task pane in Word (the WPS entry is src/wps/entry.tsx). Never leaves a blank pane: every failure path shows a Chinese message. */
async function main(): Promise<void> {
  if ((window as unknown as { __duizhaoLegacy?: boolean }).__duizhaoLegacy) return;
  setHost(wordHost);
  const result = await wordHost.boot();
  if (result.kind !== "ready") {
    bootMessage(result.message);
    return;
  }
  const container = document.getElementById("container");
  if (!container) return;
  // Starting dark: fetch the dark theme's chunk first, so the pane does not flash light.
  if (prefersDark()) await loadDarkTheme().catch(() => undefined);
  document.getElementById("boot")?.remove();
  createRoot(container).render(
    <HostProvider host={wordHost}>
      <Root />
    </HostProvider>,
  );
}

main().catch((e) => bootMessage(`加载失败：${e instanceof Error ? e.message : String(e)}`));
