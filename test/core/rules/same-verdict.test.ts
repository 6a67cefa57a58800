/**
 * Item kinds that look alike get the same verdict: equally vague problems are all reported by
 * missing-example, equally vague measures all by measure-checkable, and the numbers of set phrases
 * (三会一课, 四个意识, 八项规定, 十五五…) are neither data nor deadlines.
 */
import setPhrases from "../../../src/data/rules/set-phrases.json";
import { hasExample } from "../../../src/core/rules/missing-example";
import { checkability } from "../../../src/core/rules/measure-checkable";

const VAGUE_PROBLEMS = [
  "理论学习不够深入，有时把学习当成软任务，学用结合还不紧密。",
  "落实“三会一课”制度不够严格，组织生活质量有待提高。",
  "增强“四个意识”、做到“两个维护”的自觉性还需加强。",
  "贯彻中央八项规定精神还有差距，纠治“四风”的韧劲不足。",
  "谋划“十五五”发展思路不够清晰，前瞻性不强。",
  "履行“一岗双责”不够到位，对分管领域监督偏软。",
];
const CONCRETE_PROBLEMS = [
  "理论学习不够深入，今年集中学习仅安排4次。",
  "落实“三会一课”制度不够严格，比如第二党支部上半年只上了一次党课。",
  "调研不够深入，全年到基层调研不足三次。",
];
const VAGUE_MEASURES = [
  "坚持不懈强化理论武装，切实提高学习的积极性和主动性。",
  "严格落实“三会一课”制度，不断提升组织生活质量。",
  "牢固树立“四个意识”，坚决做到“两个维护”。",
  "持之以恒落实中央八项规定精神，锲而不舍纠治“四风”。",
  "落实“一岗双责”，把全面从严治党要求贯穿始终。",
  // "以上" of the idiom 以上率下 (lead from above) is no quantity.
  "坚持以上率下，充分发挥班子成员的示范带头作用。",
];
const CHECKABLE_MEASURES = [
  "严格落实“三会一课”制度，每季度至少讲一次党课。",
  "牢固树立“四个意识”，年底前完成专题轮训，由办公室牵头。",
  "落实“一岗双责”，班子成员每半年向党委报告一次。",
];

const ok = (c: ReturnType<typeof checkability>) => c.time || c.quantity || c.responsibility;

describe("same verdict for items of the same kind", () => {
  it.each(VAGUE_PROBLEMS)("vague problem → no example: %s", (t) => expect(hasExample(t)).toBe(false));
  it.each(CONCRETE_PROBLEMS)("concrete problem → example: %s", (t) => expect(hasExample(t)).toBe(true));
  it.each(VAGUE_MEASURES)("vague measure → not checkable: %s", (t) => expect(ok(checkability(t))).toBe(false));
  it.each(CHECKABLE_MEASURES)("checkable measure → checkable: %s", (t) => expect(ok(checkability(t))).toBe(true));

  it.each(setPhrases.phrases)("set phrase %s is neither data nor a deadline", (ph) => {
    expect(hasExample(`落实${ph}要求还不够到位，认识不深。`)).toBe(false);
    expect(ok(checkability(`深入落实${ph}要求，不断提高认识。`))).toBe(false);
  });
});
