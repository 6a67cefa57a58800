// Issue 10 behaviours in the playground (real task pane beside the simulated Word host):
// 常用语 — single click selects, double-click inserts exactly once, the list keeps its order, ≤ 30
// rows rendered; 骨架 — a second 插入骨架 is refused inside the first one's placeholder and
// 插入到文档末尾 adds it after (2 syncs), the skeleton does not start with an empty paragraph.

const panel = (page, id) => page.locator(`#panel-${id}`);
const options = (page) => panel(page, "phrases").getByRole("listbox", { name: "常用语" }).getByRole("option");

export default [
  {
    name: "常用语：单击选中不插入，双击只插入一次，列表不跳动，最多先显示 30 条",
    timeout: 120000,
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await helpers.openPlayground();
      await page.evaluate(() => window.localStorage.clear());
      await helpers.openPlayground();
      await page.getByRole("tab", { name: "常用语" }).click();
      await options(page).first().waitFor();
      assert.ok((await options(page).count()) <= 30, `渲染 ${await options(page).count()} 条`);
      const before = await page.evaluate(() => {
        window.duizhaoDemo.setCursor(1, 0);
        return window.duizhaoDemo.paragraphs()[1].text;
      });
      const order = await options(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-phrase-id")));
      await options(page).nth(2).click();
      assert.equal(await options(page).nth(2).getAttribute("aria-selected"), "true");
      assert.equal(await page.evaluate(() => window.duizhaoDemo.paragraphs()[1].text), before, "单击不应插入");
      const label = await options(page).nth(3).getAttribute("aria-label");
      const text = label.replace(/（[^（]*）$/, "");
      await options(page).nth(3).dblclick();
      await panel(page, "phrases").getByText(/^已插入/).waitFor({ state: "attached" });
      const after = await page.evaluate(() => window.duizhaoDemo.paragraphs()[1].text);
      assert.equal(after.split(text).length - 1, 1, "应恰好插入一次");
      assert.deepEqual(await options(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-phrase-id"))), order, "插入后列表顺序不变");
    },
  },
  {
    name: "骨架：连点两次插入骨架不嵌套，可插入到文档末尾；骨架不以空段开头",
    timeout: 120000,
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await helpers.openPlayground();
      await page.evaluate(() => window.duizhaoDemo.clear());
      await page.getByRole("button", { name: "插入骨架" }).click();
      await page.locator(".fui-MessageBar", { hasText: "已插入骨架" }).waitFor();
      const first = await page.evaluate(() => window.duizhaoDemo.paragraphs().map((p) => p.text));
      assert.notEqual(first[0], "", "第一段不应为空");
      await page.evaluate(() => window.duizhaoDemo.resetSyncCount());
      await page.getByRole("button", { name: "插入骨架" }).click();
      await page.getByRole("button", { name: "插入到文档末尾" }).waitFor();
      assert.deepEqual(await page.evaluate(() => window.duizhaoDemo.paragraphs().map((p) => p.text)), first, "拒绝时文档不变");
      assert.equal(await page.evaluate(() => window.duizhaoDemo.syncCount()), 1);
      await page.evaluate(() => window.duizhaoDemo.resetSyncCount());
      await page.getByRole("button", { name: "插入到文档末尾" }).click();
      await page.locator(".fui-MessageBar", { hasText: "已插入骨架（在文档末尾）" }).waitFor();
      assert.equal(await page.evaluate(() => window.duizhaoDemo.syncCount()), 2);
      const both = await page.evaluate(() => window.duizhaoDemo.paragraphs().map((p) => p.text));
      assert.deepEqual(both.slice(0, first.length), first, "第一次插入的内容不变");
      assert.ok(both.length > first.length);
    },
  },
];
