/**
 * The 审核台's summary table, virtualized: only the rows in view (plus a margin) are in the DOM,
 * so 300 or 3,000 files render as fast as 30. Rows have one fixed height (cells do not wrap; the
 * full text is in the title), measured from the first rendered row. The space of the rows left
 * out is kept by a spacer row in <thead> (above) and in <tfoot> (below), so <tbody> holds data
 * rows only. ARIA grid: aria-rowcount on the table, aria-rowindex on every row, one tabbable row
 * (roving tabindex); ↑ ↓ PageUp PageDown Home End move, Enter or Space opens the document.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { percent } from "../core/review/export";
import { SEVERITY_LABEL } from "../core/findings";
import type { FileRow } from "./protocol";

export type SortKey = "file" | "author" | "type" | "parts" | "aspects" | "errors" | "warnings" | "characters" | "stock" | "similar";

export interface RowView {
  f: FileRow;
  similar: number;
  recycled: number;
}

/** Rows rendered above and below the visible ones. */
export const OVERSCAN = 8;
/** Row height before the first measurement (px; see .summary td in review.html). */
const DEFAULT_ROW_HEIGHT = 30;
/** Viewport height before it is measured (and where layout is not available). */
const DEFAULT_VIEWPORT_HEIGHT = 600;

const COLUMNS: { key: SortKey | null; label: string; width: string }[] = [
  { key: "file", label: "文件", width: "16%" },
  { key: "author", label: "作者/单位", width: "10%" },
  { key: "type", label: "类型/年度", width: "11%" },
  { key: "parts", label: "必备部分", width: "6%" },
  { key: "aspects", label: "方面", width: "6%" },
  { key: "errors", label: "错误/警告/提示", width: "9%" },
  { key: "characters", label: "字数", width: "6%" },
  { key: "stock", label: "老三样/千字", width: "7%" },
  { key: "similar", label: "雷同", width: "11%" },
  { key: null, label: "最严重的问题", width: "18%" },
];

/** The visible slice [start, end) for a scroll position. */
export function windowOf(count: number, scrollTop: number, viewport: number, rowHeight: number, header: number): { start: number; end: number } {
  const first = Math.floor(Math.max(0, scrollTop - header) / rowHeight);
  const last = Math.ceil(Math.max(0, scrollTop + viewport - header) / rowHeight);
  return { start: Math.max(0, Math.min(count, first - OVERSCAN)), end: Math.min(count, last + OVERSCAN) };
}

function Cells({ r, common }: { r: RowView; common: Record<string, number> }): ReactNode {
  const f = r.f;
  if (!f.ok) {
    return (
      <>
        <td title={f.file}>{f.file}</td>
        <td colSpan={9} title={f.reason}>
          无法读取：{f.reason}
        </td>
      </>
    );
  }
  const type = `${f.typeLabel} · ${f.year ?? "通用"}${f.presetDetected ? "" : "（指定）"}`;
  const similar = `${r.similar ? `${r.similar} 对` : ""}${common[f.file] ? ` 多数共有 ${percent(common[f.file])}` : ""}${r.recycled ? ` 年年提 ${r.recycled}` : ""}`;
  const top = f.top ? `${SEVERITY_LABEL[f.top.severity]}：${f.top.message}` : "未发现问题";
  return (
    <>
      <td title={f.file}>{f.file}</td>
      <td title={f.author}>{f.author}</td>
      <td title={type}>{type}</td>
      <td className={f.parts.have < f.parts.need ? "bad" : ""} title={f.parts.missing.length ? `缺少：${f.parts.missing.join("、")}` : ""}>
        {f.parts.have}/{f.parts.need}
      </td>
      <td className={f.aspects.have < f.aspects.need ? "bad" : ""}>
        {f.aspects.have}/{f.aspects.need}
      </td>
      <td>
        <span className="sev-error">{f.counts.error}</span> / <span className="sev-warning">{f.counts.warning}</span> / <span className="sev-info">{f.counts.info}</span>
      </td>
      <td className="num">{f.characters}</td>
      <td className="num" title={f.stock.hits.map((h) => `${h.label} ${h.count}`).join("、")}>
        {f.stock.perThousand}
      </td>
      <td className={r.similar ? "bad" : ""} title={similar.trim()}>
        {similar}
      </td>
      <td title={top}>{top}</td>
    </>
  );
}

