/**
 * Builds a plain .docx (no styles, no numbering: one paragraph per non-blank line) from a text file,
 * to check a material as a .docx the way a user would send it.
 *
 *   node --import tsx bench/text-to-docx.ts 材料.txt /tmp/材料.docx
 */
import { readFileSync, writeFileSync } from "node:fs";
import { toDocx } from "./generate";

const [src, dest] = process.argv.slice(2);
if (!src || !dest) {
  process.stderr.write("usage: node --import tsx bench/text-to-docx.ts IN.txt OUT.docx\n");
  process.exit(2);
}
const lines = readFileSync(src, "utf8")
  .replace(/^\ufeff/, "")
  .split(/\r\n|\r|\n/)
  .filter((l) => l.trim() !== "");
writeFileSync(dest, toDocx(lines.map((text) => ({ text, level: null }))));
process.stdout.write(`${dest}: ${lines.length} paragraphs\n`);
