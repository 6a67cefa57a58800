/** @jest-environment jsdom */
/**
 * 检查 results are marked stale when the document changes (issue 9 item 11): the notice appears
 * without discarding the results (定位 still works); 重新检查 clears it and the jump highlight.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { getPreset } from "../../src/core/presets";
import type { CheckService } from "../../src/taskpane/check/service";
import { CheckTab } from "../../src/taskpane/tabs/CheckTab";
import { FINDINGS, MODEL, result } from "../check/fixtures";

function fakeService(withChanges = true) {
  const watchers: { onChange: () => void; since?: string; stopped: boolean }[] = [];
  const log: string[] = [];
  const service: CheckService = {
    read: jest.fn(async () => {
      log.push("read");
      return { model: MODEL, syncs: 1, warnings: [], signature: `sig-${log.filter((x) => x === "read").length}` };
    }),
    check: (_m, presetId) => result(presetId ?? "dlsh-2025/banzi", FINDINGS, !presetId),
    presets: () => [{ id: "dlsh-2025/banzi", label: "2025年度民主生活会 · 班子", verified: true }],
    preset: (id) => getPreset(id),
    select: jest.fn(async () => {
      log.push("select");
      return { ok: true, stale: false, syncs: 2 };
    }),
    applyFix: jest.fn(async () => ({ syncs: 2, paragraphsDelta: 0 })),
    clearHighlight: jest.fn(async () => {
      log.push("clearHighlight");
    }),
  };
  if (withChanges) {
    service.onDocumentChange = (onChange, since) => {
      log.push("watch");
      const w = { onChange, since, stopped: false };
      watchers.push(w);
      return () => {
        w.stopped = true;
      };
    };
  }
  return { service, watchers, log };
}

const renderTab = (service: CheckService) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <CheckTab active service={service} />
    </FluentProvider>,
  );

const stale = () => screen.queryByTestId("stale-notice");
const locateButtons = () => within(screen.getByTestId("check-result")).getAllByRole("button", { name: /^定位/ });

it("shows 结果可能已过期 when the document changes, keeps the results, and 重新检查 clears it and the highlight", async () => {
  const { service, watchers, log } = fakeService();
  renderTab(service);
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  await screen.findByTestId("check-result");
  // Watching compares with the check's own read (its signature): no extra read for a baseline.
  expect(log.indexOf("watch")).toBeGreaterThan(log.indexOf("read"));
  expect(watchers).toHaveLength(1);
  expect(watchers[0].since).toBe("sig-1");
  expect(stale()).toBeNull();

  // A jump leaves a temporary highlight.
  fireEvent.click(locateButtons()[0]);
  await waitFor(() => expect(log).toContain("select"));

  act(() => watchers[0].onChange());
  expect(await screen.findByTestId("stale-notice")).toHaveTextContent("结果可能已过期，请重新检查");
  expect(screen.getByTestId("check-result")).toHaveAttribute("data-stale", "true");
  // The results stay and still navigate.
  const before = (service.select as jest.Mock).mock.calls.length;
  fireEvent.click(locateButtons()[0]);
  await waitFor(() => expect((service.select as jest.Mock).mock.calls.length).toBe(before + 1));
  expect(stale()).not.toBeNull();

  log.length = 0;
  fireEvent.click(within(stale()!).getByRole("button", { name: "重新检查" }));
  await waitFor(() => expect(log).toContain("read"));
  await waitFor(() => expect(screen.getByRole("button", { name: "重新检查" })).not.toHaveAttribute("aria-disabled", "true"));
  expect(stale()).toBeNull();
  expect(screen.getByTestId("check-result")).not.toHaveAttribute("data-stale");
  // The re-check removed the jump's highlight first, and watches again from its own read.
  expect(log.indexOf("clearHighlight")).toBeGreaterThanOrEqual(0);
  expect(log.indexOf("clearHighlight")).toBeLessThan(log.indexOf("read"));
  expect(watchers).toHaveLength(2);
  expect(watchers[1].stopped).toBe(false);
  act(() => watchers[1].onChange());
  await screen.findByTestId("stale-notice");
});

it("a 修正 is the pane's own edit: the results are not called stale, the re-check watches afresh", async () => {
  const { service, watchers } = fakeService();
  renderTab(service);
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  await screen.findByTestId("check-result");
  const fixButton = within(screen.getByTestId("check-result")).getAllByRole("button", { name: /^修正/ })[0];
  fireEvent.click(fixButton);
  await screen.findByText(/^已修正/);
  expect(watchers[0].stopped).toBe(true);
  expect(watchers).toHaveLength(2);
  expect(stale()).toBeNull();
});

it("without change notices (a host that cannot tell) the tab works as before", async () => {
  const { service } = fakeService(false);
  renderTab(service);
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  await screen.findByTestId("check-result");
  expect(stale()).toBeNull();
});

it("stops watching when the tab goes away", async () => {
  const { service, watchers } = fakeService();
  const { unmount } = renderTab(service);
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  await screen.findByTestId("check-result");
  unmount();
  expect(watchers[0].stopped).toBe(true);
});
