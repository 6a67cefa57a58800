/** The 审核台 page: load two sets of files, the summary table, charts, similarity, 年年提, document view, exports. */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type DragEvent, type ReactNode } from "react";
import type { FailedFile } from "../core/review/batch";
import type { RecycledHit, SharedPassage } from "../core/review/similarity";
import { percent } from "../core/review/export";
import { SEVERITY_LABEL } from "../core/findings";
import type { Finding } from "../core/types";
import type { InputFile, ReviewClient } from "./client";
import type { Detail, FileSet, PairRow } from "./protocol";
import { exportAllOpinions, exportCsv, exportHtml, exportOpinion, exportXlsx } from "./exporting";
import { filesFromDrop, filesFromInput } from "./picking";
import { SummaryTable, type RowView, type SortKey } from "./SummaryTable";

/** One collator for every comparison (String.localeCompare with a locale may build one per call). */
const COLLATOR = new Intl.Collator("zh-CN");

type Filter = "all" | "errors" | "similar" | "recycled" | "unreadable";

function sortValue(r: RowView, key: SortKey): string | number {
  const f = r.f;
  if (key === "file") return f.file;
  if (!f.ok) return key === "errors" ? Number.MAX_SAFE_INTEGER : -1;
  switch (key) {
    case "author":
      return f.author;
    case "type":
      return f.presetLabel;
    case "parts":
      return f.parts.need ? f.parts.have / f.parts.need : 1;
    case "aspects":
      return f.aspects.need ? f.aspects.have / f.aspects.need : 1;
    case "errors":
      return f.counts.error * 1e6 + f.counts.warning * 1e3 + f.counts.info;
    case "warnings":
      return f.counts.warning;
    case "characters":
      return f.characters;
    case "stock":
      return f.stock.perThousand;
    case "similar":
      return r.similar;
  }
}

function Loader(props: { set: FileSet; title: string; hint: string; onFiles: (files: InputFile[], set: FileSet) => void; busy: boolean; count: number }) {
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const onDrop = async (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    props.onFiles(await filesFromDrop(e.dataTransfer), props.set);
  };
  return (
    <section
      className={`loader${dragging ? " dragging" : ""}`}
      data-set={props.set}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      aria-label={props.title}
    >
      <h2>
        {props.title} <span className="muted">（{props.count} 份）</span>
      </h2>
      <p className="muted">{props.hint}</p>
      <div className="buttons">
        <button type="button" onClick={() => files.current?.click()} disabled={props.busy}>
          选择文件…
        </button>
        <button type="button" onClick={() => folder.current?.click()} disabled={props.busy}>
          选择文件夹…
        </button>
      </div>
      <input
        ref={files}
        type="file"
        multiple
        accept=".docx,.txt,.md"
        hidden
        data-testid={`pick-${props.set}`}
        onChange={async (e) => {
          const input = e.currentTarget;
          const list = await filesFromInput(input.files, false);
          input.value = "";
          props.onFiles(list, props.set);
        }}
      />
      <input
        ref={folder}
        type="file"
        hidden
        // Non-standard but supported by Chromium, Edge, Firefox and Safari.
        {...{ webkitdirectory: "", directory: "" }}
        onChange={async (e) => {
          const input = e.currentTarget;
          const list = await filesFromInput(input.files, true);
          input.value = "";
          props.onFiles(list, props.set);
        }}
      />
    </section>
  );
}

function Svg({ svg, label }: { svg: string; label: string }) {
  // The SVG string is built by src/core/review/export.ts with every text escaped.
  return <div className="chart" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}

function highlight(text: string, quotes: string[]): ReactNode {
  const spans: [number, number][] = [];
  for (const q of quotes) {
    const core = q.replace(/…$/, "").trim();
    if (core.length < 2) continue;
    const at = text.indexOf(core);
    if (at >= 0) spans.push([at, at + core.length]);
  }
  if (!spans.length) return text;
  spans.sort((a, b) => a[0] - b[0]);
  const out: ReactNode[] = [];
  let pos = 0;
  spans.forEach(([s, e], i) => {
    if (s < pos) return;
    out.push(text.slice(pos, s), <mark key={i}>{text.slice(s, e)}</mark>);
    pos = e;
  });
  out.push(text.slice(pos));
  return out;
}

