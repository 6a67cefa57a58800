/**
 * Start-up check of the task pane (Office.onReady), kept free of React so it also works when
 * rendering fails. `scope` is where Office.js put its global (injected by tests).
 */

export type BootResult = { kind: "ready" } | { kind: "error"; message: string };

export const MSG_NO_OFFICE =
  "无法加载 Office.js。请检查能否访问 office.js 所在的服务器（普通版本为 Microsoft 官方 CDN appsforoffice.microsoft.com，" +
  "内网部署版本为本单位服务器上的 office-js 目录），或在 Word 中重新打开本加载项。" +
  "若只想体验功能，可运行浏览器演示（npm run demo）。";
export const MSG_NOT_WORD = "本加载项只能在 Word 中使用。请在 Word 的“开始”选项卡中点击“对照检查助手”。";
export const MSG_OUTSIDE_OFFICE =
  "当前页面不在 Office 中运行。请在 Word 中打开本加载项，或运行浏览器演示（npm run demo）。";
export const MSG_TIMEOUT = "等待 Office 初始化超时。请关闭任务窗格后重新打开。";

/** Waits for Office.onReady and decides whether the pane can run. */
export async function waitForOffice(
  scope: { Office?: typeof Office } = globalThis as unknown as { Office?: typeof Office },
  timeoutMs = 15000,
): Promise<BootResult> {
  const office = scope.Office;
  if (!office || typeof office.onReady !== "function") return { kind: "error", message: MSG_NO_OFFICE };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<BootResult>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "error", message: MSG_TIMEOUT }), timeoutMs);
  });
  const ready = office.onReady().then((info): BootResult => {
    if (!info || info.host == null) return { kind: "error", message: MSG_OUTSIDE_OFFICE };
    if (info.host !== office.HostType.Word) return { kind: "error", message: MSG_NOT_WORD };
    return { kind: "ready" };
  });
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    if (timer) clearTimeout(timer);
  }
}
