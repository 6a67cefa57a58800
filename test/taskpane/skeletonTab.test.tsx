/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";

jest.mock("../../src/office/read", () => ({
  readDocument: jest.fn(async () => ({
    model: { paragraphs: [{ index: 0, text: "青禾县某局领导班子2021年度党史学习教育专题民主生活会对照检查材料", styleName: "", headingLevel: null, listString: "", inTable: false }] },
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
import { insertSkeletonAtCursor, undoLastInsertion } from "../../src/office/skeleton";

function renderTab() {
  return render(
    <FluentProvider theme={webLightTheme}>
      <SkeletonTab active />
    </FluentProvider>,
  );
}

describe("骨架 tab", () => {
  it("pre-selects the preset from the document title and marks unverified wording", async () => {
    renderTab();
    await screen.findByText("已根据文档标题选择");
    expect(screen.getByRole("combobox", { name: "年度主题" })).toHaveTextContent("2021年度党史学习教育专题民主生活会");
    expect(screen.getByTestId("unverified-badge")).toHaveTextContent("未核实");
  });

  it("inserts the whole skeleton, reports it, and enables 撤销插入", async () => {
    renderTab();
    await screen.findByText("已根据文档标题选择");
    const undo = screen.getByRole("button", { name: "撤销插入" });
    expect(undo).toBeDisabled();
    fireEvent.click(screen.getByRole("button", { name: "插入骨架" }));
    await screen.findByText(/已插入骨架，共 12 段/);
    expect(insertSkeletonAtCursor).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByRole("button", { name: "撤销插入" })).toBeEnabled());
    fireEvent.click(screen.getByRole("button", { name: "撤销插入" }));
    await screen.findByText("已撤销上次插入的内容。");
    expect(undoLastInsertion).toHaveBeenCalledTimes(1);
  });

  it("offers single sections and aspects, e.g. only 原因分析", async () => {
    renderTab();
    await screen.findByText("已根据文档标题选择");
    expect(screen.getByRole("button", { name: /插入“.*原因分析”/ })).toBeInTheDocument();
    expect(screen.getAllByRole("button", { name: /^插入“.*”（.*存在的问题）$/ })).toHaveLength(5);
  });

  it("shows an insertion error in Chinese", async () => {
    (insertSkeletonAtCursor as jest.Mock).mockRejectedValueOnce(new Error("请把光标放在正文中再插入（当前位于页眉、页脚、脚注或文本框中）。"));
    renderTab();
    await screen.findByText("已根据文档标题选择");
    fireEvent.click(screen.getByRole("button", { name: "插入骨架" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("请把光标放在正文中");
  });
});
