import { documentFromText } from "./src/core/text";
import { checkDocument } from "./src/core/checker";
import { collectItems } from "./src/core/rules/util/doc";
import { getPreset } from "./src/core/presets";
import data from "./src/data/rules/example-signals.json";
import m from "./src/data/rules/measure-signals.json";
import { readFileSync } from "node:fs";
const kind = process.argv[3] ?? "存在的问题";
const d = documentFromText(readFileSync(process.argv[2], "utf8"));
const r = checkDocument(d);
const preset = getPreset(r.preset.id)!;
const sigs = kind === "整改措施" ? [...m.time, ...m.quantity, ...m.responsibility].map(w=>new RegExp(w.replace(/[【】]/g,"\\$&"))).concat(m.patterns.map(s=>new RegExp(s))) : [...data.words.map(w=>new RegExp(w.replace("…",""))), /以[^，。；]{1,20}为例/, ...data.patterns.map(s=>new RegExp(s))];
for (const it of collectItems({ doc: d, analysis: r.analysis, preset }, [kind as never])) {
  const hits = sigs.map(re=>re.exec(it.text)?.[0]).filter(Boolean);
  console.log(it.paragraph, it.label, JSON.stringify(hits.slice(0,4)), it.text.slice(0,40));
}