export function SummaryTable(props: {
  rows: RowView[];
  common: Record<string, number>;
  sort: { key: SortKey; asc: boolean };
  onSort: (key: SortKey) => void;
  selected: string | null;
  onOpen: (file: string) => void;
}) {
  const { rows, sort } = props;
  const n = rows.length;
  const viewportRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableRowElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(DEFAULT_VIEWPORT_HEIGHT);
  const [rowHeight, setRowHeight] = useState(DEFAULT_ROW_HEIGHT);
  const [header, setHeader] = useState(DEFAULT_ROW_HEIGHT);
  const [active, setActive] = useState(0);
  const focusWanted = useRef(false);

  const current = Math.min(active, Math.max(0, n - 1));
  const { start, end } = windowOf(n, scrollTop, viewport, rowHeight, header);

  // Measure the viewport, the header and one row (all rows share its height).
  useLayoutEffect(() => {
    const vp = viewportRef.current;
    if (!vp) return;
    const measure = () => {
      if (vp.clientHeight > 0) setViewport(vp.clientHeight);
      const h = headRef.current?.getBoundingClientRect().height ?? 0;
      if (h > 0) setHeader(h);
      const row = bodyRef.current?.querySelector("tr");
      const rh = row?.getBoundingClientRect().height ?? 0;
      if (rh > 0) setRowHeight((old) => (Math.abs(old - rh) > 0.01 ? rh : old));
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(measure);
    ro.observe(vp);
    return () => ro.disconnect();
  }, [n > 0]);

  // Focus follows the active row once it is rendered (after a key press only).
  useEffect(() => {
    if (!focusWanted.current) return;
    const el = bodyRef.current?.querySelector<HTMLElement>(`tr[data-index="${current}"]`);
    if (el) {
      focusWanted.current = false;
      el.focus({ preventScroll: true });
    }
  }, [current, start, end]);

  const moveTo = useCallback(
    (i: number) => {
      const target = Math.max(0, Math.min(n - 1, i));
      setActive(target);
      focusWanted.current = true;
      const vp = viewportRef.current;
      if (!vp) return;
      const top = header + target * rowHeight;
      let next = vp.scrollTop;
      if (top < next + header) next = top - header;
      else if (top + rowHeight > next + viewport) next = top + rowHeight - viewport;
      if (next !== vp.scrollTop) {
        vp.scrollTop = next;
        setScrollTop(vp.scrollTop);
      }
    },
    [n, header, rowHeight, viewport],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const page = Math.max(1, Math.floor((viewport - header) / rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, PageDown: current + page, PageUp: current - page, Home: 0, End: n - 1 };
    if (e.key in moves) {
      e.preventDefault();
      moveTo(moves[e.key]);
    } else if (e.key === "Enter" || e.key === " ") {
      const r = rows[current];
      if (r?.f.ok) {
        e.preventDefault();
        props.onOpen(r.f.file);
      }
    }
  };

  const tabbable = current >= start && current < end ? current : start;
  const shown = rows.slice(start, end);
  return (
    <div className="viewport" ref={viewportRef} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} data-testid="summary-viewport">
      <table className="grid summary" data-testid="summary" role="grid" aria-label="汇总" aria-rowcount={n + 1} aria-colcount={COLUMNS.length}>
        <colgroup>
          {COLUMNS.map((c) => (
            <col key={c.label} style={{ width: c.width }} />
          ))}
        </colgroup>
        <thead>
          <tr ref={headRef} aria-rowindex={1}>
            {COLUMNS.map((c) =>
              c.key ? (
                <th key={c.label} aria-sort={sort.key === c.key ? (sort.asc ? "ascending" : "descending") : "none"}>
                  <button type="button" className="sort" data-sort={c.key} onClick={() => props.onSort(c.key!)}>
                    {c.label}
                    {sort.key === c.key ? (sort.asc ? " ▲" : " ▼") : ""}
                  </button>
                </th>
              ) : (
                <th key={c.label}>{c.label}</th>
              ),
            )}
          </tr>
          {start > 0 && (
            <tr className="spacer" aria-hidden="true">
              <td colSpan={COLUMNS.length} style={{ height: start * rowHeight }} />
            </tr>
          )}
        </thead>
        <tbody ref={bodyRef} onKeyDown={onKeyDown}>
          {shown.map((r, k) => {
            const i = start + k;
            const f = r.f;
            return (
              <tr
                key={f.file}
                data-file={f.file}
                data-index={i}
                aria-rowindex={i + 2}
                aria-selected={props.selected === f.file}
                data-unreadable={f.ok ? undefined : "true"}
                className={f.ok ? (props.selected === f.file ? "selected" : "") : "unreadable"}
                tabIndex={i === tabbable ? 0 : -1}
                onClick={() => {
                  setActive(i);
                  if (f.ok) props.onOpen(f.file);
                }}
              >
                <Cells r={r} common={props.common} />
              </tr>
            );
          })}
        </tbody>
        {end < n && (
          <tfoot aria-hidden="true">
            <tr className="spacer">
              <td colSpan={COLUMNS.length} style={{ height: (n - end) * rowHeight }} />
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
