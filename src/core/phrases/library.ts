import type { Phrase } from "./types";
// One static import per data file in src/data/phrases/ (a new file = one import line here and one
// entry in PHRASE_FILES; test/phrases/data.test.ts fails if a file is missing from this list).
import daoyu from "../../data/phrases/daoyu.json";
import huiqian from "../../data/phrases/huiqian.json";
import shangniandu from "../../data/phrases/shangniandu.json";
import wenti from "../../data/phrases/wenti.json";
import anli from "../../data/phrases/anli.json";
import yuanyin from "../../data/phrases/yuanyin.json";
import zhenggai from "../../data/phrases/zhenggai.json";
import jieshu from "../../data/phrases/jieshu.json";
import zhengjiguan from "../../data/phrases/zhengjiguan.json";

/** File name → content, in display order (the order of sections in a material). */
export const PHRASE_FILES: Record<string, unknown[]> = {
  "daoyu.json": daoyu,
  "huiqian.json": huiqian,
  "shangniandu.json": shangniandu,
  "wenti.json": wenti,
  "anli.json": anli,
  "yuanyin.json": yuanyin,
  "zhenggai.json": zhenggai,
  "jieshu.json": jieshu,
  // 2026: 树立和践行正确政绩观 (every section kind).
  "zhengjiguan.json": zhengjiguan,
};

let cached: Phrase[] | null = null;

/** All shipped phrases, in file order. Data is validated by the test suite, not at run time. */
export function libraryPhrases(): Phrase[] {
  if (!cached) cached = Object.values(PHRASE_FILES).flat() as Phrase[];
  return cached;
}
