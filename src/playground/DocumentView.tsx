/**
 * The simulated document (left side of the playground): toolbar, editable paragraphs,
 * cursor/selection shared with the host's selection (Word `getSelection()`, WPS
 * `Application.Selection`), and a status bar. Independent of the task pane and of the host kind:
 * the simulated Word and WPS hosts share this document model.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState, useSyncExternalStore } from "react";
import { LOCALIZED_STYLE, type SimParagraph } from "./host/model";
import type { DuizhaoDemo, PlaygroundHost } from "./demo";
import type { PlaygroundHostKind } from "./hostKind";
import { headingLevelOf } from "../office/read";

const WORD_API_VERSIONS = ["1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"];

/**
 * Longer documents render only the paragraphs in view plus a margin (a 200,000-paragraph document
 * would otherwise take minutes to lay out); shorter ones render every paragraph as before.
 */
export const VIRTUALIZE_ABOVE = 1500;
/** Rendered above and below the visible part of the page, in px. */
const OVERSCAN_PX = 1200;
/** Space above the first paragraph inside the scroll container (padding, header, page padding). */
const PAGE_TOP_PX = 80;

/** Estimated heights (px) of the paragraphs on the 620 px page and each one's table number. */
interface Layout {
  /** tops[i] = estimated offset of paragraph i from the first one; tops[n] = total height. */
  tops: Float64Array;
  /** 1-based number of the table a table paragraph sits in (0 outside tables). */
  tableNo: Int32Array;
}

function layoutOf(body: SimParagraph[]): Layout {
  const n = body.length;
  const tops = new Float64Array(n + 1);
  const tableNo = new Int32Array(n);
  let table = 0;
  for (let i = 0; i < n; i++) {
    const p = body[i];
    if (p.table && (i === 0 || body[i - 1].table?.table !== p.table.table)) table++;
    tableNo[i] = p.table ? table : 0;
    // About 33 CJK characters per 28 px line on the page (16 px font, line-height 1.75).
    const lines = Math.max(1, Math.ceil((p.text.length + 2) / 33));
    tops[i + 1] = tops[i] + lines * 28 + 2 + (p.builtIn === "Title" ? 30 : 0);
  }
  return { tops, tableNo };
}

