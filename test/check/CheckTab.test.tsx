/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { getPreset } from "../../src/core/presets";
import type { DocumentModel, Fix } from "../../src/core/types";
import { UserError } from "../../src/office/errors";
import { fingerprint } from "../../src/office/navigate";
import type { CheckService } from "../../src/taskpane/check/service";
import { CheckTab } from "../../src/taskpane/tabs/CheckTab";
import { FINDINGS, MODEL, result } from "./fixtures";


function fakeService(over: Partial<CheckService> = {}) {
  const calls = { read: 0, check: [] as (string | undefined)[], select: [] as unknown[], fix: [] as Fix[] };
  let findings = FINDINGS;
  const service: CheckService = {
    read: jest.fn(async () => {
      calls.read++;
      return { model: MODEL, syncs: 1, warnings: [] };
    }),
    check: jest.fn((_m: DocumentModel, presetId?: string) => {
      calls.check.push(presetId);
      return result(presetId ?? "dlsh-2025/banzi", findings, !presetId);
    }),
    presets: () => [
      { id: "dlsh-2025/banzi", label: "2025年度民主生活会 · 班子", verified: true },
      { id: "dlsh-2021/banzi", label: "2021年度民主生活会 · 班子", verified: false },
    ],
    preset: (id) => getPreset(id),
    select: jest.fn(async (ref) => {
      calls.select.push(ref);
      return { ok: true, stale: false, syncs: 2 };
    }),
    applyFix: jest.fn(async (fix: Fix) => {
      calls.fix.push(fix);
      findings = FINDINGS.filter((f) => f.fix !== fix);
      return { syncs: 2, paragraphsDelta: 0 };
    }),
    ...over,
  };
  return { service, calls };
}

function renderTab(service: CheckService) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <CheckTab active service={service} />
    </FluentProvider>,
  );
}

async function startCheck() {
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  await screen.findByTestId("check-result");
}

const item = (ruleId: string) => document.querySelector<HTMLElement>(`[data-rule-id="${ruleId}"]`)!;

