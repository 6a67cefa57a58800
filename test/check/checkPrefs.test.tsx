/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { getPreset } from "../../src/core/presets";
import type { Finding } from "../../src/core/types";
import { CheckPrefsStore } from "../../src/taskpane/check/checkPrefs";
import type { CheckService } from "../../src/taskpane/check/service";
import * as localFiles from "../../src/taskpane/localFiles";
import { CheckTab } from "../../src/taskpane/tabs/CheckTab";
import { FINDINGS, MODEL, result } from "./fixtures";

const NAME: Finding = { ruleId: "placeholder", severity: "warning", message: "疑似未填写的占位符。", paragraph: 4, quote: "张三丰" };
const ALL = [...FINDINGS, NAME];

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), map: m };
}

function service(): CheckService {
  return {
    read: jest.fn(async () => ({ model: MODEL, syncs: 1, warnings: [] })),
    check: jest.fn((_m, presetId?: string) => result(presetId ?? "dlsh-2025/banzi", ALL, !presetId)),
    presets: () => [{ id: "dlsh-2025/banzi", label: "2025年度民主生活会 · 班子", verified: true }],
    preset: (id) => getPreset(id),
    select: jest.fn(async () => ({ ok: true, stale: false, syncs: 2 })),
    applyFix: jest.fn(async () => ({ syncs: 2, paragraphsDelta: 0 })),
  };
}

function renderTab(storage = memoryStorage()) {
  const prefs = new CheckPrefsStore({ storage, prefix: "t:" });
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <CheckTab active service={service()} prefs={prefs} />
    </FluentProvider>,
  );
  return { storage, view };
}

async function startCheck() {
  fireEvent.click(screen.getByRole("button", { name: "开始检查" }));
  await screen.findByTestId("check-result");
}

const item = (ruleId: string) => document.querySelector<HTMLElement>(`[data-rule-id="${ruleId}"]`);
const counts = () => document.querySelector('[data-summary="counts"]')?.textContent;

async function choose(dropdown: string, option: RegExp) {
  fireEvent.click(screen.getByRole("combobox", { name: dropdown }));
  fireEvent.click(await screen.findByRole("option", { name: option }));
}

describe("检查 tab filters", () => {
  test("by severity and by rule, with counts; the summary says what the filter hides", async () => {
    renderTab();
    await startCheck();
    fireEvent.click(screen.getByRole("combobox", { name: "按级别筛选" }));
    expect(await screen.findByRole("option", { name: "错误（2）" })).toBeInTheDocument();
    expect(screen.getByRole("option", { name: "警告（2）" })).toBeInTheDocument();
    fireEvent.click(screen.getByRole("option", { name: "错误（2）" }));
    await waitFor(() => expect(item("numbering")).toBeNull());
    expect(item("copy-residue")).toBeInTheDocument();
    expect(item("missing-section")).toBeInTheDocument();
    expect(document.querySelector('[data-summary="filter"]')).toHaveTextContent("显示 2 项，另有 3 项被筛选隐藏");

    await choose("按规则筛选", /^复制残留（1）/);
    await waitFor(() => expect(item("missing-section")).toBeNull());
    expect(item("copy-residue")).toBeInTheDocument();
    expect(document.querySelector('[data-summary="filter"]')).toHaveTextContent("另有 4 项被筛选隐藏");

    await choose("按级别筛选", /^全部级别/);
    await choose("按规则筛选", /^全部规则/);
    await waitFor(() => expect(item("numbering")).toBeInTheDocument());
    expect(document.querySelector('[data-summary="filter"]')).toBeNull();
  });
});

