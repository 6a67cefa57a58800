/**
 * Generator of realistic (but original, synthetic) 对照检查材料 for benchmarks: a title, a
 * preamble, 上年度整改 and 存在的问题 with aspects and items, 原因分析, 整改措施 and a closing,
 * scaled to any paragraph count by adding aspects and items. Deterministic (seeded).
 */
import { strToU8, zipSync } from "fflate";
import type { DocumentModel, Paragraph } from "../src/core/types";

export interface GenParagraph {
  text: string;
  /** 0 = title, 1/2 = heading levels (literal numbering in text), null = body. */
  level: 0 | 1 | 2 | null;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CN = "〇一二三四五六七八九";
export function cn(n: number): string {
  if (n < 10) return CN[n];
  if (n < 20) return "十" + (n % 10 ? CN[n % 10] : "");
  if (n < 100) return CN[Math.floor(n / 10)] + "十" + (n % 10 ? CN[n % 10] : "");
  const h = Math.floor(n / 100);
  const r = n % 100;
  return CN[h] + "百" + (r === 0 ? "" : r < 10 ? "零" + CN[r] : r < 20 ? "一" + cn(r) : cn(r));
}

const ASPECTS = [
  "在强化政治忠诚、提高政治能力方面",
  "在固本培元、增强党性方面",
  "在敬畏人民、敬畏组织、敬畏法纪方面",
  "在干事创业、担当作为方面",
  "在扛起管党治党责任方面",
];
const TOPICS = ["理论武装", "调查研究", "联系群众", "制度执行", "项目推进", "风险防控", "作风建设", "队伍管理", "督促检查", "基层减负"];
const FAULTS = [
  "满足于读原文、记笔记，联系本单位实际思考不够",
  "部署多、跟踪少，有的任务停留在会议和文件上",
  "遇到矛盾习惯于上交，主动协调的劲头不足",
  "听取汇报多，深入一线掌握情况少",
  "对苗头性问题提醒不及时，抓早抓小不到位",
  "工作标准时紧时松，持续用力的韧劲不够",
  "对新情况研究不深，应对办法不多",
  "统筹兼顾不够，有的工作顾此失彼",
];
const EXAMPLES = [
  "今年上半年开展的专项检查中，有两项整改事项超过了原定时限",
  "在一次季度调度会上，对进度滞后的事项只提了要求，没有明确责任人",
  "去年下半年走访企业时，对反映的用地问题没有及时跟进答复",
  "全年班子集中学习中，有几次以传达文件代替了研讨交流",
  "在推进某个改造项目时，前期论证不充分，导致方案反复调整",
];
const CAUSES = [
  "理想信念的“总开关”拧得还不够紧，思想上有松劲歇脚的念头",
  "党性修养锤炼不够经常，自我要求有所放松",
  "宗旨意识树得不够牢，对群众的急难愁盼感受不深",
  "政绩观存在偏差，重显绩、轻潜绩的倾向还没有根除",
  "纪律规矩意识不够强，对小事小节警惕不足",
];
const MEASURES = [
  "坚持每月专题学习，围绕重点课题开展研讨，形成调研报告",
  "建立问题清单、责任清单、时限清单，逐项对账销号",
  "班子成员每季度至少到基层蹲点一次，现场解决实际问题",
  "严格落实中央八项规定精神，带头反对形式主义、官僚主义",
  "完善督查督办机制，对重点任务实行周调度、月通报",
];

/**
 * Slips a real draft contains, all original wording: each one is something a rule should report
 * (copy-residue, placeholder, numbering, objective-cause, achievement-in-problems, canonical-term,
 * missing-example). Applied to about one body paragraph in `messyEvery`.
 */
const MESSY: ((text: string, r: () => number) => string)[] = [
  (t) => t + "“公文范例网，www.gongwen-example.com”",
  (t) => t.replace(/。$/, "，涉及XX个单位。"),
  (t) => t.replace(/^([一二三四五六七八九十]+)是/, "$1是、"),
  (t) => t.replace(/^比如，/, "比如，【时间】在【事例】中，"),
  () => "由于工作忙、任务重、人手少，有的工作没有顾上。",
  () => "全年圆满完成各项目标任务，工作成效显著，多次受到上级表彰。",
  (t) => t + "习近平新世代中国特色社会主义思想学得还不够深。",
  () => "思想认识还不够到位，工作标准还不够高。",
  (t) => t + "更多范文请关注微信公众号。",
];

export interface GenerateOptions {
  /** Put one slip from MESSY into about one body paragraph in this many (0 = a clean material). */
  messyEvery?: number;
}

/** Generate about `target` paragraphs (exactly `target`, trimmed or padded at the end). */
export function generateMaterial(target: number, seed = 2025, opts: GenerateOptions = {}): GenParagraph[] {
  const r = rng(seed);
  const pick = <T>(a: T[]): T => a[Math.floor(r() * a.length)];
  const out: GenParagraph[] = [];
  const body = (text: string) => out.push({ text, level: null });
  out.push({ text: "中共某某县某某局领导班子2025年度民主生活会对照检查材料", level: 0 });
  body("根据上级关于召开2025年度民主生活会的通知要求，局领导班子紧扣会议主题，认真开展学习研讨，广泛征求意见建议，深入开展谈心谈话，并对照“五个带头”逐项检视。现将对照检查情况报告如下。");
  out.push({ text: "一、上年度民主生活会整改落实情况", level: 1 });
  body("上年度民主生活会查摆的问题已全部制定整改措施，大部分已经完成，个别需要长期坚持的事项正在持续推进。");
  out.push({ text: "二、存在的问题", level: 1 });
  // The rest of the budget is split 60/15/20/5 between problems, causes, measures and closing.
  const problemBudget = Math.max(12, Math.floor(target * 0.6));
  const itemsPerAspect = Math.max(2, Math.round(problemBudget / ASPECTS.length / 2) - 1);
  let aspectNo = 0;
  while (out.length < problemBudget) {
    const aspect = ASPECTS[aspectNo % ASPECTS.length];
    aspectNo++;
    out.push({ text: `（${cn(aspectNo)}）${aspect}`, level: 2 });
    for (let i = 1; i <= itemsPerAspect && out.length < problemBudget; i++) {
      body(`${cn(i)}是${pick(TOPICS)}方面还有差距。${pick(FAULTS)}，${pick(FAULTS)}。`);
      body(`比如，${pick(EXAMPLES)}，反映出${pick(TOPICS)}工作中的短板。`);
    }
  }
  out.push({ text: "三、原因分析", level: 1 });
  const causeEnd = out.length + Math.max(4, Math.floor(target * 0.15));
  for (let i = 1; out.length < causeEnd; i++) {
    if (i <= 5) out.push({ text: `（${cn(i)}）${["理想信念方面", "党性修养方面", "宗旨意识方面", "政绩观方面", "纪律规矩方面"][i - 1]}`, level: 2 });
    body(`${pick(CAUSES)}。${pick(CAUSES)}，在${pick(TOPICS)}上体现得比较明显。`);
  }
  out.push({ text: "四、整改措施", level: 1 });
  const measureEnd = out.length + Math.max(6, Math.floor(target * 0.2));
  for (let i = 1; out.length < measureEnd; i++) {
    if ((i - 1) % 6 === 0) out.push({ text: `（${cn(Math.floor((i - 1) / 6) + 1)}）${ASPECTS[Math.floor((i - 1) / 6) % ASPECTS.length].replace(/^在|方面$/g, "")}`, level: 2 });
    body(`${cn(((i - 1) % 6) + 1)}是${pick(MEASURES)}，${2026}年${(i % 12) + 1}月底前完成。`);
  }
  while (out.length < target - 1) body(`${pick(MEASURES)}，确保${pick(TOPICS)}工作取得实效。`);
  body("以上对照检查，不妥之处，请同志们批评指正。");
  const result = out.slice(0, target);
  const every = opts.messyEvery ?? 0;
  if (every > 0) {
    // Also: one skipped sibling heading and a half-width bracket in the problems, every few aspects.
    let aspect = 0;
    let slip = 0;
    for (let i = 1; i < result.length - 1; i++) {
      const p = result[i];
      if (p.level === 2 && /^（/.test(p.text) && ++aspect % 7 === 3) p.text = p.text.replace(/^（([^）]+)）/, "($1)");
      if (p.level === null && r() * every < 1) p.text = MESSY[slip++ % MESSY.length](p.text, r);
    }
  }
  return result;
}

export function toText(ps: GenParagraph[]): string {
  return ps.map((p) => p.text).join("\n");
}

export function toModel(ps: GenParagraph[]): DocumentModel {
  const paragraphs: Paragraph[] = ps.map((p, index) => ({
    index,
    text: p.text,
    styleName: p.level === 0 ? "Title" : p.level ? `heading ${p.level}` : "Normal",
    headingLevel: p.level ? p.level : null,
    listString: "",
    inTable: false,
  }));
  return { paragraphs };
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const RPR = `<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:hint="eastAsia"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:eastAsia="zh-CN"/></w:rPr>`;

/**
 * A .docx as Word writes it: verbose run properties, text split into several runs, rsid
 * attributes, numeric style ids named "heading 1", headings carrying literal numbering.
 */
export function toDocx(ps: GenParagraph[]): Uint8Array {
  const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const body = ps
    .map((p, i) => {
      const style = p.level === 0 ? "Title" : p.level === 1 ? "1" : p.level === 2 ? "2" : null;
      const ppr = `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/>${RPR}</w:pPr>`;
      // Split text into runs of ~20 characters, as editing sessions leave it.
      const chars = Array.from(p.text);
      const runs: string[] = [];
      for (let k = 0; k < chars.length; k += 20) {
        runs.push(`<w:r w:rsidRPr="00A1${(i % 90) + 10}C3">${RPR}<w:t xml:space="preserve">${esc(chars.slice(k, k + 20).join(""))}</w:t></w:r>`);
      }
      return `<w:p w:rsidR="00B2${(i % 90) + 10}D4" w:rsidRDefault="00B2${(i % 90) + 10}D4" w:rsidP="00C3E5F6">${ppr}${runs.join("")}</w:p>`;
    })
    .join("");
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const style = (id: string, name: string, extra = "") =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/>${extra}</w:style>`;
  const styles =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:styles xmlns:w="${W}">` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    style("1", "heading 1", `<w:pPr><w:outlineLvl w:val="0"/></w:pPr>`) +
    style("2", "heading 2", `<w:pPr><w:outlineLvl w:val="1"/></w:pPr>`) +
    style("Title", "Title") +
    `</w:styles>`;
  return zipSync(
    {
      "[Content_Types].xml": strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
      ),
      "_rels/.rels": strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
      ),
      "word/_rels/document.xml.rels": strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
      ),
      "word/document.xml": strToU8(doc),
      "word/styles.xml": strToU8(styles),
    },
    { level: 6 },
  );
}
