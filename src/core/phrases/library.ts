import type { Phrase } from "./types";
// One static import per data file in src/data/phrases/ (a new file = one line here and one in FILES;
// test/phrases/data.test.ts fails if a file is missing from this list).
import daoyu from "../../data/phrases/daoyu.json";

/** File name → content, in display order. */
export const PHRASE_FILES: Record<string, unknown[]> = {
  "daoyu.json": daoyu,
};

let cached: Phrase[] | null = null;

/** All shipped phrases, in file order. Data is validated by the test suite, not at run time. */
export function libraryPhrases(): Phrase[] {
  if (!cached) cached = Object.values(PHRASE_FILES).flat() as Phrase[];
  return cached;
}
