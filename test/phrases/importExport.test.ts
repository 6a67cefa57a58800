import { exportPhrases, makeUserPhrase, MSG, parseImport } from "../../src/core/phrases/importExport";
import type { Phrase } from "../../src/core/phrases/types";

const existing: Phrase[] = [
  makeUserPhrase("本单位自拟的一句开头语。", "开头", [], "u-a-1"),
  makeUserPhrase("自己常用的一句收尾话。", "结尾", [], "u-a-2"),
];
const library: Phrase[] = [{ id: "dy-001", path: ["导语"], text: "这是一条内置的导语示例。", tags: [], voice: "通用" }];

function expectUnchanged(r: ReturnType<typeof parseImport>) {
  expect(r.ok).toBe(false);
  expect(r.phrases).toEqual(existing);
  expect(r.added).toBe(0);
}

describe("parseImport", () => {
  it("round-trips an export", () => {
    const text = exportPhrases(existing);
    const r = parseImport(text, []);
    expect(r.ok).toBe(true);
    expect(r.phrases.map((p) => [p.id, p.path, p.text])).toEqual(existing.map((p) => [p.id, p.path, p.text]));
  });

  it("rejects malformed JSON", () => {
    const r = parseImport("{ not json", existing);
    expectUnchanged(r);
    expect(r.errors).toEqual([MSG.notJson]);
    expect(MSG.notJson).toBe("文件不是有效的 JSON");
  });

  it("rejects a wrong shape", () => {
    expectUnchanged(parseImport('{"a":1}', existing));
    expectUnchanged(parseImport('"text"', existing));
    expectUnchanged(parseImport('{"format":"other","phrases":[]}', existing));
  });

  it("names the item that lacks text", () => {
    const r = parseImport(JSON.stringify([{ text: "第一条没问题的话。" }, { text: "第二条也没有问题。" }, { category: "x" }]), existing);
    expectUnchanged(r);
    expect(r.errors[0]).toBe("格式不正确：第 3 条缺少 text 字段");
  });

  it("rejects files over 2 MB", () => {
    const big = JSON.stringify([{ text: "很长".repeat(400000) }]);
    const r = parseImport(big, existing);
    expectUnchanged(r);
    expect(r.errors).toEqual(["文件超过 2 MB"]);
  });

  it("rejects more than 10,000 phrases", () => {
    const many = JSON.stringify(Array.from({ length: 10001 }, (_, i) => ({ text: `第${i}条` })));
    const r = parseImport(many, existing);
    expectUnchanged(r);
    expect(r.errors).toEqual(["短语超过 10,000 条"]);
  });

  it("rejects over-long fields", () => {
    const r = parseImport(JSON.stringify([{ text: "好" }, { text: "字".repeat(501) }]), existing);
    expectUnchanged(r);
    expect(r.errors).toEqual(["第 2 条文字过长（超过 500 字）"]);
    expectUnchanged(parseImport(JSON.stringify([{ text: "好的", category: "类".repeat(31) }]), existing));
    expectUnchanged(parseImport(JSON.stringify([{ text: "好的", tags: [1] }]), existing));
  });

  it("merges duplicates against existing, library and within the file", () => {
    const r = parseImport(
      JSON.stringify({
        format: "duizhao.phrases",
        version: 1,
        phrases: [
          { text: "本单位自拟的一句开头语。" },
          { text: " 这是一条内置的导语示例。 " },
          { text: "新的一句话。", category: "新类" },
          { text: "新的一句话。" },
        ],
      }),
      existing,
      library,
    );
    expect(r.ok).toBe(true);
    expect(r.added).toBe(1);
    expect(r.merged).toBe(3);
    expect(r.phrases.slice(0, 2)).toEqual(existing);
    expect(r.phrases[2]).toMatchObject({ text: "新的一句话。", path: ["我的常用语", "新类"], user: true });
  });

  it("keeps markup as literal text and never reuses a taken id", () => {
    const r = parseImport(JSON.stringify([{ id: "u-a-1", text: "<img src=x onerror=alert(1)>" }]), existing);
    expect(r.ok).toBe(true);
    expect(r.phrases[2].text).toBe("<img src=x onerror=alert(1)>");
    expect(r.phrases[2].id).not.toBe("u-a-1");
  });

  it("rejects an empty file", () => {
    expectUnchanged(parseImport("[]", existing));
  });
});
