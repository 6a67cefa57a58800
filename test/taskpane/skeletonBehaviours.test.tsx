/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";

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
jest.mock("../../src/office/format", () => ({
  applyOfficialFormat: jest.fn(async () => ({ paragraphs: 30, byRole: { title: 1, h1: 4, h2: 10, h3: 0, body: 15 }, margins: true, eastAsianFontSlot: "eastAsia", syncs: 2 })),
}));
jest.mock("../../src/taskpane/fonts", () => ({ missingFonts: jest.fn(() => ["方正小标宋简体"]) }));
jest.mock("../../src/office/navigate", () => ({
  fingerprint: (t: string) => t,
  selectParagraph: jest.fn(async () => ({ ok: true, stale: false, syncs: 2 })),
}));

import { SkeletonTab } from "../../src/taskpane/tabs/SkeletonTab";
import { insertSkeletonAtCursor } from "../../src/office/skeleton";
import { selectParagraph } from "../../src/office/navigate";
import { DuplicateError, NESTED_CODE, UserError } from "../../src/office/errors";

const insertMock = insertSkeletonAtCursor as jest.Mock;

function renderTab() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SkeletonTab active />
    </FluentProvider>,
  );
}

beforeEach(() => insertMock.mockClear());

it("a second 插入骨架 inside a placeholder is refused with 插入到文档末尾, which inserts exactly once at the end", async () => {
  insertMock.mockRejectedValueOnce(new UserError("光标在已插入骨架的待填写处中……", NESTED_CODE));
  renderTab();
  await screen.findByText("已根据文档标题选择");
  fireEvent.click(screen.getByRole("button", { name: "插入骨架" }));
  fireEvent.click(await screen.findByRole("button", { name: "插入到文档末尾" }));
  await screen.findByText(/已插入骨架（在文档末尾），共 12 段/);
  expect(insertMock).toHaveBeenCalledTimes(2);
  expect(insertMock.mock.calls[1][1]).toMatchObject({ atEnd: true });
});

it("a section the document has: says where, 跳转到该处 selects it, 仍然插入 inserts without the check", async () => {
  insertMock.mockRejectedValueOnce(new DuplicateError("文档中已有“原因分析”部分（第 5 段“二、原因分析”），未重复插入。", 4, "二、原因分析"));
  renderTab();
  await screen.findByText("已根据文档标题选择");
  fireEvent.click(screen.getByRole("button", { name: /插入“原因分析”/ }));
  await screen.findByText(/文档中已有“原因分析”部分/);
  expect(insertMock.mock.calls[0][1].existing).toEqual(expect.any(Function));
  fireEvent.click(screen.getByRole("button", { name: "跳转到该处" }));
  await screen.findByText("已跳转到已有的内容。");
  expect(selectParagraph).toHaveBeenCalledWith({ index: 4, id: undefined, fingerprint: "二、原因分析" });

  insertMock.mockRejectedValueOnce(new DuplicateError("文档中已有“原因分析”部分（第 5 段“二、原因分析”），未重复插入。", 4, "二、原因分析"));
  fireEvent.click(screen.getByRole("button", { name: /插入“原因分析”/ }));
  fireEvent.click(await screen.findByRole("button", { name: "仍然插入" }));
  await screen.findByText(/已插入“原因分析”，共 12 段/);
  expect(insertMock.mock.calls.at(-1)![1].existing).toBeUndefined();
});

it("changing 材料类型 keeps the year and says 已根据… only while it is true", async () => {
  renderTab();
  await screen.findByText("已根据文档标题选择");
  const theme = () => screen.getByRole("combobox", { name: "年度主题" });
  expect(theme()).toHaveTextContent("2026年度民主生活会");
  fireEvent.click(screen.getByRole("combobox", { name: "材料类型" }));
  fireEvent.click(await screen.findByRole("option", { name: "党支部" }));
  expect(theme()).toHaveTextContent("2026年度组织生活会");
  expect(screen.queryByText("已根据文档标题选择")).toBeNull();
  fireEvent.click(screen.getByRole("combobox", { name: "材料类型" }));
  fireEvent.click(await screen.findByRole("option", { name: "个人" }));
  expect(theme()).toHaveTextContent("2026年度民主生活会");
  fireEvent.click(screen.getByRole("combobox", { name: "材料类型" }));
  fireEvent.click(await screen.findByRole("option", { name: "班子" }));
  expect(theme()).toHaveTextContent("2026年度民主生活会");
  expect(screen.getByText("已根据文档标题选择")).toBeInTheDocument();
});

it("套用公文格式 shows its short result right under its own button, with what changed and missing fonts", async () => {
  renderTab();
  await screen.findByText("已根据文档标题选择");
  fireEvent.click(screen.getByRole("button", { name: "套用公文格式" }));
  const msg = await screen.findByText(/已排版 30 段/);
  expect(msg).toHaveTextContent("本机未安装：方正小标宋简体");
  // The message sits in the 套用公文格式 block, after its button (not at the top of the pane).
  const button = screen.getByRole("button", { name: "套用公文格式" });
  const block = button.closest("div")!.parentElement!;
  expect(within(block).getByText(/已排版 30 段/)).toBe(msg);
  expect(button.compareDocumentPosition(msg) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
});
