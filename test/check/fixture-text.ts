/**
 * An original 2025年度 班子 material WITHOUT 原因分析 (written for these tests; fictional unit).
 * Used by the end-to-end jest test and, via the same text, by the browser spec.
 */
export const NO_CAUSES_2025: { text: string; heading?: 0 | 1 | 2 }[] = [
  { text: "青禾县农业农村局领导班子2025年度民主生活会对照检查材料", heading: 0 },
  { text: "按照县委关于召开2025年度民主生活会的通知要求，班子会前集中学习三次，广泛征求基层意见建议，班子成员之间开展了谈心谈话。现将对照检查情况报告如下。" },
  { text: "一、存在的问题", heading: 1 },
  { text: "（一）在加强党性修养、坚定理想信念方面", heading: 2 },
  { text: "班子集体学习有时以传达文件代替研讨，结合乡村振兴实际谈体会不多，例如今年二季度的专题学习只安排了领读环节。" },
  { text: "（二）在树立和践行正确政绩观方面", heading: 2 },
  { text: "个别项目论证不充分，急于出亮点，如高标准农田配套工程前期调研仅用时两周。" },
  { text: "二、整改措施", heading: 1 },
  { text: "（一）完善学习制度。2026年3月底前修订班子学习计划，每季度开展一次专题研讨，由办公室负责督促落实。" },
  { text: "（二）规范项目决策。2026年6月底前建立项目前期论证清单，重大项目论证时间不少于一个月。" },
];
