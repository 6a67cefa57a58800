/**
 * Entry of the task pane inside WPS 文字 (built by `npm run package:wps`, scripts/package-wps.mjs):
 * the same pane as in Word (src/taskpane/Root.tsx), talking to wpsHost instead of Word. Like
 * src/taskpane/index.tsx this is a composition root, the one file under src/wps that imports the pane.
 */
// First: stand-ins for runtime APIs newer than the Chromium inside WPS, installed when the module is
// evaluated, before any other; the named import also keeps it in the bundle (package.json's
// "sideEffects" lists no src/wps file, so a bare `import "./polyfills"` would be dropped).
import { installPolyfills } from "./polyfills";
import { createRoot } from "react-dom/client";
import { Root } from "../taskpane/Root";
import { HostProvider, setHost } from "../taskpane/host";
import { wpsHost } from "./index";

/** Key under which the ribbon script (shell/main.js) keeps the id of the pane it created. */
const PANE_KEY = "duizhao_taskpane_id";

interface WpsPaneGlobal {
  PluginStorage?: { getItem(key: string): string | null };
  GetTaskPane?(id: string): { Visible: boolean } | null;
}

/** The docked WPS pane keeps the ribbon from responding while it has focus: 收起 hides it (the ribbon button shows it again). */
function hidePane(): boolean {
  try {
    const wps = (window as unknown as { wps?: WpsPaneGlobal }).wps;
    const id = wps?.PluginStorage?.getItem(PANE_KEY);
    const pane = id ? wps?.GetTaskPane?.(id) : null;
    if (!pane) return false;
    pane.Visible = false;
    return true;
  } catch {
    return false;
  }
}

function canHide(): boolean {
  const wps = (window as unknown as { wps?: WpsPaneGlobal }).wps;
  return !!wps?.PluginStorage && typeof wps.GetTaskPane === "function";
}

function HideButton() {
  return (
    <button
      type="button"
      onClick={() => void hidePane()}
      title="收起任务窗格（再次点击“开始”选项卡中的“对照检查助手”可重新打开）"
      style={{ position: "fixed", right: 8, bottom: 8, zIndex: 1000, fontSize: 12, padding: "2px 8px", cursor: "pointer" }}
    >
      收起
    </button>
  );
}

function bootMessage(message: string): void {
  const el = document.getElementById("boot-text");
  if (el) el.textContent = message;
}

/** Never leaves a blank pane: every failure path shows a Chinese message. */
async function main(): Promise<void> {
  installPolyfills(globalThis as unknown as Record<string, unknown>);
  setHost(wpsHost);
  const result = await wpsHost.boot();
  if (result.kind !== "ready") {
    bootMessage(result.message);
    return;
  }
  const container = document.getElementById("container");
  if (!container) return;
  document.getElementById("boot")?.remove();
  createRoot(container).render(
    <HostProvider host={wpsHost}>
      <Root />
      {canHide() && <HideButton />}
    </HostProvider>,
  );
}

main().catch((e) => bootMessage(`加载失败：${e instanceof Error ? e.message : String(e)}`));
