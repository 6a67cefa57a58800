/**
 * The speed-ups of the check must not change a single finding. Each cached or pre-filtered path is
 * compared with the plain computation it replaces, on large generated materials (with slips in many
 * paragraphs) and on the core fixtures:
 * - rules sharing one context (cached residue flags, outline map and items) report exactly what each
 *   rule reports on a context of its own;
 * - residueOnlyAt agrees with isResidueOnly, collectItems with a fresh computation (and a rule that
 *   changes its items does not change the next rule's);
 * - LiteralIndex with a regex pre-filter finds what the plain index finds; visibleAtLeast agrees
 *   with visibleLength.
 */
import { generateMaterial, toModel } from "../../bench/generate";
import { analyze } from "../../src/core/analyze";
import { checkDocument, choosePreset } from "../../src/core/checker";
import { RULES } from "../../src/core/rules";
import { isResidueOnly } from "../../src/core/rules/copy-residue";
import { collectItems, residueOnlyAt } from "../../src/core/rules/util/doc";
import { LiteralIndex, visibleAtLeast, visibleLength } from "../../src/core/rules/util/text";
import { setCandidateFilter } from "../../src/core/rules/util/scan";
import { visibleBySection } from "../../src/core/rules/balance";
import { voiceOf } from "../../src/core/textDetect";
import { checkability, isCheckable } from "../../src/core/rules/measure-checkable";
import type { DocumentModel, RuleContext, SectionKind } from "../../src/core/types";
import setPhrases from "../../src/data/rules/set-phrases.json";
import residueWords from "../../src/data/rules/copy-residue.json";
import { listFixtures, loadFixture } from "./helpers";

/** Paragraphs that are nothing but website residue (copy-residue deletes them; other rules skip them). */
const RESIDUE_ONLY = ["更多范文请关注微信公众号。", "来源：某某范文网", "“公文范例网，www.gongwen-example.com”", "本文转自网络，如有侵权请联系删除。"];

function withResidue(n: number, seed: number, messyEvery: number): DocumentModel {
  const ps = generateMaterial(n, seed, { messyEvery });
  ps.forEach((p, i) => {
    if (p.level === null && i % 97 === 50) p.text = RESIDUE_ONLY[i % RESIDUE_ONLY.length];
  });
  return toModel(ps);
}

/**
 * One slip per paragraph and nothing else in it: a candidate trigger that misses one kind of
 * slip changes these findings (the generated materials mix several slips in one paragraph, which
 * can hide such a miss).
 */
const SLIPS = [
  "对标先进的要求不够高，XX方面的工作还有差距，需要认真加以改进。",
  "去年全年只开展了X次调研，深入基层一线的时间明显偏少。",
  "全年走访群众××户，与群众面对面交流的次数不多。",
  "对某某同志反映的问题没有及时回应，处理得不够及时。",
  "对***同志反映的问题没有及时回应，处理得不够及时。",
  "对分管领域的工作督促检查不够，____项目推进偏慢。",
  "对分管领域的工作督促检查不够，□□项目推进偏慢。",
  "今年【时间】在【事例】中，对群众诉求回应不够及时。",
  "对分管领域的工作督促检查不够（此处填写具体事例），推进偏慢。",
  "对市x局转来的意见没有及时研究，回应不够及时。",
  "对困难群众雪中送碳的实事做得不够，帮扶措施不够具体。",
  "对此此类问题重视不够，整改落实的措施不够有力。",
  "对\"四下基层\"的要求落实不够，调研的深度还不够。",
  "对”四下基层“的要求落实不够，调研的深度还不够。",
  "对分管领域的工作 督促检查不够，推进的力度还不够大。",
  "对分管领域的工作督促检查不够,推进的力度还不够大。",
  "对分管领域的工作督促检查不够;推进的力度还不够大。",
  "对分管领域的工作督促检查不够:推进的力度还不够大。",
  "对分管领域的工作(主要是项目)督促检查不够，推进偏慢。",
  "学习新世代党的创新理论不够深入，理解还停留在表面。",
  "由于工作忙，对理论学习的时间保证不够，学得不够深入。",
  "更多范文请关注微信公众号。",
  "对分管领域的工作督促检查不够，推进偏慢 www.example.com",
];

/** The slips below in a material, with voice words and invisible characters at paragraph edges. */
function slipMaterial(): DocumentModel {
  const edges = ["我在学习上下的功夫不够，本人", "我们班子在这方面做得不够好，我", "支部 组织生活 不够规范\t", "😀表情符号也会从网页带进来😀"];
  const body = ["中共某县某局领导班子2025年度民主生活会对照检查材料", "一、存在的问题", "（一）在强化政治忠诚、提高政治能力方面", ...SLIPS, "二、原因分析", ...SLIPS, ...edges, "三、整改措施", "一是加强学习。", ...edges];
  return { paragraphs: body.map((text, index) => ({ index, text, styleName: "", headingLevel: null, listString: "", inTable: false })) };
}

