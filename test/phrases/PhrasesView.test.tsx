/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { Phrase } from "../../src/core/phrases/types";
import { PhrasesView } from "../../src/taskpane/phrases/PhrasesView";
import { PhraseStore, type StorageLike } from "../../src/taskpane/storage";

// Original test sentences written for this suite.
const library: Phrase[] = [
  { id: "t-1", path: ["存在的问题", "理论学习"], text: "理论学习还停留在读原文、划重点上。", tags: [], voice: "个人" },
  { id: "t-2", path: ["整改措施", "理论学习"], text: "整改措施：每月集中学习不少于【次数】次。", tags: ["框架"], voice: "班子" },
  { id: "t-3", path: ["原因分析"], text: "思想上对自身要求有所放松，标准不够高。", tags: [], voice: "通用" },
  { id: "t-4", path: ["结束语"], text: "我们将以这次会议为新起点，抓好各项整改。", tags: [], voice: "班子" },
];

class Mem implements StorageLike {
  m = new Map<string, string>();
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, v);
  }
}

function setup(insert = jest.fn(async () => ({ syncs: 1 })), mem = new Mem()) {
  const store = new PhraseStore({ storage: mem, prefix: "" });
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <PhrasesView library={library} insert={insert} store={store} />
    </FluentProvider>,
  );
  return { ...utils, insert, mem, box: screen.getByRole("searchbox") };
}

const count = () => screen.getByTestId("phrase-count").textContent;
const options = () => within(screen.getByRole("listbox")).queryAllByRole("option");
const optionIds = () => options().map((o) => o.getAttribute("data-phrase-id"));

