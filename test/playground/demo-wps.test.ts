import { createDemo } from "../../src/playground/demo";
import { paneScript, playgroundHostKind } from "../../src/playground/hostKind";
import { createWordHost } from "../../src/playground/host";
import { createWpsHost } from "../../src/playground/wps/sim";

describe("playground host switch", () => {
  test("?host=wps selects WPS (case and blanks ignored); anything else is Word", () => {
    expect(playgroundHostKind("?host=wps")).toBe("wps");
    expect(playgroundHostKind("?x=1&host=%20WPS%20")).toBe("wps");
    expect(playgroundHostKind("")).toBe("word");
    expect(playgroundHostKind("?host=word")).toBe("word");
    expect(playgroundHostKind("?host=wpsx")).toBe("word");
    expect(paneScript("wps")).toBe("wpspane.js");
    expect(paneScript("word")).toBe("taskpane.js");
  });
});

describe("duizhaoDemo over the simulated WPS host", () => {
  test("same API; syncCount counts WPS object-model calls; setSyncLatency has no effect", () => {
    const host = createWpsHost({ paragraphs: [{ text: "一、存在的问题", styleBuiltIn: "Heading1" }, { text: "正文。" }] });
    const demo = createDemo(host, () => {});
    expect(demo.hostKind()).toBe("wps");
    expect(demo.host()).toBe(host);
    demo.resetSyncCount();
    expect(demo.syncCount()).toBe(0);
    const text = host.Application.ActiveDocument!.Paragraphs.Item(2).Range.Text;
    expect(text).toBe("正文。\r");
    expect(demo.syncCount()).toBe(5);
    expect(demo.syncCount()).toBe(host.callCount());
    demo.setSyncLatency(1000);
    // Still synchronous: the next call answers at once and is counted.
    expect(host.Application.ActiveDocument!.Paragraphs.Count).toBe(2);
    expect(demo.syncCount()).toBe(8);
    demo.setCursor(1, 2);
    expect(host.Application.Selection.Start).toBe("一、存在的问题".length + 1 + 2);
    expect(demo.paragraphs().map((p) => [p.text, p.style, p.headingLevel])).toEqual([
      ["一、存在的问题", "标题 1", 1],
      ["正文。", "正文", null],
    ]);
  });

  test("the Word host still reports sync round trips", () => {
    const demo = createDemo(createWordHost(), () => {});
    expect(demo.hostKind()).toBe("word");
    expect(demo.syncCount()).toBe(0);
  });
});
