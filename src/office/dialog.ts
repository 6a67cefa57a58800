/**
 * Opens another page of the add-in (the 审核台, review.html): in Word as an Office dialog
 * (displayDialogAsync, DialogApi 1.1), elsewhere — or when the dialog cannot open — as a new window.
 */
import { supports } from "./host";

export type OpenedAs = "dialog" | "window" | "blocked";

export function openAddinPage(page: string, base: string = globalThis.location?.href ?? ""): OpenedAs {
  const url = new URL(page, base).href;
  const fallback = (): OpenedAs => (globalThis.open?.(url, "_blank", "noopener") !== null ? "window" : "blocked");
  const ui = (globalThis as unknown as { Office?: typeof Office }).Office?.context?.ui;
  if (ui && typeof ui.displayDialogAsync === "function" && supports("DialogApi", "1.1")) {
    try {
      ui.displayDialogAsync(url, { height: 90, width: 90, displayInIframe: false }, (r) => {
        if (String(r.status) !== "succeeded") fallback();
      });
      return "dialog";
    } catch {
      return fallback();
    }
  }
  return fallback();
}