function DocumentView(props: { detail: Detail; recycled: RecycledHit[]; onExport: () => void; onClose: () => void }) {
  const { file, paragraphs } = props.detail;
  const byPara = useMemo(() => {
    const m = new Map<number, Finding[]>();
    for (const f of file.findings) {
      const k = Math.max(0, f.paragraph);
      m.set(k, [...(m.get(k) ?? []), f]);
    }
    return m;
  }, [file]);
  const recycled = useMemo(() => new Map(props.recycled.filter((r) => r.file === file.file).map((r) => [r.paragraph, r])), [props.recycled, file]);
  return (
    <section className="docview" aria-label={`文档：${file.file}`} data-testid="document-view">
      <header>
        <h2>{file.file}</h2>
        <span className="muted">
          {file.presetLabel} · 错误 {file.counts.error} · 警告 {file.counts.warning} · 提示 {file.counts.info}
        </span>
        <button type="button" onClick={props.onExport}>
          导出审核意见（.txt）
        </button>
        <button type="button" onClick={props.onClose} aria-label="关闭文档">
          关闭
        </button>
      </header>
      <div className="paper">
        {paragraphs.map((text, i) => {
          const fs = byPara.get(i) ?? [];
          const rec = recycled.get(i);
          const worst = fs.find((f) => f.severity === "error") ? "error" : fs.find((f) => f.severity === "warning") ? "warning" : fs.length ? "info" : "";
          return (
            <div key={i} className={`p ${worst ? `has-${worst}` : ""}${rec ? " recycled" : ""}`} data-paragraph={i}>
              <span className="pn">{i + 1}</span>
              <p>{highlight(text, fs.map((f) => f.quote ?? ""))}</p>
              {rec && (
                <div className="note recycled-note">
                  年年提：与往年材料“{rec.previousFile}”第 {rec.previousParagraph + 1} 段相同（{rec.length} 字）
                </div>
              )}
              {fs.map((f, k) => (
                <div key={k} className={`note sev-${f.severity}`} data-rule-id={f.ruleId}>
                  {SEVERITY_LABEL[f.severity]}：{f.message}
                  {f.quote ? <q>{f.quote}</q> : null}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </section>
  );
}

function PairView({ p, open, onToggle, client }: { p: PairRow; open: boolean; onToggle: () => void; client: ReviewClient }) {
  const [passages, setPassages] = useState<SharedPassage[] | null>(null);
  useEffect(() => {
    if (!open) return;
    let live = true;
    void client.passages(p.a, p.b).then((ps) => live && setPassages(ps));
    return () => {
      live = false;
    };
  }, [open, client, p]);
  return (
    <li className={`pair${p.flagged ? " flagged" : ""}`} data-pair={`${p.a}|${p.b}`}>
      <button type="button" className="link" onClick={onToggle} aria-expanded={open}>
        {p.flagged ? "⚠ " : ""}
        {p.a} ↔ {p.b}：相同文字占较短材料 {percent(p.ratio)}（{percent(p.shareA)} / {percent(p.shareB)}），最长一段 {p.longest} 字
      </button>
      {open && passages && (
        <div className="passages">
          {passages.slice(0, 10).map((s, i) => (
            <div key={i} className="passage" data-testid="passage">
              <div className="muted">
                相同 {s.length} 字：{p.a} 第 {s.aParagraph + 1} 段 ↔ {p.b} 第 {s.bParagraph + 1} 段
              </div>
              <div className="side">
                <div>{s.aText}</div>
                <div>{s.bText}</div>
              </div>
            </div>
          ))}
        </div>
      )}
    </li>
  );
}

/** Long lists (pairs, 年年提) show this many items at first, and as many more on each click. */
const LIST_STEP = 100;

function More({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  if (shown >= total) return null;
  return (
    <button type="button" className="more" onClick={onMore}>
      再显示 {Math.min(LIST_STEP, total - shown)} 条（已显示 {shown} / {total}）
    </button>
  );
}

function RecycledList({ items }: { items: RecycledHit[] }) {
  const [limit, setLimit] = useState(LIST_STEP);
  return (
    <>
      <table className="grid" data-testid="recycled">
        <thead>
          <tr>
            <th>文件</th>
            <th>段落</th>
            <th>今年</th>
            <th>往年材料</th>
          </tr>
        </thead>
        <tbody>
          {items.slice(0, limit).map((r, i) => (
            <tr key={i} data-recycled={`${r.file}|${r.paragraph}`}>
              <td>{r.file}</td>
              <td>第 {r.paragraph + 1} 段</td>
              <td>{r.text}</td>
              <td>
                {r.previousFile} 第 {r.previousParagraph + 1} 段
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <More shown={Math.min(limit, items.length)} total={items.length} onMore={() => setLimit((l) => l + LIST_STEP)} />
    </>
  );
}

/** `notice`: a short note about the environment (the readers run on the page's thread). */
export function App({ client, notice }: { client: ReviewClient; notice?: string }) {
  const state = useSyncExternalStore(client.subscribe, client.getState);
  const { view: result, progress, busy } = state;
  const [sort, setSort] = useState<{ key: SortKey; asc: boolean }>({ key: "errors", asc: false });
  const [query, setQuery] = useState("");
  const [filter, setFilter] = useState<Filter>("all");
  const [selected, setSelected] = useState<string | null>(null);
  const [openPair, setOpenPair] = useState<string | null>(null);
  const [showAllPairs, setShowAllPairs] = useState(false);
  const [pairLimit, setPairLimit] = useState(LIST_STEP);
  const [message, setMessage] = useState<string | null>(null);

  const load = (files: InputFile[], set: FileSet) => {
    if (!files.length) {
      setMessage("没有找到可检查的文件（.docx、.txt、.md）。");
      return;
    }
    setMessage(null);
    void client.loadFiles(files, set);
  };

  const rows: RowView[] = useMemo(() => {
    if (!result) return [];
    const sim = new Map<string, number>();
    for (const p of result.pairs) {
      if (!p.flagged) continue;
      sim.set(p.a, (sim.get(p.a) ?? 0) + 1);
      sim.set(p.b, (sim.get(p.b) ?? 0) + 1);
    }
    const rec = new Map<string, number>();
    for (const r of result.recycled) rec.set(r.file, (rec.get(r.file) ?? 0) + 1);
    return result.files.map((f) => ({ f, similar: sim.get(f.file) ?? 0, recycled: rec.get(f.file) ?? 0 }));
  }, [result]);

  const shown = useMemo(() => {
    const q = query.trim();
    const list = rows.filter((r) => {
      if (q && !r.f.file.includes(q) && !(r.f.ok && r.f.author.includes(q))) return false;
      switch (filter) {
        case "errors":
          return r.f.ok && r.f.counts.error > 0;
        case "similar":
          return r.similar > 0;
        case "recycled":
          return r.recycled > 0;
        case "unreadable":
          return !r.f.ok;
        default:
          return true;
      }
    });
    const dir = sort.asc ? 1 : -1;
    return [...list].sort((a, b) => {
      const x = sortValue(a, sort.key);
      const y = sortValue(b, sort.key);
      const c = typeof x === "number" && typeof y === "number" ? x - y : COLLATOR.compare(String(x), String(y));
      return c * dir || COLLATOR.compare(a.f.file, b.f.file);
    });
  }, [rows, query, filter, sort]);

  const onSort = (key: SortKey) => setSort((s) => ({ key, asc: s.key === key ? !s.asc : key === "file" || key === "author" }));

  // The open document's findings and text come from the store when a row is opened (and again
  // after each new result, which may have replaced the file).
  const [detail, setDetail] = useState<Detail | null>(null);
  useEffect(() => {
    if (!selected || !result) {
      setDetail(null);
      return;
    }
    let live = true;
    void client.detail(selected).then((d) => live && setDetail(d));
    return () => {
      live = false;
    };
  }, [client, selected, result]);

  const pairs = result ? (showAllPairs ? result.pairs : result.pairs.filter((p) => p.flagged)) : [];
  const flaggedCount = result?.pairs.filter((p) => p.flagged).length ?? 0;
  const run = (f: () => void | Promise<void>) => {
    Promise.resolve()
      .then(f)
      .catch((e: unknown) => setMessage(`导出失败：${e instanceof Error ? e.message : String(e)}`));
  };

  return (
    <main>
      <header className="top">
        <h1>对照检查材料 · 审核台</h1>
        <span className="muted">全部在本机浏览器中读取和检查，不上传任何内容。</span>
      </header>
      {notice && (
        <div className="notice" role="note" data-testid="thread-notice">
          {notice}
        </div>
      )}
      <div className="loaders">
        <Loader set="current" title="本次材料" hint="拖入文件或文件夹，或点击选择；支持 .docx、.txt、.md。" onFiles={load} busy={busy} count={result?.files.length ?? 0} />
        <Loader set="previous" title="往年材料" hint="可选：加入上一年度的材料，用于发现“年年提”的问题。" onFiles={load} busy={busy} count={result?.previous.length ?? 0} />
      </div>
      {(busy || progress) && (
        <div className="progress" role="status" data-testid="progress">
          <progress max={progress?.total ?? 1} value={progress?.done ?? 0} />
          <span>{progress ? `正在读取和检查 ${progress.done}/${progress.total}：${progress.file}` : "正在比对……"}</span>
        </div>
      )}
      {(message || state.error) && (
        <div className="message" role="alert">
          {message ?? state.error}
        </div>
      )}
      {result && result.files.length > 0 && (
        <>
          <div className="toolbar" role="toolbar" aria-label="导出">
            <button type="button" onClick={() => run(() => exportCsv(client))}>
              导出汇总（.csv）
            </button>
            <button type="button" onClick={() => run(() => exportXlsx(client))}>
              导出汇总（.xlsx）
            </button>
            <button type="button" onClick={() => run(() => exportHtml(client))}>
              导出报告（.html，可打印）
            </button>
            <button type="button" onClick={() => run(() => exportAllOpinions(client))}>
              导出全部审核意见（.zip）
            </button>
            <button type="button" onClick={() => void client.clear().then(() => setSelected(null))} disabled={busy}>
              清空
            </button>
          </div>
          <section aria-label="汇总">
            <div className="filters">
              <input type="search" placeholder="按文件名或作者筛选" value={query} onChange={(e) => setQuery(e.target.value)} aria-label="按文件名或作者筛选" />
              <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)} aria-label="显示">
                <option value="all">全部材料</option>
                <option value="errors">有错误的</option>
                <option value="similar">有雷同的</option>
                <option value="recycled">有年年提的</option>
                <option value="unreadable">无法读取的</option>
              </select>
              <span className="muted">
                显示 {shown.length} / {rows.length} 份；雷同 {flaggedCount} 对；年年提 {result.recycled.length} 段
              </span>
            </div>
            <SummaryTable rows={shown} common={result.common} sort={sort} onSort={onSort} selected={selected} onOpen={setSelected} />
          </section>
          {detail && detail.file.file === selected && (
            <DocumentView
              detail={detail}
              recycled={result.recycled}
              onExport={() => run(() => exportOpinion(client, detail.file.file))}
              onClose={() => setSelected(null)}
            />
          )}
          <section aria-label="雷同材料" className="pairs">
            <h2>雷同材料</h2>
            <p className="muted">
              相同文字超过较短材料的 {percent(result.options.threshold)}，或有一段相同文字不少于 {result.options.longPassage} 字（不计标点；固定政治表述和预设标题不计），即列为雷同。
              <label>
                <input type="checkbox" checked={showAllPairs} onChange={(e) => setShowAllPairs(e.target.checked)} /> 也显示未达到标准的相同段落
              </label>
            </p>
            {pairs.length === 0 ? (
              <p>没有发现雷同的材料。</p>
            ) : (
              <>
                <ul data-testid="pairs">
                  {pairs.slice(0, pairLimit).map((p) => {
                    const k = `${p.a}|${p.b}`;
                    return <PairView key={k} p={p} client={client} open={openPair === k} onToggle={() => setOpenPair(openPair === k ? null : k)} />;
                  })}
                </ul>
                <More shown={Math.min(pairLimit, pairs.length)} total={pairs.length} onMore={() => setPairLimit((l) => l + LIST_STEP)} />
              </>
            )}
          </section>
          <section aria-label="年年提">
            <h2>年年提</h2>
            {result.previous.length === 0 ? (
              <p className="muted">加入往年材料后，这里列出“存在的问题”中与往年文字相同的段落。</p>
            ) : result.recycled.length === 0 ? (
              <p>没有发现与往年材料相同的问题段落。</p>
            ) : (
              <RecycledList items={result.recycled} />
            )}
            {result.previous.some((f) => !f.ok) && (
              <ul className="unreadable-list">
                {result.previous
                  .filter((f): f is FailedFile => !f.ok)
                  .map((f) => (
                    <li key={f.file}>
                      往年材料 {f.file} 无法读取：{f.reason}
                    </li>
                  ))}
              </ul>
            )}
          </section>
          <section aria-label="问题分布" className="charts">
            <h2>问题分布</h2>
            <Svg svg={result.charts.byRule} label="各规则发现的问题" />
            <Svg svg={result.charts.byFile} label="各材料发现的问题" />
          </section>
        </>
      )}
    </main>
  );
}
