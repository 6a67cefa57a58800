// Browser test of the 常用语 tab in the playground (simulated Word host beside the real task pane):
// type "llxx", the first result contains 理论学习, Enter inserts it at the cursor of the document.
// Convention assumed (adjust to test/browser/run.mjs if it differs): the harness imports this
// module and calls the default export with { page, baseUrl }, a Playwright page already pointed at
// nothing; the function throws on failure.

const TAB = "常用语";

/** Text of the simulated document, through the playground's host if exposed, else the page. */
async function documentText(page) {
  return page.evaluate(() => {
    const w = window;
    const host = w.__duizhaoHost || w.duizhaoHost || w.__host;
    if (host && host.doc && Array.isArray(host.doc.body)) return host.doc.body.map((p) => p.text).join("\n");
    const el = document.querySelector("[data-testid=sim-document], [data-sim-document], .sim-document");
    return el ? el.textContent : document.body.innerText;
  });
}

export const name = "常用语：llxx 搜索并按 Enter 插入到光标处";

export default async function phrasesSpec({ page, baseUrl }) {
  await page.goto(new URL("playground.html", baseUrl).href);
  await page.getByRole("tab", { name: TAB }).click();
  const box = page.getByRole("searchbox");
  await box.waitFor({ state: "visible" });
  const before = await documentText(page);

  await box.fill("llxx");
  const first = page.getByRole("listbox").getByRole("option").first();
  await first.waitFor({ state: "visible" });
  const firstText = await first.innerText();
  if (!firstText.includes("理论学习")) throw new Error(`first result lacks 理论学习: ${firstText}`);
  const id = await first.getAttribute("data-phrase-id");
  if (!id) throw new Error("result lacks data-phrase-id");
  const count = await page.getByText(/共 \d+ 条/).innerText();
  if (!/共 [1-9]\d* 条/.test(count)) throw new Error(`unexpected count: ${count}`);

  await box.press("Enter");
  const phraseText = (await first.getAttribute("aria-label")).replace(/（[^（]*）$/, "");
  const deadline = Date.now() + 5000;
  let after = before;
  while (Date.now() < deadline) {
    after = await documentText(page);
    if (after.includes(phraseText) && after !== before) break;
    await page.waitForTimeout(50);
  }
  if (!after.includes(phraseText)) throw new Error(`phrase not inserted into the document: ${phraseText}`);
  const err = await page.locator("[role=tabpanel]:not([hidden]) .fui-MessageBar").count();
  if (err && (await page.locator("[role=tabpanel]:not([hidden]) .fui-MessageBar").innerText()).includes("失败")) {
    throw new Error("insert reported an error");
  }
}
