// 常用语 tab in the playground (simulated Word host beside the real task pane): search, keyboard-only
// insertion at the cursor, highlight, filters and 「共 N 条」, favourites / 最近使用 / 我的常用语 across
// a reload, import validation through the file picker, and markup treated as text everywhere.

const panel = (page) => page.locator("#panel-phrases");
const options = (page) => panel(page).getByRole("listbox", { name: "常用语" }).getByRole("option");
const countOf = async (page) => Number((await panel(page).getByTestId("phrase-count").innerText()).match(/共 (\d+) 条/)[1]);
const messageBar = (page) => panel(page).locator(".fui-MessageBar");
/** The phrase text of an option (its aria-label is "<text>（<path>…）"). */
const optionText = async (opt) => (await opt.getAttribute("aria-label")).replace(/（[^（]*）$/, "");

async function openPhrases(page, helpers) {
  await helpers.openPlayground();
  await page.getByRole("tab", { name: "常用语" }).click();
  const box = panel(page).getByRole("searchbox");
  await box.waitFor({ state: "visible" });
  return box;
}

/** Sets the cursor in body paragraph i at `offset`; returns that paragraph's text. */
async function cursorAt(page, i, offset) {
  return page.evaluate(
    ([i, offset]) => {
      window.duizhaoDemo.setCursor(i, offset);
      window.duizhaoDemo.resetSyncCount();
      return window.duizhaoDemo.paragraphs()[i].text;
    },
    [i, offset],
  );
}

async function paragraphText(page, i) {
  return page.evaluate((i) => window.duizhaoDemo.paragraphs()[i].text, i);
}

async function waitForParagraph(page, i, expected) {
  await page.waitForFunction(([i, t]) => window.duizhaoDemo.paragraphs()[i].text === t, [i, expected]);
}

/** Picks a file through the hidden file input (what the 导入 button opens). */
async function importFile(page, name, content) {
  await panel(page)
    .getByTestId("phrase-import-input")
    .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(content, "utf8") });
}

async function stored(page) {
  return page.evaluate(() => {
    const o = {};
    for (let i = 0; i < window.localStorage.length; i++) {
      const k = window.localStorage.key(i);
      if (k.includes("duizhao.")) o[k] = window.localStorage.getItem(k);
    }
    return o;
  });
}

