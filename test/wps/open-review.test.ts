/** The pane's 批量审核 in WPS: a WPS web dialog (wps.ShowDialog) where the API has it, else a new window. */
import { openWpsAddinPage, REVIEW_DIALOG_TITLE, wpsHost } from "../../src/wps";
import { installWps, uninstallWps } from "./helpers";

const BASE = "file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/duizhao_1.0.0/taskpane.html";

describe("openWpsAddinPage", () => {
  test("wps.ShowDialog: the page's absolute URL, a title, a non-modal dialog sized from the screen in device pixels", () => {
    const show = jest.fn();
    const open = jest.fn();
    const scope = { wps: { ShowDialog: show }, open, screen: { availWidth: 1000, availHeight: 600 }, devicePixelRatio: 2 };
    expect(openWpsAddinPage("review.html", BASE, scope)).toBe("dialog");
    expect(show).toHaveBeenCalledWith(BASE.replace("taskpane.html", "review.html"), REVIEW_DIALOG_TITLE, 1700, 1020, false);
    expect(open).not.toHaveBeenCalled();
  });

  test("ShowDialog throws: falls back to a new window", () => {
    const show = jest.fn(() => {
      throw new Error("not supported");
    });
    const open = jest.fn(() => null);
    expect(openWpsAddinPage("review.html", BASE, { wps: { ShowDialog: show }, open })).toBe("window");
    expect(open).toHaveBeenCalledWith(BASE.replace("taskpane.html", "review.html"), "_blank", "noopener");
  });

  test("no ShowDialog (older WPS, or a browser): a new window; nothing at all: blocked", () => {
    const open = jest.fn();
    expect(openWpsAddinPage("review.html", BASE, { wps: {}, open })).toBe("window");
    expect(open).toHaveBeenCalledTimes(1);
    expect(openWpsAddinPage("review.html", BASE, {})).toBe("blocked");
  });

  test("wpsHost.openAddinPage uses the global wps (simulated WPS host with ShowDialog)", () => {
    installWps([{ text: "一、存在的问题" }]);
    const g = globalThis as unknown as { wps: Record<string, unknown> };
    const show = jest.fn();
    g.wps.ShowDialog = show;
    try {
      wpsHost.openAddinPage("review.html");
      expect(show).toHaveBeenCalledTimes(1);
      expect(show.mock.calls[0][0]).toMatch(/review\.html$/);
      expect(show.mock.calls[0][4]).toBe(false);
    } finally {
      uninstallWps();
    }
  });
});