describe("忽略", () => {
  test("ignoring hides the finding and counts it; 显示已忽略 and 撤销忽略 bring it back; remembered per document", async () => {
    const { storage, view } = renderTab();
    await startCheck();
    expect(counts()).toContain("错误 2 · 警告 2 · 提示 1");
    fireEvent.click(within(item("copy-residue")!).getByRole("button", { name: /^忽略/ }));
    await waitFor(() => expect(item("copy-residue")).toBeNull());
    // Keyboard focus stays in the list (the card now at the ignored card's place).
    await waitFor(() => expect(document.activeElement?.closest("[data-finding-index]")).not.toBeNull());
    expect(counts()).toContain("错误 1 · 警告 2 · 提示 1");
    expect(counts()).toContain("另有已忽略 1 项");

    // Remembered: a fresh pane on the same document starts with it ignored.
    view.unmount();
    renderTab(storage);
    await startCheck();
    expect(item("copy-residue")).toBeNull();
    expect(counts()).toContain("另有已忽略 1 项");

    fireEvent.click(screen.getByRole("switch", { name: "显示已忽略（1）" }));
    const card = await waitFor(() => {
      const el = item("copy-residue");
      expect(el).not.toBeNull();
      return el!;
    });
    expect(card).toHaveAttribute("data-ignored", "true");
    expect(within(card).queryByRole("button", { name: /^修正/ })).toBeNull();
    fireEvent.click(within(card).getByRole("button", { name: /^撤销忽略/ }));
    await waitFor(() => expect(counts()).toContain("错误 2 · 警告 2 · 提示 1"));
    expect(counts()).not.toContain("已忽略");
    expect(item("copy-residue")).not.toHaveAttribute("data-ignored");
    expect(within(item("copy-residue")!).getByRole("button", { name: /^修正/ })).toBeInTheDocument();
    expect(JSON.parse(storage.map.get("t:duizhao.ignored.v1")!).docs).toEqual({});
  });
});

describe("本单位词表", () => {
  test("saving a word drops the placeholder finding it covers; the list is remembered", async () => {
    const { storage, view } = renderTab();
    await startCheck();
    expect(item("placeholder")).toBeInTheDocument();
    fireEvent.change(screen.getByRole("textbox", { name: "本单位词表" }), { target: { value: "张三丰\n\n张三丰\n" } });
    fireEvent.click(screen.getByRole("button", { name: "保存词表" }));
    await waitFor(() => expect(item("placeholder")).toBeNull());
    expect(screen.getByTestId("word-list")).toHaveTextContent("本单位词表（1 个）");
    expect(JSON.parse(storage.map.get("t:duizhao.words.v1")!).words).toEqual(["张三丰"]);
    view.unmount();
    renderTab(storage);
    await startCheck();
    expect(item("placeholder")).toBeNull();
    expect(item("copy-residue")).toBeInTheDocument();
  });

  test("import .txt merges (one per line), export saves 本单位词表.txt", async () => {
    const save = jest.spyOn(localFiles, "saveFile").mockReturnValue(true);
    renderTab();
    await startCheck();
    const file = new File(["\uFEFF# 注释\r\n张三丰\r\n李四光\r\n"], "词表.txt", { type: "text/plain" });
    await act(async () => {
      fireEvent.change(screen.getByTestId("word-file"), { target: { files: [file] } });
    });
    await screen.findByText(/已从“词表\.txt”导入 2 个词，词表现有 2 个/);
    await waitFor(() => expect(item("placeholder")).toBeNull());
    fireEvent.click(screen.getByRole("button", { name: "导出 .txt" }));
    expect(save).toHaveBeenCalledWith("本单位词表.txt", "张三丰\n李四光\n", "text/plain");
    save.mockRestore();
  });
});

describe("re-check", () => {
  test("重新检查 clears the jump highlight", async () => {
    const clearHighlight = jest.fn(async () => undefined);
    const svc = { ...service(), clearHighlight };
    render(
      <FluentProvider theme={webLightTheme}>
        <CheckTab active service={svc} prefs={new CheckPrefsStore({ storage: memoryStorage(), prefix: "t:" })} />
      </FluentProvider>,
    );
    await startCheck();
    fireEvent.click(within(item("copy-residue")!).getByRole("button", { name: /^定位/ }));
    await waitFor(() => expect(svc.select).toHaveBeenCalledTimes(1));
    const before = clearHighlight.mock.calls.length;
    fireEvent.click(screen.getByRole("button", { name: "重新检查" }));
    await waitFor(() => expect(svc.read).toHaveBeenCalledTimes(2));
    expect(clearHighlight.mock.calls.length).toBe(before + 1);
  });
});
