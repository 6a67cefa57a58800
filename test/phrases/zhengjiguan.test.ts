import { PHRASE_FILES } from "../../src/core/phrases/library";
import { PHRASE_SECTIONS, type Phrase } from "../../src/core/phrases/types";

const zjg = PHRASE_FILES["zhengjiguan.json"] as Phrase[];

it("ships at least 80 phrases on 树立和践行正确政绩观, in every section kind, both voices", () => {
  expect(zjg.length).toBeGreaterThanOrEqual(80);
  expect(new Set(zjg.map((p) => p.path[0]))).toEqual(new Set(PHRASE_SECTIONS));
  expect(zjg.every((p) => p.tags.includes("政绩观") && p.tags.includes("2026年度"))).toBe(true);
  expect(zjg.some((p) => p.voice === "班子")).toBe(true);
  expect(zjg.some((p) => p.voice === "个人")).toBe(true);
  for (const topic of ["为民造福", "科学决策", "真抓实干", "防范纠治政绩观偏差"]) {
    expect(zjg.filter((p) => p.path[0] === "存在的问题" && p.path[1] === topic).length).toBeGreaterThanOrEqual(6);
  }
});
