/** @jest-environment jsdom */
/**
 * 常用语 behaviours (issue 10): single click selects, Enter / double-click / 插入 insert exactly once,
 * the list does not reorder under the pointer after an insertion, about 30 rows are rendered at a
 * time, a plain text list (one phrase a line) imports, and the default order follows the 年度.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { Phrase } from "../../src/core/phrases/types";
import { orderByYear } from "../../src/core/phrases/yearOrder";
import { parseImport, PLAIN_TEXT_CATEGORY } from "../../src/core/phrases/importExport";
import { libraryPhrases } from "../../src/core/phrases/library";
import { PhrasesView } from "../../src/taskpane/phrases/PhrasesView";
import { PhraseStore, type StorageLike } from "../../src/taskpane/storage";

class Mem implements StorageLike {
  m = new Map<string, string>();
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, v);
  }
}

// Original test sentences, numbered so that each is distinct.
const NUMS = "一二三四五六七八九十";
const many: Phrase[] = Array.from({ length: 80 }, (_, i) => ({
  id: `b-${i + 1}`,
  path: ["存在的问题"],
  text: `第${NUMS[Math.floor(i / 10) % 10]}组第${NUMS[i % 10]}句测试用的问题表述。`,
  tags: [],
  voice: "通用" as const,
}));

function setup(library: Phrase[] = many) {
  const insert = jest.fn(async () => ({ syncs: 1 }));
  const store = new PhraseStore({ storage: new Mem(), prefix: "" });
  render(
    <FluentProvider theme={webLightTheme}>
      <PhrasesView library={library} insert={insert} store={store} />
    </FluentProvider>,
  );
  return insert;
}

const options = () => within(screen.getByRole("listbox")).queryAllByRole("option");
const ids = () => options().map((o) => o.getAttribute("data-phrase-id"));

it("renders about 30 rows at a time, more on 显示更多", () => {
  setup();
  expect(options()).toHaveLength(30);
  fireEvent.click(screen.getByRole("button", { name: /显示更多（还有 50 条）/ }));
  expect(options()).toHaveLength(60);
});

it("a single click selects without inserting; double-click, Enter and 插入 each insert exactly once", async () => {
  const insert = setup();
  const insertButton = screen.getByRole("button", { name: "插入" });
  expect(insertButton).toBeDisabled();
  fireEvent.click(options()[1]);
  expect(insert).not.toHaveBeenCalled();
  expect(options()[1]).toHaveAttribute("aria-selected", "true");
  expect(insertButton).toBeEnabled();
  fireEvent.click(insertButton);
  await waitFor(() => expect(insert).toHaveBeenCalledTimes(1));
  expect(insert).toHaveBeenLastCalledWith(many[1].text);
  // A double-click is click, click, dblclick: one insertion.
  fireEvent.click(options()[2]);
  fireEvent.click(options()[2]);
  fireEvent.doubleClick(options()[2]);
  await waitFor(() => expect(insert).toHaveBeenCalledTimes(2));
  expect(insert).toHaveBeenLastCalledWith(many[2].text);
  fireEvent.keyDown(options()[3], { key: "Enter" });
  await waitFor(() => expect(insert).toHaveBeenCalledTimes(3));
  expect(insert).toHaveBeenLastCalledWith(many[3].text);
});

it("a second Enter while the first insertion is still running is ignored", async () => {
  let release: () => void = () => {};
  const insert = jest.fn(() => new Promise((r) => (release = () => r({ syncs: 1 }))));
  const store = new PhraseStore({ storage: new Mem(), prefix: "" });
  render(
    <FluentProvider theme={webLightTheme}>
      <PhrasesView library={many} insert={insert} store={store} />
    </FluentProvider>,
  );
  fireEvent.keyDown(options()[0], { key: "Enter" });
  fireEvent.keyDown(options()[0], { key: "Enter" });
  await act(async () => release());
  expect(insert).toHaveBeenCalledTimes(1);
});

it("the list does not reorder under the pointer after an insertion (recent use re-ranks only on the next search)", async () => {
  const insert = setup();
  const before = ids();
  fireEvent.doubleClick(options()[25]);
  await waitFor(() => expect(insert).toHaveBeenCalledTimes(1));
  await screen.findByText(/已插入：/);
  expect(ids()).toEqual(before);
});

it("imports a plain text list, one phrase a line", () => {
  const r = parseImport("\ufeff第一条自己写的常用语句子。\r\n\r\n  第二条自己写的常用语句子。\n", [], []);
  expect(r.ok).toBe(true);
  expect(r.phrases.map((p) => [p.text, p.path[1]])).toEqual([
    ["第一条自己写的常用语句子。", PLAIN_TEXT_CATEGORY],
    ["第二条自己写的常用语句子。", PLAIN_TEXT_CATEGORY],
  ]);
  // JSON that is broken is still reported as JSON.
  expect(parseImport("{ broken", []).ok).toBe(false);
});

it("orders the default list by 年度: that year first, then the previous, then undated, then older", () => {
  const lib = libraryPhrases();
  const ordered = orderByYear(lib, 2026);
  expect(ordered).toHaveLength(lib.length);
  const firstYear = (p: Phrase) => p.tags.map((t) => /^(20\d{2})/.exec(t)?.[1]).find(Boolean);
  expect(firstYear(ordered[0])).toBe("2026");
  const i2025 = ordered.findIndex((p) => firstYear(p) === "2025");
  const i2021 = ordered.findIndex((p) => firstYear(p) === "2021");
  const lastDated2026 = ordered.map(firstYear).lastIndexOf("2026");
  expect(lastDated2026).toBeLessThan(i2025);
  expect(i2025).toBeLessThan(i2021);
});

it("the add dialog offers 部分, 方面 and 口吻 as choices and keeps them", async () => {
  const mem = new Mem();
  const store = new PhraseStore({ storage: mem, prefix: "" });
  const lib: Phrase[] = [
    { id: "t-1", path: ["存在的问题", "理论学习"], text: "理论学习还停留在读原文、划重点上。", tags: [], voice: "个人" },
    { id: "t-2", path: ["整改措施", "理论学习"], text: "整改措施：每月集中学习不少于【次数】次。", tags: ["框架"], voice: "班子" },
  ];
  render(
    <FluentProvider theme={webLightTheme}>
      <PhrasesView library={lib} insert={jest.fn(async () => ({ syncs: 1 }))} store={store} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: "新增" }));
  const dlg = await screen.findByRole("dialog");
  fireEvent.change(within(dlg).getByRole("textbox", { name: /文字/ }), { target: { value: "我在理论学习上还存在浅尝辄止的问题。" } });
  const aspectSel = within(dlg).getByRole("combobox", { name: "方面" });
  expect(aspectSel).toBeDisabled();
  fireEvent.change(within(dlg).getByRole("combobox", { name: "部分" }), { target: { value: "存在的问题" } });
  expect(within(aspectSel).getAllByRole("option").map((o) => o.textContent)).toEqual(["不限", "理论学习"]);
  fireEvent.change(aspectSel, { target: { value: "理论学习" } });
  fireEvent.change(within(dlg).getByRole("combobox", { name: "口吻" }), { target: { value: "个人" } });
  fireEvent.click(within(dlg).getByRole("button", { name: "保存" }));
  await screen.findByText("已添加到我的常用语。");
  const saved = JSON.parse(mem.m.get("duizhao.phrases.v1")!);
  const mine = (Array.isArray(saved) ? saved : saved.phrases).find((p: Phrase) => p.text.startsWith("我在理论学习上"));
  expect(mine).toMatchObject({ voice: "个人", tags: ["存在的问题", "理论学习"] });
});
