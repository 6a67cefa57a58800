import { decodeText, hasCheckableText, TextDecodeError } from "../../src/core";

const text = "（一）学习不够深入，XX同志。";
const le = (s: string) => Uint8Array.from(Buffer.from(s, "utf16le"));
const be = (s: string) => {
  const b = Buffer.from(s, "utf16le");
  b.swap16();
  return Uint8Array.from(b);
};
const cat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));
// GBK bytes of “（一）学习不够深入，XX同志。” (written out: the test needs no encoder).
const GBK = Uint8Array.from(Buffer.from("a3a8d2bba3a9d1a7cfb0b2bbb9bbc9eec8eba3ac5858cdacd6bea1a3", "hex"));

describe("decodeText", () => {
  it("uses the byte-order mark first", () => {
    expect(decodeText(cat([0xef, 0xbb, 0xbf], Buffer.from(text)))).toEqual({ text, encoding: "UTF-8", bom: true });
    expect(decodeText(cat([0xff, 0xfe], le(text)))).toEqual({ text, encoding: "UTF-16LE", bom: true });
    expect(decodeText(cat([0xfe, 0xff], be(text)))).toEqual({ text, encoding: "UTF-16BE", bom: true });
  });
  it("then strict UTF-8, then UTF-16 without a mark, then GB18030", () => {
    expect(decodeText(Uint8Array.from(Buffer.from(text)))).toEqual({ text, encoding: "UTF-8", bom: false });
    expect(decodeText(le("1. abc 学习\n"))).toMatchObject({ text: "1. abc 学习\n", encoding: "UTF-16LE" });
    expect(decodeText(be("1. abc 学习\n"))).toMatchObject({ text: "1. abc 学习\n", encoding: "UTF-16BE" });
    expect(decodeText(GBK)).toEqual({ text, encoding: "GB18030", bom: false });
    // GB18030 four-byte sequence (U+20000 𠀀 is 0x95 0x32 0x82 0x36).
    expect(decodeText(Uint8Array.from([0x95, 0x32, 0x82, 0x36])).text).toBe("\u{20000}");
    expect(decodeText(new Uint8Array(0))).toEqual({ text: "", encoding: "UTF-8", bom: false });
  });
  it("refuses bytes valid in none of them, a lying mark and binary data, in Chinese", () => {
    expect(() => decodeText(Uint8Array.from([0xff, 0xff, 0x80, 0x80]))).toThrow(TextDecodeError);
    expect(() => decodeText(Uint8Array.from([0xff, 0xff, 0x80, 0x80]))).toThrow(/无法识别文件的文字编码/);
    expect(() => decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0xc3, 0x28]))).toThrow(/标明是 UTF-8 编码/);
    expect(() => decodeText(Uint8Array.from([0x00, 0x01, 0x02, 0x00, 0x00, 0x00, 0x05]))).toThrow(/空字符/);
  });
});

describe("hasCheckableText", () => {
  const doc = (...texts: string[]) => ({ paragraphs: texts.map((t) => ({ text: t })) });
  it("needs a letter or digit somewhere", () => {
    expect(hasCheckableText(doc())).toBe(false);
    expect(hasCheckableText(doc("", " \t", "\u3000\u00a0\u200b", "\n"))).toBe(false);
    expect(hasCheckableText(doc("……", "——", "。"))).toBe(false);
    expect(hasCheckableText(doc("", "一"))).toBe(true);
    expect(hasCheckableText(doc("2025"))).toBe(true);
  });
});
