/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";

jest.mock("../../src/office/read", () => ({
  readDocument: jest.fn(async () => ({
    model: { paragraphs: [{ index: 0, text: "××党委领导班子2026年度民主生活会对照检查材料", styleName: "", headingLevel: null, listString: "", inTable: false }] },
    syncs: 1,
  })),
}));
jest.mock("../../src/office/skeleton", () => ({
  insertSkeletonAtCursor: jest.fn(async () => ({ paragraphs: 12, tag: "t", syncs: 2 })),
  undoLastInsertion: jest.fn(async () => ({ syncs: 2 })),
  lastInsertion: jest.fn(() => null),
}));
jest.mock("../../src/office/format", () => ({ applyOfficialFormat: jest.fn() }));
const saved: { name: string; text: string }[] = [];
jest.mock("../../src/taskpane/localFiles", () => ({
  saveFile: jest.fn((name: string, text: string) => {
    saved.push({ name, text });
    return true;
  }),
}));

import { SkeletonTab } from "../../src/taskpane/tabs/SkeletonTab";
import { clearImportedPresets, installStoredPresets } from "../../src/taskpane/presetStore";
import { getPreset, setUserThemes } from "../../src/core";
import { coreEngine } from "../../src/cli/engine";

function Host() {
  const [names, setNames] = useState<string[]>(() => installStoredPresets());
  return (
    <FluentProvider theme={webLightTheme}>
      <SkeletonTab active presetFiles={{ imported: names, onChange: setNames }} />
    </FluentProvider>
  );
}

afterEach(() => {
  clearImportedPresets();
  localStorage.clear();
  saved.length = 0;
});

const type = (label: string, value: string) => fireEvent.change(screen.getByRole("textbox", { name: label }), { target: { value } });

it("copies a shipped preset, edits it in the form, refuses an invalid draft with the import's message, uses it at once and exports a file the CLI reads", async () => {
  render(<Host />);
  await screen.findByText("已根据文档标题选择");
  fireEvent.click(screen.getByRole("button", { name: "编辑预设…" }));
  const editor = screen.getByRole("region", { name: "编辑预设" });
  fireEvent.click(within(editor).getByRole("combobox", { name: "复制自" }));
  fireEvent.click(await screen.findByRole("option", { name: "2026年度民主生活会" }));
  fireEvent.click(within(editor).getByRole("button", { name: "复制" }));

  expect(screen.getByRole("textbox", { name: "预设编号" })).toHaveValue("dlsh-2026-bendanwei");
  type("预设编号", "qinghe-2026");
  type("名称", "青禾县2026年度民主生活会");
  type("主题", "青禾县委组织部通知的主题");
  // Rename, reorder, remove, add.
  type("第1个方面", "带头强化政治忠诚");
  fireEvent.click(screen.getByRole("button", { name: "上移第2个方面" }));
  expect(screen.getByRole("textbox", { name: "第1个方面" })).toHaveValue("带头立党为公、为民造福，为人民出政绩");
  fireEvent.click(screen.getByRole("button", { name: "删除第5个方面" }));
  fireEvent.click(screen.getByRole("button", { name: "添加方面" }));
  // Required parts.
  fireEvent.click(screen.getByRole("checkbox", { name: "班子：反面典型案例剖析为必备部分" }));

  // The new aspect is empty: refused with the import's Chinese message, nothing changes.
  fireEvent.click(screen.getByRole("button", { name: "校验并使用" }));
  expect(await screen.findByRole("alert")).toHaveTextContent(/不是有效的预设文件，预设未改变：.*aspects\[4\]\.name 不能为空/);
  expect(getPreset("qinghe-2026/banzi")).toBeUndefined();

  type("第5个方面", "带头落实青禾县委特别要求");
  type("第5个方面的关键词", "青禾、特别要求");
  fireEvent.click(screen.getByRole("button", { name: "校验并使用" }));
  await screen.findByText(/已校验并启用“青禾县2026年度民主生活会”/);
  expect(screen.getByRole("combobox", { name: "年度主题" })).toHaveTextContent("青禾县2026年度民主生活会");
  const p = getPreset("qinghe-2026/banzi")!;
  expect(p.theme).toBe("青禾县委组织部通知的主题");
  expect(p.aspects.map((a) => a.name)).toEqual([
    "带头立党为公、为民造福，为人民出政绩",
    "带头强化政治忠诚",
    "带头科学决策，完整准确全面贯彻新发展理念",
    "带头真抓实干，以实干出政绩",
    "带头落实青禾县委特别要求",
  ]);
  expect(p.aspects[4].keywords).toEqual(["青禾", "特别要求"]);
  expect(p.sections.find((s) => s.kind === "典型案例剖析")!.required).toBe(false);
  expect(within(screen.getByRole("list", { name: "骨架提纲" })).getAllByText("带头落实青禾县委特别要求").length).toBeGreaterThan(0);

  // Export: the file is a valid preset file for colleagues and for duizhao --preset-file.
  fireEvent.click(screen.getByRole("button", { name: "导出预设文件" }));
  await screen.findByText(/已导出“qinghe-2026\.json”/);
  expect(saved.map((f) => f.name)).toEqual(["qinghe-2026.json"]);
  clearImportedPresets();
  expect(getPreset("qinghe-2026/banzi")).toBeUndefined();
  coreEngine.usePresetFiles([{ name: "qinghe-2026.json", json: JSON.parse(saved[0].text) }]);
  expect(getPreset("qinghe-2026/geren")!.aspects).toHaveLength(5);
  setUserThemes([]);
});
