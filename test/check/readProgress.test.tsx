/** @jest-environment jsdom */
/**
 * Progress of a long read (issue 14): while the host reads a long document, 检查's progress
 * indicator says how many paragraphs have been read (and of how many, where the host knows).
 * States only: the test holds the read open until it has seen the text.
 */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { getPreset } from "../../src/core/presets";
import type { ReadDocumentOptions } from "../../src/host/port";
import type { CheckService, ReadOutcome } from "../../src/taskpane/check/service";
import { CheckTab } from "../../src/taskpane/tabs/CheckTab";
import { FINDINGS, MODEL, result } from "./fixtures";

/** A service whose read reports progress when the test says so and ends when the test says so. */
function slowService() {
  let report: ReadDocumentOptions["onProgress"];
  let finish: (r: ReadOutcome) => void = () => undefined;
  const service: CheckService = {
    read: jest.fn(
      (options?: ReadDocumentOptions) =>
        new Promise<ReadOutcome>((resolve) => {
          report = options?.onProgress;
          finish = resolve;
        }),
    ),
    check: (_m, presetId) => result(presetId ?? "dlsh-2025/banzi", FINDINGS, !presetId),
    presets: () => [{ id: "dlsh-2025/banzi", label: "2025年度民主生活会 · 班子", verified: true }],
    preset: (id) => getPreset(id),
    select: jest.fn(async () => ({ ok: true, stale: false, syncs: 1 })),
    applyFix: jest.fn(async () => ({ syncs: 1, paragraphsDelta: 0 })),
  };
  return {
    service,
    progress: (n: number, total?: number) => report?.(n, total),
    hasReporter: () => report !== undefined,
    finish: () => finish({ model: MODEL, syncs: 3, warnings: [] }),
  };
}

const renderTab = (service: CheckService) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <CheckTab active service={service} />
    </FluentProvider>,
  );

test("a long read shows 正在读取文档…已读 N 段 / 共 M 段 in the progress indicator, then the results", async () => {
  const s = slowService();
  renderTab(s.service);
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  // The indicator appears once the check is slow (before any progress: the generic text).
  expect(await screen.findByText("正在读取并检查文档…", undefined, { timeout: 30000 })).toBeTruthy();
  expect(s.hasReporter()).toBe(true);

  act(() => s.progress(20000, 200000));
  expect(await screen.findByText("正在读取文档…已读 20000 段 / 共 200000 段")).toBeTruthy();
  const bar = screen.getByRole("progressbar", { name: "检查进度" });
  expect(bar.getAttribute("aria-valuenow")).toBe("0.1");

  // Word: no total.
  act(() => s.progress(30000));
  expect(await screen.findByText("正在读取文档…已读 30000 段")).toBeTruthy();
  expect(screen.queryByText(/共 200000 段/)).toBeNull();

  act(() => s.finish());
  await screen.findByTestId("check-result");
  expect(screen.queryByText(/正在读取文档/)).toBeNull();
});
