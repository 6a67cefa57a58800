/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";

jest.mock("../../src/office/read", () => ({
  readDocument: jest.fn(async () => ({
    model: { paragraphs: [{ index: 0, text: "第三党支部2026年度组织生活会对照检查材料", styleName: "", headingLevel: null, listString: "", inTable: false }] },
    syncs: 1,
  })),
}));
jest.mock("../../src/office/skeleton", () => ({
  insertSkeletonAtCursor: jest.fn(async () => ({ paragraphs: 12, tag: "t", syncs: 2 })),
  undoLastInsertion: jest.fn(async () => ({ syncs: 2 })),
  lastInsertion: jest.fn(() => null),
}));
jest.mock("../../src/office/format", () => ({ applyOfficialFormat: jest.fn() }));

import { SkeletonTab } from "../../src/taskpane/tabs/SkeletonTab";
import { aspectSetStorageKey, installStoredPresets } from "../../src/taskpane/presetStore";
import { getPreset, setAspectSetChoice } from "../../src/core";

const renderTab = () =>
  render(
    <FluentProvider theme={webLightTheme}>
      <SkeletonTab active />
    </FluentProvider>,
  );

afterEach(() => {
  localStorage.clear();
  setAspectSetChoice("zzsh-2026", null);
});

it("switches the 组织生活会 aspect set in the outline and remembers it for the next start", async () => {
  renderTab();
  await screen.findByText("已根据文档标题选择");
  const outline = screen.getByRole("list", { name: "骨架提纲" });
  expect(within(outline).getAllByText("政治纪律").length).toBeGreaterThan(0);
  fireEvent.click(screen.getByRole("combobox", { name: "查摆方面" }));
  fireEvent.click(await screen.findByRole("option", { name: "四个对照" }));
  expect(screen.getByRole("combobox", { name: "查摆方面" })).toHaveTextContent("四个对照");
  expect(within(outline).getAllByText("对照入党誓词").length).toBeGreaterThan(0);
  expect(within(outline).queryByText("政治纪律")).toBeNull();
  expect(JSON.parse(localStorage.getItem(aspectSetStorageKey())!)).toEqual({ "zzsh-2026": "sige-duizhao" });
  // A fresh start restores the choice.
  setAspectSetChoice("zzsh-2026", null);
  expect(getPreset("zzsh-2026/zhibu")!.aspectSetId).toBe("liuda-jilv");
  installStoredPresets();
  expect(getPreset("zzsh-2026/zhibu")!.aspectSetId).toBe("sige-duizhao");
});

it("has no 查摆方面 choice for a theme without sets", async () => {
  setAspectSetChoice("zzsh-2026", null);
  const { rerender } = renderTab();
  await screen.findByText("已根据文档标题选择");
  fireEvent.click(screen.getByRole("combobox", { name: "年度主题" }));
  fireEvent.click(await screen.findByRole("option", { name: /2025年度组织生活会/ }));
  rerender(
    <FluentProvider theme={webLightTheme}>
      <SkeletonTab active />
    </FluentProvider>,
  );
  expect(screen.queryByRole("combobox", { name: "查摆方面" })).toBeNull();
});
