/**
 * Decoding text files whose encoding is not declared: .txt/.md materials and imported phrase and
 * preset files. Windows tools in China save GBK/GB18030 or UTF-16, so: a byte-order mark first
 * (UTF-8, UTF-16LE, UTF-16BE), then strict UTF-8, then UTF-16 without a mark (when the zero bytes
 * say so), then GB18030 (a superset of GBK and GB2312). Pure: uses only TextDecoder, which Node
 * (full ICU) and browsers both have.
 */

export type TextEncodingName = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "GB18030";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** The file started with a byte-order mark. */
  bom: boolean;
}

export class TextDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TextDecodeError";
  }
}

const LABEL: Record<TextEncodingName, string> = {
  "UTF-8": "utf-8",
  "UTF-16LE": "utf-16le",
  "UTF-16BE": "utf-16be",
  GB18030: "gb18030",
};

/** Decodes strictly; null when the bytes are not valid in that encoding (or it is unsupported). */
function strict(bytes: Uint8Array, enc: TextEncodingName): string | null {
  try {
    // ignoreBOM: the mark, if any, was already cut off by the caller.
    return new TextDecoder(LABEL[enc], { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a mark: text with ASCII in it has a zero in one byte of most code units. */
function guessUtf16(bytes: Uint8Array): TextEncodingName | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const units = bytes.length / 2;
  if (oddZero >= units / 4 && evenZero === 0) return "UTF-16LE";
  if (evenZero >= units / 4 && oddZero === 0) return "UTF-16BE";
  return null;
}

/** Text of a file in any of the supported encodings; throws TextDecodeError with a Chinese reason. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const b = bytes;
  let bomEnc: TextEncodingName | null = null;
  let skip = 0;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) [bomEnc, skip] = ["UTF-8", 3];
  else if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) [bomEnc, skip] = ["UTF-16LE", 2];
  else if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) [bomEnc, skip] = ["UTF-16BE", 2];
  if (bomEnc) {
    const text = strict(b.subarray(skip), bomEnc);
    if (text === null) throw new TextDecodeError(`文件开头标明是 ${bomEnc} 编码，但内容不是有效的 ${bomEnc} 文本`);
    return checked({ text, encoding: bomEnc, bom: true });
  }
  const utf8 = strict(b, "UTF-8");
  if (utf8 !== null && !utf8.includes("\0")) return { text: utf8, encoding: "UTF-8", bom: false };
  const u16 = guessUtf16(b);
  if (u16) {
    const text = strict(b, u16);
    if (text !== null && !text.includes("\0")) return { text, encoding: u16, bom: false };
  }
  if (utf8 !== null) return checked({ text: utf8, encoding: "UTF-8", bom: false });
  const gb = strict(b, "GB18030");
  if (gb !== null) return checked({ text: gb, encoding: "GB18030", bom: false });
  throw new TextDecodeError("无法识别文件的文字编码（不是 UTF-8、UTF-16 或 GB18030/GBK），请另存为 UTF-8 编码后再试");
}

function checked(d: DecodedText): DecodedText {
  if (d.text.includes("\0")) throw new TextDecodeError("文件含有空字符，不是文本文件");
  return d;
}

/** The encoding as shown to users, e.g. “GB18030（GBK）”. */
export function encodingLabel(enc: TextEncodingName): string {
  return enc === "GB18030" ? "GB18030（GBK）" : enc;
}