describe("CheckTab", () => {
  test("开始检查 reads once and shows summary, outline and grouped findings with data-rule-id", async () => {
    const { service, calls } = fakeService();
    renderTab(service);
    await startCheck();
    expect(calls.read).toBe(1);
    expect(calls.check).toEqual([undefined]);
    for (const f of FINDINGS) expect(item(f.ruleId)).toBeInTheDocument();
    expect(item("missing-section")).toHaveTextContent("原因分析");
    expect(document.querySelector('[data-summary="counts"]')).toHaveTextContent("错误 2 · 警告 1 · 提示 1");
    expect(document.querySelector('[data-summary="sections"]')?.textContent).toMatch(/缺少：.*原因分析/);
    const groups = [...document.querySelectorAll("section[data-severity]")].map((s) => s.getAttribute("data-severity"));
    expect(groups).toEqual(["error", "warning", "info"]);
    expect(screen.getByRole("list", { name: "文档结构" })).toHaveTextContent("存在的问题");
    // Findings without a paragraph have no 定位; findings without a fix have no 修正.
    expect(within(item("balance")).queryByRole("button", { name: /^定位/ })).toBeNull();
    expect(within(item("balance")).queryByRole("button", { name: /^修正/ })).toBeNull();
    // Rule names in Chinese on the cards; the id stays in data-rule-id.
    expect(item("numbering")).toHaveTextContent("序号");
    expect(item("copy-residue")).toHaveTextContent("复制残留");
    expect(item("copy-residue")).not.toHaveTextContent("copy-residue");
    expect(within(item("copy-residue")).getByRole("button", { name: /^修正/ })).toBeInTheDocument();
  });

  test("switching the preset re-checks the cached model without reading again", async () => {
    const { service, calls } = fakeService();
    renderTab(service);
    await startCheck();
    fireEvent.click(screen.getByRole("combobox", { name: "预设" }));
    fireEvent.click(await screen.findByRole("option", { name: "2021年度民主生活会 · 班子（未核实）" }));
    await waitFor(() => expect(calls.check).toEqual([undefined, "dlsh-2021/banzi"]));
    expect(calls.read).toBe(1);
    // The new result renders as a transition: wait for it.
    await waitFor(() => expect(screen.getByRole("combobox", { name: "预设" })).toHaveTextContent("未核实"));
  });

  test("clicking a finding selects its paragraph by id and fingerprint; stale results offer 重新检查", async () => {
    let stale = false;
    const { service, calls } = fakeService({
      select: jest.fn(async () => ({ ok: true, stale, syncs: 2 })),
    });
    renderTab(service);
    await startCheck();
    fireEvent.click(item("copy-residue"));
    await waitFor(() => expect(service.select).toHaveBeenCalledWith({ index: 5, id: "uid-5", fingerprint: fingerprint(MODEL.paragraphs[5].text) }));
    expect(screen.queryByRole("button", { name: "重新检查" }) && screen.queryByText(/已被修改/)).toBeNull();
    stale = true;
    fireEvent.click(within(item("numbering")).getByRole("button", { name: /^定位/ }));
    expect(await screen.findByText(/文档在检查后已被修改/)).toBeInTheDocument();
    const recheck = screen.getAllByRole("button", { name: "重新检查" });
    fireEvent.click(recheck[recheck.length - 1]);
    await waitFor(() => expect(calls.read).toBe(2));
  });

  test("修正 applies the fix with the model, then re-reads and re-checks", async () => {
    const { service, calls } = fakeService();
    renderTab(service);
    await startCheck();
    fireEvent.click(within(item("missing-section")).getByRole("button", { name: /^修正/ }));
    expect(await screen.findByText(/已修正：在“整改措施”前插入“原因分析”/)).toBeInTheDocument();
    expect(service.applyFix).toHaveBeenCalledWith(FINDINGS[1].fix, MODEL);
    expect(calls.read).toBe(2);
    await waitFor(() => expect(item("missing-section")).toBeNull());
  });

  test("a refused fix shows its Chinese message and offers 重新检查", async () => {
    const { service } = fakeService({
      applyFix: jest.fn(async () => {
        throw new UserError("文档在检查后已被修改，无法自动修正。请重新检查后再试。");
      }),
    });
    renderTab(service);
    await startCheck();
    fireEvent.click(within(item("numbering")).getByRole("button", { name: /^修正/ }));
    expect(await screen.findByRole("alert")).toHaveTextContent("无法自动修正");
    expect(screen.getAllByRole("button", { name: "重新检查" }).length).toBeGreaterThan(0);
  });

  test("read errors are shown in Chinese", async () => {
    const { service } = fakeService({ read: jest.fn(async () => Promise.reject(new UserError("无法连接 Word"))) });
    renderTab(service);
    fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("无法连接 Word");
  });

  test("progress indicator appears only after 300 ms", async () => {
    jest.useFakeTimers();
    try {
      let release!: () => void;
      const { service } = fakeService({
        read: jest.fn(
          () =>
            new Promise((resolve) => {
              release = () => resolve({ model: MODEL, syncs: 1, warnings: [] });
            }),
        ),
      });
      renderTab(service);
      fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
      act(() => void jest.advanceTimersByTime(200));
      expect(screen.queryByText("正在读取并检查文档…")).toBeNull();
      act(() => void jest.advanceTimersByTime(150));
      expect(screen.getByText("正在读取并检查文档…")).toBeInTheDocument();
      await act(async () => {
        release();
      });
      await act(async () => {
        jest.advanceTimersByTime(10);
      });
      expect(screen.queryByText("正在读取并检查文档…")).toBeNull();
    } finally {
      jest.useRealTimers();
    }
  });

  test("export: copy to clipboard and save .json / .txt locally", async () => {
    const writeText = jest.fn(async () => {});
    Object.assign(navigator, { clipboard: { writeText } });
    const created: Blob[] = [];
    (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = (b: Blob) => {
      created.push(b);
      return "blob:x";
    };
    (URL as unknown as { revokeObjectURL: () => void }).revokeObjectURL = () => {};
    const clicks: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const { service } = fakeService();
    renderTab(service);
    await startCheck();
    fireEvent.click(screen.getByRole("button", { name: "复制报告" }));
    await screen.findByText("报告已复制到剪贴板。");
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining("缺少“原因分析”部分。"));
    fireEvent.click(screen.getByRole("button", { name: "保存为 .json" }));
    fireEvent.click(screen.getByRole("button", { name: "保存为 .txt" }));
    expect(clicks[0]).toMatch(/^对照检查报告-\d{8}-\d{4}\.json$/);
    expect(clicks[1]).toMatch(/\.txt$/);
    expect(screen.getByText(/^已生成报告文件“对照检查报告-\d{8}-\d{4}\.txt”/)).toBeInTheDocument();
    const text = await new Promise<string>((resolve) => {
      const r = new FileReader();
      r.onload = () => resolve(String(r.result));
      r.readAsText(created[0]);
    });
    const json = JSON.parse(text);
    expect(json.findings.map((f: { ruleId: string }) => f.ruleId)).toContain("missing-section");
  });
});

describe("CheckTab with many findings", () => {
  test("renders a limited number per severity and 显示全部 reveals the rest", async () => {
    const many = Array.from({ length: 75 }, (_, i) => ({
      ruleId: "copy-residue",
      severity: "warning" as const,
      message: `残留 ${i}`,
      paragraph: 4,
    }));
    const { service } = fakeService({ check: jest.fn(() => result("dlsh-2025/banzi", many)) });
    renderTab(service);
    await startCheck();
    expect(document.querySelectorAll('[data-rule-id="copy-residue"]')).toHaveLength(60);
    fireEvent.click(screen.getByRole("button", { name: /显示全部 75 项/ }));
    expect(document.querySelectorAll('[data-rule-id="copy-residue"]')).toHaveLength(75);
  });

  test("hiding the tab clears the temporary highlight", async () => {
    const clearHighlight = jest.fn(async () => {});
    const { service } = fakeService({ clearHighlight });
    const view = renderTab(service);
    clearHighlight.mockClear();
    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <CheckTab active={false} service={service} />
      </FluentProvider>,
    );
    expect(clearHighlight).toHaveBeenCalledTimes(1);
  });
});