/** First index whose top is > y (binary search over tops[0..n]). */
function indexAt(tops: Float64Array, y: number): number {
  let lo = 0;
  let hi = tops.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tops[mid + 1] <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function useDocVersion(host: PlaygroundHost): number {
  const [version, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => host.doc.subscribe(() => bump()), [host]);
  return version;
}

/** Character offset of (node, offset) inside `root`'s text. */
function offsetIn(root: Node, node: Node, offset: number): number {
  const r = document.createRange();
  r.selectNodeContents(root);
  try {
    r.setEnd(node, offset);
  } catch {
    return 0;
  }
  return r.toString().length;
}

function textSpanOf(node: Node | null): HTMLElement | null {
  let n: Node | null = node;
  while (n && !(n instanceof HTMLElement && n.dataset.textIndex !== undefined)) n = n.parentNode;
  return n as HTMLElement | null;
}

/** DOM position for a character offset in a paragraph's text span. */
function domPoint(span: HTMLElement, offset: number): [Node, number] {
  const t = span.firstChild;
  if (t && t.nodeType === Node.TEXT_NODE) return [t, Math.min(offset, (t as Text).length)];
  return [span, 0];
}

interface Props {
  host: PlaygroundHost;
  demo: DuizhaoDemo;
  error: string | null;
  setError: (m: string | null) => void;
}

export function DocumentView({ host, demo, error, setError }: Props) {
  const doc = host.doc;
  const kind: PlaygroundHostKind = demo.hostKind();
  const version = useDocVersion(host);
  /** "正在载入…" while a long .docx is being opened (demo.loadDocx works in slices). */
  const loading = useSyncExternalStore(demo.subscribeLoading, demo.loading);
  const [pasteOpen, setPasteOpen] = useState(false);
  const [pasteText, setPasteText] = useState("");
  const [dragging, setDragging] = useState(false);
  const [flash, setFlash] = useState<SimParagraph | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const pageRef = useRef<HTMLDivElement>(null);
  const sheetRef = useRef<HTMLDivElement>(null);
  const spans = useRef(new Map<SimParagraph, HTMLElement>());
  const focusAfterRender = useRef<{ p: SimParagraph; offset: number } | null>(null);
  const [caret, setCaret] = useState<{ left: number; top: number; height: number } | null>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 1000 });
  const virtual = doc.body.length > VIRTUALIZE_ABOVE;
  // `version`: the body array is edited in place, so its identity does not change.
  const layout = useMemo(() => (virtual ? layoutOf(doc.body) : null), [doc, version, virtual]);
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  /** A paragraph the add-in selected outside the rendered window: scrolled to once rendered. */
  const pendingScroll = useRef<SimParagraph | null>(null);

  // The add-in selected a paragraph: scroll it into view and mark it.
  useEffect(
    () =>
      doc.subscribe((e) => {
        if (e.kind !== "select" || !e.paragraph) return;
        setFlash(e.paragraph);
        const el = spans.current.get(e.paragraph)?.closest(".para");
        if (el) {
          el.scrollIntoView({ block: "center", behavior: "smooth" });
          return;
        }
        // Not rendered: just inserted in the same batch (rendered with the next commit), or outside
        // the window of a long document. Finish once it is rendered; in a long document, first
        // scroll to its estimated place so that it gets rendered.
        pendingScroll.current = e.paragraph;
        const wrap = pageRef.current;
        const l = layoutRef.current;
        const i = doc.body.indexOf(e.paragraph);
        const top = l && i >= 0 ? l.tops[Math.min(i, l.tops.length - 1)] : undefined;
        if (!wrap || top === undefined) return;
        wrap.scrollTop = Math.max(0, PAGE_TOP_PX + top - wrap.clientHeight / 2);
        setViewport({ top: wrap.scrollTop, height: wrap.clientHeight });
      }),
    [doc],
  );

  // The visible part of the page (virtualized documents only), updated at most once a frame.
  useEffect(() => {
    const wrap = pageRef.current;
    if (!wrap || !virtual) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      setViewport((v) => (v.top === wrap.scrollTop && v.height === wrap.clientHeight ? v : { top: wrap.scrollTop, height: wrap.clientHeight }));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    wrap.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("resize", onScroll);
    return () => {
      wrap.removeEventListener("scroll", onScroll);
      window.removeEventListener("resize", onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [virtual]);

  // A paragraph selected by the add-in is now rendered: bring it into view.
  useLayoutEffect(() => {
    const p = pendingScroll.current;
    if (!p) return;
    const el = spans.current.get(p)?.closest(".para");
    if (!el) return;
    pendingScroll.current = null;
    el.scrollIntoView({ block: "center" });
  });

  // DOM selection inside the document → simulated selection.
  useEffect(() => {
    const onSel = () => {
      const sel = document.getSelection();
      if (!sel || sel.rangeCount === 0) return;
      const a = textSpanOf(sel.anchorNode);
      const f = textSpanOf(sel.focusNode);
      if (!a || !f) return; // focus is elsewhere (e.g. in the task pane): keep the last selection
      const ai = Number(a.dataset.textIndex);
      const fi = Number(f.dataset.textIndex);
      const ao = offsetIn(a, sel.anchorNode!, sel.anchorOffset);
      const fo = offsetIn(f, sel.focusNode!, sel.focusOffset);
      const cur = doc.selection;
      const forward = ai < fi || (ai === fi && ao <= fo);
      const [si, ei] = forward ? [ai, fi] : [fi, ai];
      let [so, eo] = forward ? [ao, fo] : [fo, ao];
      if (si === ei) [so, eo] = [Math.min(so, eo), Math.max(so, eo)];
      if (
        cur.story === "MainDoc" &&
        doc.body[si] === cur.start.p &&
        doc.body[ei] === cur.end.p &&
        cur.start.offset === so &&
        cur.end.offset === eo
      )
        return;
      if (si === ei) doc.setSelection(si, so, eo);
      else doc.setSelectionSpan(si, so, ei, eo);
    };
    document.addEventListener("selectionchange", onSel);
    return () => document.removeEventListener("selectionchange", onSel);
  }, [doc]);

  // Show the simulated selection even when the document does not have the focus.
  useLayoutEffect(() => {
    const s = doc.selection;
    const reg = (globalThis as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
    const HighlightCtor = (globalThis as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
    reg?.delete("sim-selection");
    setCaret(null);
    if (s.story !== "MainDoc") return;
    const a = spans.current.get(s.start.p);
    const b = spans.current.get(s.end.p);
    if (!a || !b) return;
    const r = document.createRange();
    r.setStart(...domPoint(a, s.start.offset));
    r.setEnd(...domPoint(b, s.end.offset));
    if (!r.collapsed) {
      if (reg && HighlightCtor) reg.set("sim-selection", new HighlightCtor(r));
      return;
    }
    const page = sheetRef.current;
    const rect = r.getClientRects()[0] ?? a.getBoundingClientRect();
    if (!page || !rect) return;
    // The caret is positioned inside .page (position: relative).
    const base = page.getBoundingClientRect();
    setCaret({ left: rect.left - base.left, top: rect.top - base.top, height: rect.height || 20 });
  }, [doc, version]);

  // Focus a paragraph created by Enter / merged by Backspace.
  useLayoutEffect(() => {
    const want = focusAfterRender.current;
    if (!want) return;
    focusAfterRender.current = null;
    const span = spans.current.get(want.p);
    if (!span) return;
    span.focus();
    const sel = document.getSelection();
    const r = document.createRange();
    r.setStart(...domPoint(span, want.offset));
    r.collapse(true);
    sel?.removeAllRanges();
    sel?.addRange(r);
  }, [version]);

  const openFile = useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      if (!/\.docx$/i.test(file.name)) {
        setError(`无法打开“${file.name}”：只支持 .docx 文件（旧版 .doc 请先在 Word 中另存为 .docx）。`);
        return;
      }
      try {
        await demo.loadDocx(await file.arrayBuffer());
      } catch {
        // loadDocx already shows the Chinese message.
      }
    },
    [demo, setError],
  );

  const onKeyDown = (i: number) => (e: React.KeyboardEvent<HTMLSpanElement>) => {
    const sel = document.getSelection();
    const span = e.currentTarget;
    const off = sel && sel.rangeCount ? offsetIn(span, sel.anchorNode!, sel.anchorOffset) : 0;
    if (e.key === "Enter") {
      e.preventDefault();
      if (doc.readOnly) return;
      doc.userSetText(i, span.textContent ?? "");
      doc.userSplit(i, off);
      focusAfterRender.current = { p: doc.body[i + 1], offset: 0 };
    } else if (e.key === "Backspace" && off === 0 && sel?.isCollapsed && i > 0) {
      e.preventDefault();
      if (doc.readOnly) return;
      const prev = doc.body[i - 1];
      const at = prev.text.length;
      doc.userMergeWithPrevious(i);
      focusAfterRender.current = { p: prev, offset: at };
    }
  };

  const wordApi = doc.requirementSets.WordApi ?? "1.1";
  const selIndex = doc.selectionIndex();
  let tableRun = 0;
  // The rendered window: everything, or (long documents) the paragraphs near the visible part.
  let first = 0;
  let last = doc.body.length;
  if (layout) {
    const y = viewport.top - PAGE_TOP_PX;
    first = indexAt(layout.tops, y - OVERSCAN_PX);
    last = Math.min(doc.body.length, indexAt(layout.tops, y + viewport.height + OVERSCAN_PX) + 1);
  }
  const total = layout ? layout.tops[doc.body.length] : 0;
  return (
    <div className="doc-side">
      <div className="toolbar" role="toolbar" aria-label="文档">
        <button type="button" onClick={() => fileRef.current?.click()}>
          打开 .docx
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          hidden
          data-testid="docx-input"
          onChange={(e) => {
            void openFile(e.target.files?.[0]);
            e.target.value = "";
          }}
        />
        <button type="button" onClick={() => setPasteOpen(true)}>
          粘贴文本
        </button>
        <button type="button" onClick={() => demo.loadExample()}>
          示例材料
        </button>
        <button type="button" onClick={() => demo.clear()}>
          清空
        </button>
        <span className="toolbar-note">{kind === "wps" ? "模拟 WPS 文字文档" : "模拟 Word 文档"}（浏览器演示，不联网）</span>
        <HostSwitch kind={kind} />
      </div>
      {error && (
        <div className="doc-error" role="alert">
          {error}
          <button type="button" aria-label="关闭" onClick={() => setError(null)}>
            ×
          </button>
        </div>
      )}
      {pasteOpen && (
        <div className="paste-dialog" role="dialog" aria-label="粘贴文本">
          <p>把材料文字粘贴到下面（每行一段；以 # 开头的行作为标题）：</p>
          <textarea value={pasteText} onChange={(e) => setPasteText(e.target.value)} rows={12} autoFocus />
          <div className="dialog-buttons">
            <button
              type="button"
              onClick={() => {
                demo.loadText(pasteText);
                setPasteOpen(false);
                setPasteText("");
              }}
            >
              确定
            </button>
            <button type="button" onClick={() => setPasteOpen(false)}>
              取消
            </button>
          </div>
        </div>
      )}
      <div
        ref={pageRef}
        className={`page-wrap${dragging ? " dragging" : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void openFile(e.dataTransfer.files?.[0]);
        }}
      >
        <div className="header-story" title="页眉" onClick={() => demo.setCursorInHeader()}>
          {doc.header.map((p) => p.text).join(" ") || "（页眉）"}
          {doc.selection.story === "Header" && <span className="header-cursor">｜光标在页眉</span>}
        </div>
        <div ref={sheetRef} className="page" data-testid="document" data-virtual={layout ? "true" : undefined}>
          {layout && first > 0 && <div className="virtual-gap" aria-hidden="true" style={{ height: layout.tops[first] }} />}
          {doc.body.slice(first, last).map((p, k) => {
            const i = first + k;
            const level = headingLevelOf(p.builtIn, p.outlineLevel, p.style);
            const listString = doc.listString(p);
            const inner = doc.innerControl(p);
            const showPlaceholder = p.text === "" && !!inner?.placeholderText;
            const visibleCc = p.ccs.filter((c) => c.appearance !== "Hidden");
            if (layout) tableRun = layout.tableNo[i];
            else if (p.table && (i === 0 || doc.body[i - 1].table?.table !== p.table.table)) tableRun++;
            const classes = [
              "para",
              p.builtIn === "Title" ? "title" : level ? `h${Math.min(level, 4)}` : "body",
              p.table ? "in-table" : "",
              visibleCc.length ? "in-cc" : "",
              i === selIndex ? "cursor-para" : "",
              flash === p ? "addin-selected" : "",
            ]
              .filter(Boolean)
              .join(" ");
            return (
              <div
                key={p.uid}
                className={classes}
                data-index={i}
                data-style={p.style}
                style={p.highlight ? { background: p.highlight === "Yellow" ? "#fff59d" : p.highlight } : undefined}
              >
                <span className="para-meta" contentEditable={false}>
                  {p.style || LOCALIZED_STYLE.Normal}
                  {p.table ? ` · 表格${tableRun}` : ""}
                </span>
                {listString && (
                  <span className="list-string" contentEditable={false}>
                    {listString}
                  </span>
                )}
                <ParagraphText
                  paragraph={p}
                  index={i}
                  readOnly={!!doc.readOnly || p.ccs.some((c) => c.cannotEdit)}
                  register={(el) => {
                    if (el) spans.current.set(p, el);
                    else spans.current.delete(p);
                  }}
                  onInput={(text) => doc.userSetText(i, text)}
                  onKeyDown={onKeyDown(i)}
                />
                {showPlaceholder && (
                  <span className="cc-chip" contentEditable={false} title={`内容控件 ${inner!.tag}`}>
                    {inner!.placeholderText}
                  </span>
                )}
              </div>
            );
          })}
          {layout && last < doc.body.length && (
            <div className="virtual-gap" aria-hidden="true" style={{ height: total - layout.tops[last] }} />
          )}
          {caret && <div className="caret" style={{ left: caret.left, top: caret.top, height: caret.height }} />}
        </div>
      </div>
      <div className="status-bar" role="status">
        <span
          data-testid="sync-count"
          title={kind === "wps" ? "WPS 对象模型调用次数（每次读写属性或调用方法算一次）" : "context.sync() 往返次数"}
        >
          {kind === "wps" ? "WPS 调用次数" : "同步次数"}：{demo.syncCount()}
        </span>
        <button type="button" onClick={() => demo.resetSyncCount()}>
          清零
        </button>
        <span data-testid="paragraph-count">段落：{doc.body.length}</span>
        {loading && <span data-testid="loading">{loading}</span>}
        <span>光标：{doc.selection.story === "MainDoc" ? `第 ${selIndex + 1} 段` : doc.selection.story === "Header" ? "页眉" : "页脚"}</span>
        {kind === "word" && (
          <label>
            要求集 WordApi
            <select value={wordApi} onChange={(e) => demo.setRequirement("WordApi", e.target.value)}>
              {WORD_API_VERSIONS.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          文档状态
          <select
            value={doc.readOnly === "protected" ? "protected" : doc.readOnly ? "view" : "edit"}
            onChange={(e) => demo.setReadOnly(e.target.value === "protected" ? "protected" : e.target.value === "view")}
          >
            <option value="edit">可编辑</option>
            <option value="view">只读（查看模式）</option>
            <option value="protected">受保护</option>
          </select>
        </label>
      </div>
    </div>
  );
}

/** "Word / WPS": reloads the playground with the other simulated host (same example document). */
function HostSwitch({ kind }: { kind: PlaygroundHostKind }) {
  const link = (k: PlaygroundHostKind, label: string) =>
    k === kind ? (
      <strong aria-current="page">{label}</strong>
    ) : (
      <a href={`?host=${k}`} title={`切换到模拟 ${k === "wps" ? "WPS 文字" : "Word"}`}>
        {label}
      </a>
    );
  return (
    <nav className="host-switch" aria-label="模拟宿主">
      {link("word", "Word")} / {link("wps", "WPS")}
    </nav>
  );
}

interface TextProps {
  paragraph: SimParagraph;
  index: number;
  readOnly: boolean;
  register: (el: HTMLElement | null) => void;
  onInput: (text: string) => void;
  onKeyDown: (e: React.KeyboardEvent<HTMLSpanElement>) => void;
}

/** An uncontrolled contentEditable span: the DOM text is replaced only when the model differs,
 *  so typing keeps the caret. */
function ParagraphText({ paragraph, index, readOnly, register, onInput, onKeyDown }: TextProps) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && el.textContent !== paragraph.text) el.textContent = paragraph.text;
  });
  useLayoutEffect(() => {
    register(ref.current);
    return () => register(null);
  }, [register]);
  return (
    <span
      ref={ref}
      className="para-text"
      data-text-index={index}
      contentEditable={!readOnly}
      suppressContentEditableWarning
      spellCheck={false}
      onInput={(e) => onInput(e.currentTarget.textContent ?? "")}
      onKeyDown={onKeyDown}
    />
  );
}