export default [
  {
    name: "llxx：第一条含理论学习并高亮，Enter 插入到模拟文档光标处（≤2 次 sync）",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      const box = await openPhrases(page, helpers);
      const before = await cursorAt(page, 1, 2);
      await box.fill("llxx");
      const first = options(page).first();
      await first.waitFor();
      assert.ok((await first.innerText()).includes("理论学习"), await first.innerText());
      assert.ok(await first.getAttribute("data-phrase-id"));
      assert.equal(await first.locator("mark").first().innerText(), "理论学习");
      const n = await countOf(page);
      assert.ok(n > 0 && n < 600, `共 ${n} 条`);
      const text = await optionText(first);
      await box.press("Enter");
      await waitForParagraph(page, 1, before.slice(0, 2) + text + before.slice(2));
      const syncs = await page.evaluate(() => window.duizhaoDemo.syncCount());
      assert.ok(syncs <= 2, `sync 次数 ${syncs}`);
      const sel = await page.evaluate(() => window.duizhaoDemo.selection());
      assert.deepEqual([sel.paragraphIndex, sel.start, sel.end], [1, 2 + text.length, 2 + text.length], "光标应在插入的文字之后");
    },
  },
  {
    name: "只用键盘：切到常用语即聚焦搜索框，↓↓ 可见焦点，Enter 插入第二条，Esc 回到搜索框并清空",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await openPhrases(page, helpers);
      // The search box has focus as soon as the tab is shown.
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("role")), "searchbox");
      const before = await cursorAt(page, 2, 0);
      await page.keyboard.type("zgcs");
      await options(page).first().waitFor();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      const second = options(page).nth(1);
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("data-phrase-id")), await second.getAttribute("data-phrase-id"));
      assert.equal(await second.getAttribute("aria-selected"), "true");
      const outline = await second.evaluate((el) => window.getComputedStyle(el).outlineStyle);
      assert.notEqual(outline, "none", "键盘焦点应可见");
      const text = await optionText(second);
      await page.keyboard.press("Enter");
      await waitForParagraph(page, 2, text + before);
      // ↑ from the first option returns to the search box; Escape there clears the query.
      await page.keyboard.press("Home");
      await page.keyboard.press("ArrowUp");
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("role")), "searchbox");
      await page.keyboard.press("Escape");
      assert.equal(await panel(page).getByRole("searchbox").inputValue(), "");
      assert.ok((await countOf(page)) >= 600);
    },
  },
  {
    name: "读屏标签：搜索框、列表、选项、筛选和按钮都有中文名称",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await openPhrases(page, helpers);
      const p = panel(page);
      assert.match(await p.getByRole("searchbox").getAttribute("aria-label"), /搜索常用语/);
      for (const name of ["范围", "口吻", "分类", "方面"]) assert.equal(await p.getByRole("combobox", { name }).count(), 1, name);
      for (const name of ["新增", "导出我的常用语", "导入常用语文件"]) assert.equal(await p.getByRole("button", { name }).count(), 1, name);
      const label = await options(page).first().getAttribute("aria-label");
      assert.match(label, /（导语/);
      assert.ok((await p.getByRole("button", { name: "收藏" }).count()) > 0);
      assert.equal(await p.getByTestId("phrase-count").getAttribute("role"), "status");
    },
  },
  {
    name: "拼音高亮与筛选：zhengzhi 高亮政治，lilun 高亮理论；按部分 / 方面 / 口吻筛选，共 N 条随之变化",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      const box = await openPhrases(page, helpers);
      await box.fill("lilun");
      await options(page).first().waitFor();
      assert.equal(await options(page).first().locator("mark").first().innerText(), "理论");
      await box.fill("zhengzhi");
      await page.waitForFunction(() => document.querySelector("#panel-phrases [role=option] mark")?.textContent === "政治");
      await box.fill("");
      const all = await countOf(page);
      await panel(page).getByRole("combobox", { name: "分类" }).selectOption("存在的问题");
      const sec = await countOf(page);
      assert.ok(sec > 0 && sec < all, `${sec} / ${all}`);
      const paths = await options(page).evaluateAll((els) => els.slice(0, 30).map((e) => e.getAttribute("aria-label")));
      assert.ok(paths.every((l) => l.includes("（存在的问题")), paths.join("\n"));
      await panel(page).getByRole("combobox", { name: "方面" }).selectOption("理论学习");
      const asp = await countOf(page);
      assert.ok(asp > 0 && asp < sec, `${asp} / ${sec}`);
      await panel(page).getByRole("combobox", { name: "口吻" }).selectOption("班子");
      const banzi = await countOf(page);
      assert.ok(banzi > 0 && banzi <= asp);
      const texts = await options(page).evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
      assert.equal(texts.length, banzi);
      assert.ok(!texts.some((t) => /^我(?!们)/.test(t)), "班子口吻下不应出现以“我”开头的个人表述");
    },
  },
  {
    name: "收藏、最近使用、我的常用语：刷新页面后仍在",
    timeout: 120000,
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      const box = await openPhrases(page, helpers);
      await page.evaluate(() => window.localStorage.clear());
      await page.reload();
      await openPhrases(page, helpers);
      // Favourite the first 整改措施 phrase, insert the first 理论学习 phrase, add an own phrase.
      await box.fill("zgcs");
      const fav = options(page).first();
      await fav.waitFor();
      const favId = await fav.getAttribute("data-phrase-id");
      await panel(page).locator(`[data-phrase-id="${favId}"]`).locator("xpath=..").getByRole("button", { name: "收藏" }).click();
      await box.fill("llxx");
      await options(page).first().waitFor();
      const usedId = await options(page).first().getAttribute("data-phrase-id");
      await cursorAt(page, 1, 0);
      await box.press("Enter");
      await panel(page).getByText(/^已插入/).waitFor({ state: "attached" });
      await box.fill("");
      await panel(page).getByRole("button", { name: "新增" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("textbox").first().fill("本人在【时间】牵头完成的【事例】，群众反映【数据】。");
      await dialog.getByRole("combobox", { name: /分类/ }).fill("我的整改");
      await dialog.getByRole("button", { name: "保存" }).click();
      await messageBar(page).filter({ hasText: "已添加到我的常用语" }).waitFor();
      const keys = Object.keys(await stored(page));
      // The playground host has no partitionKey, so keys carry no prefix (unit tests cover the prefix).
      assert.ok(keys.includes("duizhao.phrases.v1") && keys.includes("duizhao.favorites.v1") && keys.includes("duizhao.recent.v1"), keys.join(","));

      await page.reload();
      await openPhrases(page, helpers);
      const scope = panel(page).getByRole("combobox", { name: "范围" });
      await scope.selectOption("fav");
      assert.deepEqual(await options(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-phrase-id"))), [favId]);
      assert.equal(await countOf(page), 1);
      await scope.selectOption("recent");
      assert.equal(await options(page).first().getAttribute("data-phrase-id"), usedId);
      await scope.selectOption("mine");
      assert.equal(await countOf(page), 1);
      assert.match(await options(page).first().innerText(), /本人在【时间】牵头完成的【事例】/);
      assert.match(await options(page).first().getAttribute("aria-label"), /我的常用语 \/ 我的整改/);
    },
  },
  {
    name: "导入校验：格式错误、结构不对、超过 2 MB、超过 1 万条、字段过长，均提示中文错误且常用语不变",
    // Several 2 MB files on a shared machine: a generous limit (every step waits for a state).
    timeout: 120000,
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await openPhrases(page, helpers);
      await page.evaluate(() => window.localStorage.clear());
      await page.reload();
      await openPhrases(page, helpers);
      await importFile(page, "ok.json", JSON.stringify({ format: "duizhao.phrases", version: 1, phrases: [{ category: "备用", text: "先有的一条自备短语，用来确认导入失败时它还在。" }] }));
      await messageBar(page).filter({ hasText: "已导入 1 条" }).waitFor();
      await panel(page).getByRole("combobox", { name: "范围" }).selectOption("mine");
      const snapshot = await stored(page);
      const cases = [
        ["broken.json", '{"phrases": [ {"text": "缺了结尾', /导入失败：文件不是有效的 JSON/],
        ["shape.json", JSON.stringify({ items: ["一条"] }), /导入失败：格式不正确/],
        ["notext.json", JSON.stringify({ phrases: [{ text: "正常的一条短语内容。" }, { category: "x" }] }), /第 2 条缺少 text/],
        ["big.json", JSON.stringify({ phrases: [{ text: "大".repeat(100) }], pad: "x".repeat(2 * 1024 * 1024) }), /超过 2 MB/],
        ["many.json", JSON.stringify(Array.from({ length: 10001 }, (_, i) => ({ text: `第${i}条` }))), /超过 10,000 条/],
        ["long.json", JSON.stringify([{ text: "长".repeat(501) }]), /文字过长/],
        ["longcat.json", JSON.stringify([{ text: "正常文字。", category: "类".repeat(31) }]), /分类名称过长/],
      ];
      for (const [name, content, expected] of cases) {
        await importFile(page, name, content);
        const bar = messageBar(page).filter({ hasText: expected });
        await bar.waitFor().catch(async () => {
          throw new Error(`${name}: 期望 ${expected}，实际：${await messageBar(page).allInnerTexts()}`);
        });
        assert.deepEqual(await stored(page), snapshot, `${name} 改动了已保存的数据`);
        assert.equal(await countOf(page), 1, name);
        await bar.click(); // dismiss, so the next message is a fresh one
      }
    },
  },
  {
    name: "导入合并重复；标记始终作为文字：显示为文字、插入为纯文本，不执行脚本",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      const dialogs = [];
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await openPhrases(page, helpers);
      await page.evaluate(() => window.localStorage.clear());
      await page.reload();
      const box = await openPhrases(page, helpers);
      const evil = '<img src=x onerror=alert(1)>请在【时间】前完成<b>整改</b>';
      const file = {
        format: "duizhao.phrases",
        version: 1,
        phrases: [
          { category: "测试<script>", text: evil },
          { category: "测试<script>", text: `  ${evil}  ` },
          { category: "其他", text: "一条普通的自备短语，内容完全是本测试编写的。" },
        ],
      };
      await importFile(page, "evil.json", JSON.stringify(file));
      await messageBar(page).filter({ hasText: "已导入 2 条，合并重复 1 条" }).waitFor();
      await panel(page).getByRole("combobox", { name: "范围" }).selectOption("mine");
      assert.equal(await countOf(page), 2);
      await box.fill("onerror");
      const opt = options(page).first();
      await opt.waitFor();
      assert.equal(await opt.locator("img, b, script").count(), 0, "标记不得被解释");
      assert.ok((await opt.innerText()).includes(evil), await opt.innerText());
      assert.equal(await panel(page).locator("img").count(), 0);
      const before = await cursorAt(page, 0, 0);
      await box.press("Enter");
      await waitForParagraph(page, 0, evil + before);
      assert.equal(await page.locator("img[src=x]").count(), 0);
      assert.deepEqual(dialogs, []);
    },
  },
  {
    name: "只读文档：插入给出中文提示，文档不变",
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      const box = await openPhrases(page, helpers);
      const before = await cursorAt(page, 1, 0);
      await page.evaluate(() => window.duizhaoDemo.setReadOnly("protected"));
      await box.fill("llxx");
      await options(page).first().waitFor();
      await box.press("Enter");
      await messageBar(page).filter({ hasText: /只读或受保护/ }).waitFor();
      assert.equal(await paragraphText(page, 1), before);
      await page.evaluate(() => window.duizhaoDemo.setReadOnly(true));
      await options(page).first().dblclick();
      await messageBar(page).filter({ hasText: /“编辑”模式/ }).waitFor();
      assert.equal(await paragraphText(page, 1), before);
    },
  },
];