const DOCS: [string, DocumentModel][] = [
  ["generated, a slip in every paragraph", withResidue(1500, 11, 1)],
  ["generated, a slip in one of 3", withResidue(1500, 12, 3)],
  ["one slip per paragraph", slipMaterial()],
  ...listFixtures().map((f): [string, DocumentModel] => [f, loadFixture(f)]),
];

function contextOf(doc: DocumentModel): RuleContext {
  const { preset } = choosePreset(doc);
  return { doc, analysis: analyze(doc, preset), preset };
}

describe.each(DOCS)("%s", (_name, doc) => {
  it("every rule reports the same on a shared context as on a context of its own", () => {
    const shared = contextOf(doc);
    const report = checkDocument(doc, { preset: shared.preset });
    let total = 0;
    for (const rule of RULES) {
      const own = rule.check(contextOf(doc));
      expect(rule.check(shared)).toEqual(own);
      total += own.length;
      const inReport = report.findings.filter((f) => f.ruleId === rule.id).length;
      expect(inReport).toBe(own.length);
    }
    if (doc.paragraphs.length > 1000) expect(total).toBeGreaterThan(100); // the material really has slips
  });

  it("candidate paragraphs report exactly what the per-paragraph path reports", () => {
    const scanned = checkDocument(doc);
    setCandidateFilter(false);
    try {
      const plain = checkDocument(doc);
      expect(scanned.findings).toEqual(plain.findings);
      expect(scanned.preset).toEqual(plain.preset);
    } finally {
      setCandidateFilter(true);
    }
  });

  it("voice counts and visible lengths equal per-paragraph counts", () => {
    const ctx = contextOf(doc);
    const want = ctx.analysis.sections.map(() => 0);
    doc.paragraphs.forEach((p, i) => {
      const si = ctx.analysis.sectionOf[i];
      if (si >= 0) want[si] += visibleLength(p.text);
    });
    expect(visibleBySection(ctx)).toEqual(want);
    const sum = { singular: 0, collective: 0, branch: 0 };
    for (const p of doc.paragraphs) {
      const v = voiceOf({ paragraphs: [p] });
      sum.singular += v.singular;
      sum.collective += v.collective;
      sum.branch += v.branch;
    }
    expect(voiceOf(doc)).toEqual(sum);
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts.map(isCheckable)).toEqual(texts.map((t) => Object.values(checkability(t)).some(Boolean)));
  });

  it("residue flags and items computed once equal a fresh computation", () => {
    const ctx = contextOf(doc);
    expect(doc.paragraphs.map((_p, i) => residueOnlyAt(ctx, i))).toEqual(doc.paragraphs.map((p) => isResidueOnly(p.text)));
    const kinds: SectionKind[][] = [["存在的问题"], ["存在的问题", "政绩观"], ["整改措施"]];
    for (const k of kinds) {
      const first = collectItems(ctx, k);
      const fresh = collectItems(contextOf(doc), k);
      expect(first).toEqual(fresh);
      for (const it of first) it.text = "（改过）";
      expect(collectItems(ctx, k)).toEqual(fresh);
    }
  });

  it("a pre-filtered LiteralIndex and visibleAtLeast agree with the plain scans", () => {
    const lists = [setPhrases.phrases, [...residueWords.strong, ...residueWords.weak, ...residueWords.sourceLabels, ...residueWords.metaLines]];
    for (const words of lists) {
      const plain = new LiteralIndex(words);
      const filtered = new LiteralIndex(words, { prefilter: true });
      const texts = doc.paragraphs.map((p) => p.text);
      expect(texts.map((t) => filtered.findAll(t))).toEqual(texts.map((t) => plain.findAll(t)));
      expect(texts.map((t) => filtered.has(t))).toEqual(texts.map((t) => plain.has(t)));
    }
    for (const n of [0, 1, 12, 40]) expect(doc.paragraphs.map((p) => visibleAtLeast(p.text, n))).toEqual(doc.paragraphs.map((p) => visibleLength(p.text) >= n));
  });
});

it("candidate paragraphs find each kind of slip on its own", () => {
  const doc = slipMaterial();
  const scanned = checkDocument(doc);
  setCandidateFilter(false);
  try {
    expect(scanned.findings).toEqual(checkDocument(doc).findings);
  } finally {
    setCandidateFilter(true);
  }
  // Every slip paragraph of 存在的问题 gets at least one finding.
  for (let i = 0; i < SLIPS.length; i++) expect(scanned.findings.some((f) => f.paragraph === 3 + i && f.ruleId !== "missing-example")).toBe(true);
});

it("the generated materials contain what the pre-filters look for", () => {
  const texts = DOCS[0][1].paragraphs.map((p) => p.text);
  expect(texts.filter((t) => new LiteralIndex(setPhrases.phrases).has(t)).length).toBeGreaterThan(0);
  expect(texts.filter((t) => isResidueOnly(t)).length).toBeGreaterThan(0);
});
