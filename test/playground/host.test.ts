import { createWordHost, SimOfficeError } from "../../src/playground/host";

type AnyCtx = Word.RequestContext;
const run = <T>(host: ReturnType<typeof createWordHost>, batch: (ctx: AnyCtx) => Promise<T>) =>
  host.Word.run<T>(batch as never);

function sample() {
  return createWordHost({
    paragraphs: [
      { text: "某某委员会领导班子2025年度民主生活会对照检查材料", styleBuiltIn: "Title" },
      { text: "存在的问题", style: "标题 1", list: { listId: "top", format: "cn" } },
      { text: "在强化政治忠诚方面", styleBuiltIn: "Heading2" },
      { text: "一是学习不够系统。" },
      { text: "原因分析", style: "标题 1", list: { listId: "top", format: "cn" } },
      { text: "表格中的一段", table: { tableId: 1, row: 0, col: 0 } },
    ],
  });
}

describe("simulated Word host", () => {
  test("reading a scalar before load + sync throws PropertyNotLoaded", async () => {
    const host = sample();
    await run(host, async (ctx) => {
      const p = ctx.document.body.paragraphs.getFirst();
      expect(() => p.text).toThrow(/The property 'text' is not available/);
      try {
        void p.text;
      } catch (e) {
        expect(e).toBeInstanceOf(host.OfficeExtension.Error);
        expect((e as SimOfficeError).code).toBe("PropertyNotLoaded");
      }
      p.load("text");
      expect(() => p.text).toThrow(/not available/);
      await ctx.sync();
      expect(p.text).toBe("某某委员会领导班子2025年度民主生活会对照检查材料");
      expect(() => p.style).toThrow(/The property 'style' is not available/);
      const coll = ctx.document.body.paragraphs;
      expect(() => coll.items).toThrow(/'items'/);
    });
  });

  test("load accepts strings, arrays with navigation paths and {select, top, skip}", async () => {
    const host = sample();
    await run(host, async (ctx) => {
      const a = ctx.document.body.paragraphs;
      a.load("items/text,items/style");
      const b = ctx.document.body.paragraphs.getFirst();
      b.load(["font/name", "font/size", "styleBuiltIn"]);
      const c = ctx.document.body.paragraphs;
      c.load({ select: "text,outlineLevel", top: 2, skip: 1 } as never);
      await ctx.sync();
      expect(b.font.name).toBe("方正小标宋简体");
      expect(b.styleBuiltIn).toBe("Title");
      expect(() => b.font.bold).toThrow(/'bold'/);
      expect(c.items.map((p) => p.text)).toEqual(["存在的问题", "在强化政治忠诚方面"]);
      expect(c.items.map((p) => p.outlineLevel)).toEqual([1, 2]);
    });
  });

  test("writes are queued: invisible before sync, applied in order at sync", async () => {
    const host = sample();
    await run(host, async (ctx) => {
      const first = ctx.document.body.paragraphs.getFirst();
      const np = first.insertParagraph("新的一段", "After");
      np.insertParagraph("再一段", "After");
      expect(host.doc.body.map((p) => p.text)).not.toContain("新的一段");
      await ctx.sync();
      expect(host.doc.body.slice(0, 3).map((p) => p.text)).toEqual([
        "某某委员会领导班子2025年度民主生活会对照检查材料",
        "新的一段",
        "再一段",
      ]);
    });
  });

  test("a property set by the add-in is readable at once; a load after a write sees it", async () => {
    const host = sample();
    await run(host, async (ctx) => {
      const p = ctx.document.body.paragraphs.getLast();
      p.styleBuiltIn = "Heading3" as Word.BuiltInStyleName;
      expect(p.styleBuiltIn).toBe("Heading3");
      p.load("style,outlineLevel");
      await ctx.sync();
      expect(p.style).toBe("标题 3");
      expect(p.outlineLevel).toBe(3);
    });
  });

  test("listItemOrNullObject is a null object on a non-list paragraph; listItem fails with ItemNotFound", async () => {
    const host = sample();
    await run(host, async (ctx) => {
      const ps = ctx.document.body.paragraphs;
      ps.load("items/isListItem,items/listItemOrNullObject/listString,items/listItemOrNullObject/level");
      await ctx.sync();
      const strings = ps.items.map((p) => (p.listItemOrNullObject.isNullObject ? null : p.listItemOrNullObject.listString));
      expect(strings).toEqual([null, "一、", null, null, "二、", null]);
      expect(ps.items[0].listItemOrNullObject.listString).toBeUndefined();
      expect(ps.items.map((p) => p.isListItem)).toEqual([false, true, false, false, true, false]);
      const li = ps.items[0].listItem;
      li.load("listString");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  test("isNullObject: known after a sync for *OrNullObject methods, after a load for navigation properties", async () => {
    const host = sample();
    await run(host, async (ctx) => {
      const byId = ctx.document.body.contentControls.getByIdOrNullObject(42);
      const first = ctx.document.body.paragraphs.getFirstOrNullObject();
      expect(() => byId.isNullObject).toThrow(/isNullObject/);
      const cc = ctx.document.getSelection().parentContentControlOrNullObject;
      const table = ctx.document.getSelection().parentTableOrNullObject;
      table.load("rowCount");
      await ctx.sync();
      expect(byId.isNullObject).toBe(true);
      expect(first.isNullObject).toBe(false);
      expect(table.isNullObject).toBe(true);
      expect(() => cc.isNullObject).toThrow(/isNullObject/);
    });
  });

  test("uniqueLocalId exists on WordApi 1.6 and fails with ApiNotFound on a 1.3 host", async () => {
    const modern = sample();
    const ids = await run(modern, async (ctx) => {
      const ps = ctx.document.body.paragraphs;
      ps.load("items/uniqueLocalId");
      await ctx.sync();
      return ps.items.map((p) => p.uniqueLocalId);
    });
    expect(new Set(ids).size).toBe(6);
    const found = await run(modern, async (ctx) => {
      const p = ctx.document.getParagraphByUniqueLocalId(ids[2]);
      p.load("text");
      await ctx.sync();
      return p.text;
    });
    expect(found).toBe("在强化政治忠诚方面");
    await expect(
      run(modern, async (ctx) => {
        ctx.document.getParagraphByUniqueLocalId("{gone}").load("text");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });

    const old = createWordHost({ paragraphs: [{ text: "甲" }], requirementSets: { WordApi: "1.3" } });
    expect(old.Office.context.requirements.isSetSupported("WordApi", "1.3")).toBe(true);
    expect(old.Office.context.requirements.isSetSupported("WordApi", "1.6")).toBe(false);
    await expect(
      run(old, async (ctx) => {
        ctx.document.body.paragraphs.load("items/text,items/uniqueLocalId");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("read-only: writes fail at sync, the document stays unchanged, reads still work", async () => {
    for (const mode of [true, "protected"] as const) {
      const host = sample();
      host.doc.setReadOnly(mode);
      const before = host.doc.body.map((p) => p.text);
      let texts: string[] = [];
      await expect(
        run(host, async (ctx) => {
          const ps = ctx.document.body.paragraphs;
          ps.load("items/text");
          await ctx.sync();
          texts = ps.items.map((p) => p.text);
          ps.items[0].insertParagraph("不该出现", "After");
          ctx.document.getSelection().insertText("也不该出现", "Replace");
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: mode === true ? "GeneralException" : "AccessDenied" });
      expect(texts).toEqual(before);
      expect(host.doc.body.map((p) => p.text)).toEqual(before);
    }
  });

  test("insertParagraph chains; a paragraph inserted after a table-cell paragraph stays in the cell", async () => {
    const host = sample();
    await run(host, async (ctx) => {
      const ps = ctx.document.body.paragraphs;
      ps.load("items/text");
      await ctx.sync();
      const cell = ps.items[5];
      const inCell = cell.insertParagraph("格内新段", "After");
      const afterTable = cell.parentTable.insertParagraph("表格后新段", "After");
      inCell.load("tableNestingLevel");
      afterTable.load("tableNestingLevel");
      const h = ps.items[3].insertParagraph("第一", "After");
      const h2 = h.insertParagraph("第二", "After");
      h2.insertParagraph("第三", "After").styleBuiltIn = "Heading2" as Word.BuiltInStyleName;
      await ctx.sync();
      expect(inCell.tableNestingLevel).toBe(1);
      expect(afterTable.tableNestingLevel).toBe(0);
    });
    expect(host.doc.body.map((p) => p.text)).toEqual([
      "某某委员会领导班子2025年度民主生活会对照检查材料",
      "存在的问题",
      "在强化政治忠诚方面",
      "一是学习不够系统。",
      "第一",
      "第二",
      "第三",
      "原因分析",
      "表格中的一段",
      "格内新段",
      "表格后新段",
    ]);
    expect(host.doc.body[6].style).toBe("标题 2");
  });

  test("content controls: insert, find by tag, placeholder text, delete", async () => {
    const host = sample();
    await run(host, async (ctx) => {
      const last = ctx.document.body.paragraphs.getLast();
      const body = last.insertParagraph("", "After");
      const cc = body.insertContentControl("PlainText" as never);
      cc.tag = "duizhao:placeholder";
      cc.placeholderText = "请填写具体事例";
      cc.title = "待填写";
      await ctx.sync();
    });
    expect(host.doc.contentControls()).toHaveLength(1);
    await run(host, async (ctx) => {
      const found = ctx.document.body.contentControls.getByTag("duizhao:placeholder");
      found.load("items/tag,items/placeholderText,items/text,items/type");
      const none = ctx.document.body.contentControls.getByTag("nothing");
      none.load("items");
      await ctx.sync();
      expect(found.items).toHaveLength(1);
      expect(found.items[0].placeholderText).toBe("请填写具体事例");
      expect(found.items[0].type).toBe("PlainText");
      expect(none.items).toHaveLength(0);
      found.items[0].delete(false);
      await ctx.sync();
    });
    expect(host.doc.contentControls()).toHaveLength(0);
    // PlainText needs WordApi 1.5.
    const old = createWordHost({ paragraphs: [{ text: "甲" }], requirementSets: { WordApi: "1.3" } });
    await expect(
      run(old, async (ctx) => {
        ctx.document.body.paragraphs.getFirst().insertContentControl("PlainText" as never);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("selection: getSelection follows the cursor; insertText Replace and select(End)", async () => {
    const host = sample();
    host.doc.setSelection(3, 2, 4);
    await run(host, async (ctx) => {
      const sel = ctx.document.getSelection();
      sel.load("text,isEmpty");
      const ps = sel.paragraphs;
      ps.load("items/text");
      const body = sel.parentBody;
      body.load("type");
      await ctx.sync();
      expect(sel.text).toBe("学习");
      expect(sel.isEmpty).toBe(false);
      expect(ps.items.map((p) => p.text)).toEqual(["一是学习不够系统。"]);
      expect(body.type).toBe("MainDoc");
      const r = sel.insertText("理论学习", "Replace");
      r.select("End");
      await ctx.sync();
    });
    expect(host.doc.body[3].text).toBe("一是理论学习不够系统。");
    expect(host.doc.selectionIndex()).toBe(3);
    expect(host.doc.selection.start.offset).toBe(6);

    host.doc.setCursorInStory("Header");
    await run(host, async (ctx) => {
      const body = ctx.document.getSelection().parentBody;
      body.load("type");
      await ctx.sync();
      expect(body.type).toBe("Header");
    });
    host.doc.setSelection(5, 0);
    await run(host, async (ctx) => {
      const body = ctx.document.getSelection().parentBody;
      body.load("type");
      const outer = body.parentBodyOrNullObject;
      outer.load("type");
      await ctx.sync();
      expect(body.type).toBe("TableCell");
      expect(outer.type).toBe("MainDoc");
    });
  });

  test("tracked deletions: text includes them, getText() (1.7) excludes them", async () => {
    const host = createWordHost({ paragraphs: [{ text: "一是学习不够深入系统。", deleted: [[6, 8]] }] });
    await run(host, async (ctx) => {
      const p = ctx.document.body.paragraphs.getFirst();
      p.load("text");
      const r = p.getText();
      expect(() => r.value).toThrow(/has not been loaded/);
      await ctx.sync();
      expect(p.text).toBe("一是学习不够深入系统。");
      expect(r.value).toBe("一是学习不够系统。");
    });
    const old = createWordHost({ paragraphs: [{ text: "甲" }], requirementSets: { WordApi: "1.6" } });
    await expect(
      run(old, async (ctx) => {
        ctx.document.body.paragraphs.getFirst().getText();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("sync counter counts every context.sync() and Word.run's final flush", async () => {
    const host = sample();
    expect(host.syncCount()).toBe(0);
    await run(host, async (ctx) => {
      await ctx.sync();
      await ctx.sync();
    });
    expect(host.syncCount()).toBe(2);
    await run(host, async (ctx) => {
      ctx.document.body.paragraphs.getFirst().insertText("前缀", "Start");
    });
    expect(host.syncCount()).toBe(3);
    expect(host.doc.body[0].text.startsWith("前缀")).toBe(true);
    host.resetSyncCount();
    expect(host.syncCount()).toBe(0);
  });

  test("an error stops the batch: earlier actions stay applied, later ones are dropped", async () => {
    const host = sample();
    await expect(
      run(host, async (ctx) => {
        const first = ctx.document.body.paragraphs.getFirst();
        first.insertParagraph("已应用", "After");
        first.insertParagraph("非法位置", "Start" as never);
        first.insertParagraph("被丢弃", "After");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    const texts = host.doc.body.map((p) => p.text);
    expect(texts).toContain("已应用");
    expect(texts).not.toContain("被丢弃");
  });

  test("search finds literal matches per paragraph; replacing one hit edits only it", async () => {
    const host = createWordHost({ paragraphs: [{ text: "学习不够，学习不深。" }, { text: "学习" }] });
    await run(host, async (ctx) => {
      const p = ctx.document.body.paragraphs.getFirst();
      const hits = p.search("学习", { matchCase: true });
      hits.load("text");
      const all = ctx.document.body.search("学习");
      all.load("items");
      await ctx.sync();
      expect(hits.items.map((r) => r.text)).toEqual(["学习", "学习"]);
      expect(all.items).toHaveLength(3);
      hits.items[1].insertText("钻研", "Replace");
      await ctx.sync();
      ctx.document.body.search("x".repeat(256)).load("items");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "SearchStringInvalidOrTooLong" });
    });
    expect(host.doc.body[0].text).toBe("学习不够，钻研不深。");
  });

  test("proxies cannot be used after their Word.run ended", async () => {
    const host = sample();
    const p = await run(host, async (ctx) => {
      const first = ctx.document.body.paragraphs.getFirst();
      first.load("text");
      await ctx.sync();
      return first;
    });
    expect(p.text).toContain("对照检查材料");
    expect(() => p.insertText("x", "End")).toThrow(/different request contexts/);
  });

  test("Office namespace: onReady, requirement sets, theme, settings, selection events", async () => {
    const host = createWordHost();
    await expect(host.Office.onReady()).resolves.toEqual({ host: "Word", platform: "OfficeOnline" });
    expect(host.Office.context.partitionKey).toBeUndefined();
    expect(host.Office.context.displayLanguage).toBe("zh-CN");
    expect(host.Office.context.requirements.isSetSupported("WordApi", "1.9")).toBe(true);
    expect(host.Office.context.requirements.isSetSupported("WordApi", "1.10")).toBe(false);
    expect(host.Office.context.requirements.isSetSupported("WordApiDesktop", "1.1")).toBe(false);
    const seen: unknown[] = [];
    host.Office.context.document.addHandlerAsync("documentSelectionChanged", (e) => seen.push(e));
    host.doc.setSelection(0, 0);
    expect(seen).toHaveLength(1);
    const target: Record<string, unknown> = {};
    host.install(target);
    expect(Object.keys(target).sort()).toEqual(["Office", "OfficeExtension", "Word"]);
  });
});

describe("long collection loads in slices", () => {
  test("a page of 6,000 paragraphs is assembled in slices, with the page's thread free between them, and the answer is the same", async () => {
    const texts = Array.from({ length: 6100 }, (_, i) => `第${i}段的文字。`);
    const host = createWordHost({ paragraphs: texts.map((text) => ({ text })) });
    let ticks = 0;
    let ticking = true;
    const tick = () => {
      if (!ticking) return;
      ticks++;
      setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const got = await run(host, async (ctx) => {
      const c = ctx.document.body.paragraphs;
      c.load({ select: "text", top: 6000, skip: 50 } as never);
      const before = ticks;
      await ctx.sync();
      const during = ticks - before;
      return { during, texts: c.items.map((p) => p.text) };
    });
    ticking = false;
    expect(got.texts).toEqual(texts.slice(50, 6050));
    // LOAD_SLICE = 2,000: three slices, two pauses (other tasks ran while the sync was answered).
    expect(got.during).toBeGreaterThanOrEqual(2);
  });
});
