// Pane behaviours of issues 9 and 10 in the Word playground (real task pane beside the simulated
// host): the document view scrolls to what 插入骨架 inserted; 检查 results are marked stale when the
// document changes, and 重新检查 clears the notice and the jump highlight.

/** Whether body paragraph i is rendered inside the visible part of the page's scroll container. */
function paragraphVisible(i) {
  const el = document.querySelector(`[data-testid="document"] .para[data-index="${i}"]`);
  if (!el) return false;
  const wrap = el.closest(".page-wrap");
  const a = el.getBoundingClientRect();
  const b = wrap.getBoundingClientRect();
  return a.bottom > b.top && a.top < b.bottom;
}

const tests = [
  {
    name: "插入骨架、常用语后文档视图滚动到插入处",
    timeout: 120000,
    fn: async ({ page, helpers }) => {
      const { assert } = helpers;
      await helpers.openPlayground();
      // A long plain document (no title): the cursor near its end, the view at its top.
      const n = 300;
      await page.evaluate((n) => {
        const lines = Array.from({ length: n }, (_, i) => `第${i + 1}段测试正文，用于检验插入后的滚动。`);
        window.duizhaoDemo.loadText(lines.join("\n"));
      }, n);
      await page.locator(`[data-testid="document"] .para[data-index="${n - 1}"]`).waitFor({ state: "attached" });
      await page.evaluate((n) => {
        window.duizhaoDemo.setCursor(n - 20, 0);
        document.querySelector(".page-wrap").scrollTop = 0;
      }, n);
      assert.equal(await page.evaluate(paragraphVisible, n - 19), false, "插入前插入处不在视图内");
      await page.getByRole("button", { name: "插入骨架" }).click();
      await page.locator(".fui-MessageBar", { hasText: "已插入骨架" }).waitFor();
      const selected = await page.evaluate(() => window.duizhaoDemo.lastSelectedByAddin());
      assert.ok(selected > n - 20, `加载项选中了插入的段落（第 ${selected} 段）`);
      await page.waitForFunction(paragraphVisible, selected);

      // A phrase inserted at the end of the document: the view follows too.
      const last = await page.evaluate(() => {
        const i = window.duizhaoDemo.paragraphs().length - 1;
        window.duizhaoDemo.setCursor(i, 0);
        document.querySelector(".page-wrap").scrollTop = 0;
        return i;
      });
      assert.equal(await page.evaluate(paragraphVisible, last), false, "插入前末段不在视图内");
      await page.getByRole("tab", { name: "常用语" }).click();
      const option = page.locator("#panel-phrases").getByRole("listbox", { name: "常用语" }).getByRole("option").first();
      await option.dblclick();
      await page.locator("#panel-phrases").getByText(/^已插入/).waitFor({ state: "attached" });
      await page.waitForFunction(paragraphVisible, last);
    },
  },
];

const checkPanel = (page) => page.locator("#panel-check");

/** Clicks 开始检查 / 重新检查 and waits until the result is shown and the button is enabled again. */
async function runCheck(page) {
  await checkPanel(page).locator('button[data-action="check"]').click();
  await checkPanel(page).locator('[data-testid="check-result"]').waitFor();
  await page.waitForFunction(() => {
    const b = document.querySelector('#panel-check button[data-action="check"]');
    return b && !b.disabled && b.getAttribute("aria-disabled") !== "true";
  });
}

tests.push({
  name: "检查后编辑文档：提示结果可能已过期，结果仍可定位；重新检查后提示消失、定位高亮清除",
  timeout: 150000,
  fn: async ({ page, helpers }) => {
    const { assert } = helpers;
    await helpers.openPlayground();
    await page.evaluate(() => window.duizhaoDemo.loadExample());
    await page.getByRole("tab", { name: "检查" }).click();
    await runCheck(page);
    const stale = checkPanel(page).getByTestId("stale-notice");
    assert.equal(await stale.count(), 0, "刚检查完不应提示过期");

    // 定位 leaves a temporary highlight.
    await checkPanel(page).getByRole("button", { name: /^定位/ }).first().click();
    await page.waitForFunction(() => window.duizhaoDemo.highlighted().length > 0);

    // The user types in the document.
    const target = page.locator('[data-testid="document"] .para[data-index="1"]');
    await target.click();
    await page.keyboard.type("补充一句。");
    await stale.waitFor();
    assert.match(await stale.innerText(), /结果可能已过期，请重新检查/);
    // The results are still there and still navigate.
    assert.equal(await checkPanel(page).locator('[data-testid="check-result"]').getAttribute("data-stale"), "true");
    await checkPanel(page).getByRole("button", { name: /^定位/ }).first().click();
    await page.waitForFunction(() => window.duizhaoDemo.highlighted().length > 0);

    await stale.getByRole("button", { name: "重新检查" }).click();
    await stale.waitFor({ state: "detached" });
    await page.waitForFunction(() => {
      const b = document.querySelector('#panel-check button[data-action="check"]');
      return b && b.getAttribute("aria-disabled") !== "true" && !document.querySelector('#panel-check [data-testid="check-result"][data-stale]');
    });
    await page.waitForFunction(() => window.duizhaoDemo.highlighted().length === 0);
    assert.equal(await stale.count(), 0);
  },
});

export default tests;
