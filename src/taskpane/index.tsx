import { createRoot } from "react-dom/client";
import { Root } from "./Root";
import { bootMessage, waitForOffice } from "./boot";

/** Entry of the task pane. Never leaves a blank pane: every failure path shows a Chinese message. */
async function main(): Promise<void> {
  if ((window as unknown as { __duizhaoLegacy?: boolean }).__duizhaoLegacy) return;
  const result = await waitForOffice(globalThis as unknown as { Office?: typeof Office });
  if (result.kind !== "ready") {
    bootMessage(result.message);
    return;
  }
  const container = document.getElementById("container");
  if (!container) return;
  document.getElementById("boot")?.remove();
  createRoot(container).render(<Root />);
}

main().catch((e) => bootMessage(`加载失败：${e instanceof Error ? e.message : String(e)}`));