describe("PhrasesView", () => {
  it("shows the whole library with its count", () => {
    setup();
    expect(count()).toBe("共 4 条");
    expect(optionIds()).toEqual(["t-1", "t-2", "t-3", "t-4"]);
    expect(screen.getByRole("listbox")).toBeInTheDocument();
    for (const o of options()) expect(o).toHaveAttribute("aria-label");
  });

  it("typing filters the list and updates 共 N 条; highlights the match", () => {
    const { box } = setup();
    fireEvent.change(box, { target: { value: "llxx" } });
    expect(count()).toBe("共 1 条");
    expect(optionIds()[0]).toBe("t-1");
    const first = options()[0];
    expect(first.querySelector("mark")?.textContent).toBe("理论学习");
    fireEvent.change(box, { target: { value: "思想" } });
    expect(count()).toBe("共 1 条");
    fireEvent.change(box, { target: { value: "不存在的内容" } });
    expect(count()).toBe("共 0 条");
  });

  it("filters by voice and section", () => {
    setup();
    fireEvent.change(screen.getByLabelText("口吻"), { target: { value: "班子" } });
    expect(optionIds()).toEqual(["t-2", "t-3", "t-4"]);
    fireEvent.change(screen.getByLabelText("分类"), { target: { value: "结束语" } });
    expect(optionIds()).toEqual(["t-4"]);
  });

  it("Enter in the search box inserts the first result; arrows move through the list", async () => {
    const { box, insert } = setup();
    fireEvent.change(box, { target: { value: "llxx" } });
    fireEvent.keyDown(box, { key: "Enter" });
    await waitFor(() => expect(insert).toHaveBeenCalledWith(library[0].text));
    fireEvent.change(box, { target: { value: "" } });
    fireEvent.keyDown(box, { key: "ArrowDown" });
    const opts = options();
    expect(document.activeElement).toBe(opts[0]);
    fireEvent.keyDown(opts[0], { key: "ArrowDown" });
    expect(document.activeElement).toBe(opts[1]);
    expect(opts[1]).toHaveAttribute("aria-selected", "true");
    fireEvent.keyDown(opts[1], { key: "Enter" });
    await waitFor(() => expect(insert).toHaveBeenLastCalledWith(library[1].text));
    fireEvent.keyDown(opts[1], { key: "Escape" });
    expect(document.activeElement).toBe(box);
  });

  it("shows the insert error in Chinese", async () => {
    const insert = jest.fn(async () => {
      throw new Error("文档处于只读或受保护状态，无法插入。");
    });
    setup(insert);
    fireEvent.doubleClick(options()[0]);
    expect(await screen.findByText("文档处于只读或受保护状态，无法插入。")).toBeInTheDocument();
  });

  it("records recent use and favourites, persisted in storage", async () => {
    const mem = new Mem();
    const { unmount } = setup(undefined, mem);
    fireEvent.doubleClick(options()[2]);
    fireEvent.click(screen.getAllByRole("button", { name: "收藏" })[3]);
    await waitFor(() => expect(mem.m.get("duizhao.recent.v1")).toContain("t-3"));
    unmount();
    setup(undefined, mem);
    fireEvent.change(screen.getByLabelText("范围"), { target: { value: "recent" } });
    expect(optionIds()).toEqual(["t-3"]);
    fireEvent.change(screen.getByLabelText("范围"), { target: { value: "fav" } });
    expect(optionIds()).toEqual(["t-4"]);
  });

  it("adds, edits and deletes own phrases", async () => {
    const mem = new Mem();
    setup(undefined, mem);
    fireEvent.click(screen.getByRole("button", { name: "新增" }));
    const dlg = await screen.findByRole("dialog");
    fireEvent.change(within(dlg).getByRole("textbox", { name: /文字/ }), { target: { value: "这是我自己写的一句<b>话</b>。" } });
    fireEvent.change(within(dlg).getByRole("combobox", { name: /分类/ }), { target: { value: "自用" } });
    fireEvent.click(within(dlg).getByRole("button", { name: "保存" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(count()).toBe("共 5 条");
    // Markup stays text.
    expect(screen.getByText("这是我自己写的一句<b>话</b>。")).toBeInTheDocument();
    expect(document.querySelector("[role=listbox] b")).toBeNull();
    fireEvent.change(screen.getByLabelText("范围"), { target: { value: "mine" } });
    expect(count()).toBe("共 1 条");
    expect(mem.m.get("duizhao.phrases.v1")).toContain("自用");

    fireEvent.click(screen.getByRole("button", { name: "编辑" }));
    const dlg2 = await screen.findByRole("dialog", { hidden: true });
    fireEvent.change(within(dlg2).getByRole("textbox", { name: /文字/, hidden: true }), { target: { value: "改过之后的句子。" } });
    fireEvent.click(within(dlg2).getByRole("button", { name: "保存", hidden: true }));
    await waitFor(() => expect(screen.getByText("改过之后的句子。")).toBeInTheDocument());

    fireEvent.click(screen.getByRole("button", { name: "删除" }));
    const dlg3 = await screen.findByRole("dialog", { hidden: true });
    fireEvent.click(within(dlg3).getByRole("button", { name: "删除", hidden: true }));
    await waitFor(() => expect(count()).toBe("共 0 条"));
    expect(mem.m.get("duizhao.phrases.v1")).not.toContain("改过之后");
  });

  it("refuses to save an own phrase that differs from an existing one only in whitespace (the import rule)", async () => {
    const mem = new Mem();
    setup(undefined, mem);
    const add = async (text: string) => {
      fireEvent.click(screen.getByRole("button", { name: "新增" }));
      // hidden: true as in the edit test above: the modal can be aria-hidden for a moment while it
      // opens under load. Each dialog is waited out completely so the next lookup finds the new one.
      const dlg = await screen.findByRole("dialog", { hidden: true });
      fireEvent.change(within(dlg).getByRole("textbox", { name: /文字/, hidden: true }), { target: { value: text } });
      fireEvent.click(within(dlg).getByRole("button", { name: "保存", hidden: true }));
      await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).not.toBeInTheDocument());
    };
    await add("自己写的 一句 提醒。");
    expect(count()).toBe("共 5 条");
    await add("  自己写的   一句\t提醒。\n");
    expect(screen.getByText("已有相同文字的常用语，未重复保存。")).toBeInTheDocument();
    expect(count()).toBe("共 5 条");
    expect(mem.m.get("duizhao.phrases.v1")).not.toContain("\\t");
    // The message can be dismissed from the keyboard (a real button).
    fireEvent.click(screen.getByRole("button", { name: "关闭提示" }));
    expect(screen.queryByText("已有相同文字的常用语，未重复保存。")).toBeNull();
  });

  it("describes the keyboard use of the list to screen readers", () => {
    setup();
    const help = document.getElementById(screen.getByRole("listbox").getAttribute("aria-describedby") ?? "");
    expect(help?.textContent).toMatch(/Enter.*插入.*收藏/);
    expect(screen.getByRole("searchbox").getAttribute("aria-describedby")).toBe(help?.id);
  });

  async function importFile(content: string) {
    const input = screen.getByTestId("phrase-import-input") as HTMLInputElement;
    const file = new File([content], "x.json", { type: "application/json" });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
  }

  it("import error shows the Chinese message and leaves the list unchanged", async () => {
    const mem = new Mem();
    setup(undefined, mem);
    await importFile("{ broken");
    expect(await screen.findByText(/文件不是有效的 JSON/)).toBeInTheDocument();
    expect(count()).toBe("共 4 条");
    await importFile(JSON.stringify([{ text: "可以的一句。" }, { text: "x".repeat(501) }]));
    expect(await screen.findByText(/第 2 条文字过长（超过 500 字）/)).toBeInTheDocument();
    expect(count()).toBe("共 4 条");
    expect(mem.m.get("duizhao.phrases.v1")).toBeUndefined();
  });

  it("imports a valid file and merges duplicates", async () => {
    setup();
    await importFile(JSON.stringify([{ text: "导入的第一句话。", category: "导入" }, { text: library[0].text }]));
    expect(await screen.findByText("已导入 1 条，合并重复 1 条。")).toBeInTheDocument();
    expect(count()).toBe("共 5 条");
  });
});
