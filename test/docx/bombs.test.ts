/** Decompression bombs and parts in other encodings (issue 14 §2), built in the test. */
import { strToU8, zipSync } from "fflate";
import { readDocx } from "../../src/docx";
import { DocxReadError } from "../../src/docx/errors";
import { p, W_NS } from "./helpers";
import { bombDocx, deflate, rawZip } from "./rawZip";

function errorOf(f: () => unknown): DocxReadError {
  try {
    f();
  } catch (e) {
    if (e instanceof DocxReadError) return e;
    throw new Error(`not a DocxReadError: ${String(e)}`);
  }
  throw new Error("did not throw");
}

describe("decompression bombs", () => {
  it("the test bomb is a real document: under the cap it is read", () => {
    const small = bombDocx(4, undefined, 16 * 1024);
    const doc = readDocx(small);
    expect(doc.paragraphs[0].text).toBe("炸弹");
    expect(doc.paragraphs.length).toBe(1 + 4 * Math.floor((16 * 1024) / 6));
  });

  it("stops inflating at the document cap even when the archive lies about the size", () => {
    const lying = bombDocx(8, 1000);
    const e = errorOf(() => readDocx(lying, { maxDocumentXmlBytes: 4 * 1024 * 1024 }));
    expect(e.code).toBe("inflate-limit");
    expect(e.message).toBe("文件解压后过大（word/document.xml 超过 4 MB），可能是压缩炸弹，已停止读取");
    // An honest claim over the cap is refused before anything is inflated.
    expect(errorOf(() => readDocx(bombDocx(8), { maxDocumentXmlBytes: 4 * 1024 * 1024 })).code).toBe("inflate-limit");
  });

  it("caps styles and numbering lower, and all parts together", () => {
    const doc = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NS}"><w:body>${p("正文")}</w:body></w:document>`;
    const styles = `<w:styles xmlns:w="${W_NS}">${"<w:style/>".repeat(300_000)}</w:styles>`;
    const zip = rawZip([
      { name: "word/document.xml", data: deflate(doc), size: doc.length },
      { name: "word/styles.xml", data: deflate(styles), size: 10 },
    ]);
    const e = errorOf(() => readDocx(zip, { maxPartBytes: 1024 * 1024 }));
    expect(e.message).toBe("文件解压后过大（word/styles.xml 超过 1 MB），可能是压缩炸弹，已停止读取");
    const total = errorOf(() => readDocx(zip, { maxUnpackedBytes: 2 * 1024 * 1024 }));
    expect(total.message).toBe("文件解压后过大（合计超过 2 MB），可能是压缩炸弹，已停止读取");
    expect(readDocx(zip).paragraphs.map((x) => x.text)).toEqual(["正文"]);
  });

  it("with the default caps a 300 MB document.xml in a 0.5 MB file is refused in Chinese before inflating", () => {
    const bomb = bombDocx(300);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const e = errorOf(() => readDocx(bomb));
    expect(e.code).toBe("inflate-limit");
    expect(e.message).toBe("文件解压后过大（word/document.xml 超过 256 MB），可能是压缩炸弹，已停止读取");
  });

  it("maps V8's own limits (RangeError) to a Chinese message", () => {
    const spy = jest.spyOn(TextDecoder.prototype, "decode").mockImplementation(() => {
      throw new RangeError("Cannot create a string longer than 0x1fffffe8 characters");
    });
    try {
      const e = errorOf(() => readDocx(bombDocx(1, undefined, 1024)));
      expect(e.code).toBe("too-large");
      expect(e.message).toBe("文件内容过大，超出了可处理的范围，已停止读取");
      expect(e.message).not.toMatch(/[A-Za-z]{4}/);
    } finally {
      spy.mockRestore();
    }
  });

  it("a damaged deflate stream or central directory is corrupt-zip, in Chinese", () => {
    const doc = `<w:document xmlns:w="${W_NS}"><w:body>${p("正文")}</w:body></w:document>`;
    const good = deflate(doc);
    const broken = rawZip([{ name: "word/document.xml", data: Uint8Array.from([...good.subarray(0, 5), 0xff, 0xff, 0xff]), size: doc.length }]);
    expect(errorOf(() => readDocx(broken)).code).toBe("corrupt-zip");
    const zip = rawZip([{ name: "word/document.xml", data: good, size: doc.length }]);
    const cut = zip.slice(0, zip.length - 10);
    expect(errorOf(() => readDocx(cut)).message).toMatch(/^文件已损坏/);
  });
});

describe("XML parts that declare an encoding", () => {
  const body = (s: string) => `<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>${s}</w:t></w:r></w:p></w:body></w:document>`;
  it("decodes a GB2312/GBK declaration with that encoding, not as UTF-8", () => {
    // GBK bytes of “学习不深入” (written out: the test needs no encoder).
    const gbk = Buffer.from("d1a7cfb0b2bbc9eec8eb", "hex");
    for (const label of ["GB2312", "GBK", "gb18030"]) {
      const [before, after] = body("|").split("|");
      const xml = Buffer.concat([Buffer.from(`<?xml version="1.0" encoding="${label}"?>` + before), gbk, Buffer.from(after)]);
      const docx = zipSync({ "word/document.xml": Uint8Array.from(xml) });
      expect(readDocx(docx).paragraphs.map((x) => x.text)).toEqual(["学习不深入"]);
    }
  });
  it("reads UTF-16 with and without a byte-order mark", () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?>` + body("学习");
    const le = Buffer.from(xml, "utf16le");
    expect(readDocx(zipSync({ "word/document.xml": Uint8Array.from(Buffer.concat([Buffer.from([0xff, 0xfe]), le])) })).paragraphs[0].text).toBe("学习");
    expect(readDocx(zipSync({ "word/document.xml": Uint8Array.from(le) })).paragraphs[0].text).toBe("学习");
  });
  it("refuses an unknown encoding and bytes that do not match the declaration, in Chinese", () => {
    const unknown = zipSync({ "word/document.xml": strToU8(`<?xml version="1.0" encoding="x-no-such"?>` + body("学习")) });
    const e = errorOf(() => readDocx(unknown));
    expect(e.code).toBe("bad-encoding");
    expect(e.message).toContain("不支持的编码（x-no-such）");
    const lying = zipSync({ "word/document.xml": Uint8Array.from(Buffer.concat([Buffer.from(`<?xml version="1.0" encoding="GBK"?>` + body("")), Buffer.from([0x81, 0x20])])) });
    expect(errorOf(() => readDocx(lying)).message).toContain("声明为 gbk，但内容不是有效的 gbk 文字");
  });
});

