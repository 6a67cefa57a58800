/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { PresetImport } from "../../src/taskpane/PresetImport";
import { PhrasesView } from "../../src/taskpane/phrases/PhrasesView";
import { readTextFile } from "../../src/taskpane/localFiles";
import { PhraseStore, type StorageLike } from "../../src/taskpane/storage";

// GBK bytes of [{"text":"学习不深入。"}] — written out, so the test needs no encoder.
const GBK_PHRASES: Uint8Array<ArrayBuffer> = Uint8Array.from(Buffer.from("5b7b2274657874223a22d1a7cfb0b2bbc9eec8eba1a3227d5d", "hex"));
// GBK bytes of {"id":"单位"} (an invalid preset whose message quotes the id).
const GBK_PRESET: Uint8Array<ArrayBuffer> = Uint8Array.from(Buffer.from("7b226964223a22b5a5cebb227d", "hex"));

class Mem implements StorageLike {
  m = new Map<string, string>();
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, v);
  }
}

describe("readTextFile", () => {
  it("decodes UTF-8, UTF-16 with a BOM and GBK, with a note only when not UTF-8", async () => {
    expect(await readTextFile(new File(["学习"], "a.txt"))).toEqual({ text: "学习", encoding: "UTF-8", note: "" });
    const le = Uint8Array.from([0xff, 0xfe, ...Buffer.from("学习", "utf16le")]);
    expect(await readTextFile(new File([le], "b.txt"))).toMatchObject({ text: "学习", encoding: "UTF-16LE" });
    const gbk = await readTextFile(new File([GBK_PHRASES], "c.json"));
    expect(gbk.text).toBe('[{"text":"学习不深入。"}]');
    expect(gbk.note).toBe("（按 GB18030（GBK） 编码读取）");
  });
});

describe("imports in the pane", () => {
  const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]')!;
  const choose = async (bytes: Uint8Array<ArrayBuffer>, name: string) => {
    await act(async () => {
      fireEvent.change(fileInput(), { target: { files: [new File([bytes], name)] } });
    });
  };

  it("a GBK phrase file is stored as Chinese, not mojibake, and the message names the encoding", async () => {
    const mem = new Mem();
    render(
      <FluentProvider theme={webLightTheme}>
        <PhrasesView library={[]} insert={jest.fn(async () => ({ syncs: 1 }))} store={new PhraseStore({ storage: mem, prefix: "" })} />
      </FluentProvider>,
    );
    await choose(GBK_PHRASES, "我的常用语.json");
    expect(await screen.findByText("已导入 1 条。（按 GB18030（GBK） 编码读取）")).toBeTruthy();
    const stored = [...mem.m.values()].join("\n");
    expect(stored).toContain("学习不深入。");
    expect(stored).not.toContain("\ufffd");
  });

  it("a GBK preset file's error message quotes its text correctly", async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <PresetImport imported={[]} onChange={jest.fn()} />
      </FluentProvider>,
    );
    await choose(GBK_PRESET, "本单位.json");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).not.toContain("\ufffd");
    expect(alert.textContent).toContain("“单位”不是有效的标识");
    expect(alert.textContent).toContain("（按 GB18030（GBK） 编码读取）");
  });
});
