import { analyze } from "../../src/core/analyze";
import { choosePreset } from "../../src/core/checker";
import { paragraphsWith, paragraphsWithWords, setCandidateFilter, union } from "../../src/core/rules/util/scan";
import { LiteralIndex } from "../../src/core/rules/util/text";
import type { DocumentModel, RuleContext } from "../../src/core/types";
import { doc as model } from "./helpers";

function ctxOf(texts: string[]): RuleContext {
  const doc: DocumentModel = model(...texts);
  const { preset } = choosePreset(doc);
  return { doc, analysis: analyze(doc, preset), preset };
}

describe("candidate paragraphs", () => {
  const texts = ["第一段没有", "某某同志", "", "这里有某", "某在开头和结尾某", "最后一段"];

  it("lists the paragraphs a trigger matches, in order, once", () => {
    const ctx = ctxOf(texts);
    expect([...paragraphsWith(ctx, /某/)]).toEqual([1, 3, 4]);
    expect([...paragraphsWith(ctx, /^某/)]).toEqual([1, 4]);
    expect([...paragraphsWith(ctx, /不存在/)]).toEqual([]);
  });

  it("a global trigger gives the same list, whatever its lastIndex", () => {
    const ctx = ctxOf(texts);
    const re = /某/g;
    re.lastIndex = 3;
    expect([...paragraphsWith(ctx, re)]).toEqual([1, 3, 4]);
    expect([...paragraphsWith(ctx, re)]).toEqual([1, 3, 4]);
  });

  it("lists the paragraphs holding a word of a LiteralIndex", () => {
    expect([...paragraphsWithWords(ctxOf(texts), new LiteralIndex(["某某", "最后"]))]).toEqual([1, 5]);
  });

  it("merges sorted lists", () => {
    expect([...union(Int32Array.from([1, 3, 5]), Int32Array.from([0, 3, 6]))]).toEqual([0, 1, 3, 5, 6]);
    expect([...union(Int32Array.from([]), Int32Array.from([2]))]).toEqual([2]);
  });

  it("with candidates off, every paragraph is listed", () => {
    setCandidateFilter(false);
    try {
      expect([...paragraphsWith(ctxOf(texts), /某/)]).toEqual([0, 1, 2, 3, 4, 5]);
      expect([...paragraphsWithWords(ctxOf(texts), new LiteralIndex(["某"]))]).toEqual([0, 1, 2, 3, 4, 5]);
    } finally {
      setCandidateFilter(true);
    }
  });
});
