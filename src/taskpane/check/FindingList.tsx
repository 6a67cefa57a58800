import { Badge, Button, makeStyles, mergeClasses, Text, tokens, Tooltip } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../core/types";
import { paragraphLabel, shortQuote } from "../../core/findings";
import { ruleName } from "../../core/ruleNames";
import type { SeverityGroup } from "./report";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: "6px" },
  groupHead: { display: "flex", alignItems: "center", gap: "6px", margin: "8px 0 2px" },
  sectionHead: { color: tokens.colorNeutralForeground3, margin: "4px 0 0" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "6px" },
  item: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "6px 8px",
    cursor: "pointer",
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-within": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected },
  message: { overflowWrap: "anywhere" },
  quote: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  meta: { display: "flex", gap: "6px", alignItems: "center", flexWrap: "wrap" },
  spacer: { flexGrow: 1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Findings rendered per severity before 显示全部: keeps the pane responsive on very messy documents. */
export const RENDER_LIMIT = 60;

const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

export interface FindingListProps {
  groups: SeverityGroup[];
  /** Index (in result.findings) of the finding last jumped to. */
  current: number | null;
  busy: boolean;
  onLocate(index: number, finding: Finding): void;
  onFix(index: number, finding: Finding): void;
  /** Whether the finding at this index is ignored (shown only with 显示已忽略). */
  isIgnored?(index: number): boolean;
  /** 忽略 / 撤销忽略 (absent: no such buttons). */
  onIgnore?(index: number, finding: Finding, ignore: boolean): void;
}

/** Findings grouped by severity, then section; each with 定位 and (when a fix exists) 修正. */
export function FindingList({ groups, current, busy, onLocate, onFix, isIgnored, onIgnore }: FindingListProps) {
  const styles = useStyles();
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  return (
    <div className={styles.group}>
      {groups.map((g) => {
        let budget = expanded.has(g.severity) ? Infinity : RENDER_LIMIT;
        const sections = g.sections
          .map((s) => {
            const entries = s.entries.slice(0, Math.max(0, budget));
            budget -= entries.length;
            return { ...s, entries };
          })
          .filter((s) => s.entries.length > 0);
        const hidden = g.count - sections.reduce((n, s) => n + s.entries.length, 0);
        return (
        <section key={g.severity} aria-label={`${g.label} ${g.count} 项`} data-severity={g.severity}>
          <div className={styles.groupHead}>
            <Badge appearance="filled" color={SEVERITY_COLOR[g.severity]}>
              {g.label}
            </Badge>
            <Text weight="semibold">{g.count} 项</Text>
          </div>
          {sections.map((s) => (
            <div key={s.key}>
              <Text as="h4" size={200} className={styles.sectionHead} block>
                {s.title}
              </Text>
              <ul className={styles.list}>
                {s.entries.map(({ finding: f, index }) => {
                  const ignored = isIgnored?.(index) ?? false;
                  return (
                  <li
                    key={index}
                    className={`${styles.item}${current === index ? ` ${styles.current}` : ""}`}
                    data-rule-id={f.ruleId}
                    data-finding-index={index}
                    data-paragraph={f.paragraph}
                    data-ignored={ignored ? "true" : undefined}
                    onClick={(e) => {
                      if ((e.target as HTMLElement).closest("button")) return;
                      if (!busy) onLocate(index, f);
                    }}
                  >
                    <Text className={mergeClasses(styles.message, ignored && styles.muted)}>
                      {ignored && (
                        <Badge appearance="outline" color="subtle" size="small">
                          已忽略
                        </Badge>
                      )}{" "}
                      {f.message}
                    </Text>
                    {f.quote && <Text size={200} className={styles.quote}>“{shortQuote(f.quote)}”</Text>}
                    <div className={styles.meta}>
                      <Text size={100} className={styles.muted}>
                        {paragraphLabel(f)} · <span title={f.ruleId} data-rule-name>{ruleName(f.ruleId)}</span>
                      </Text>
                      <span className={styles.spacer} />
                      {f.paragraph >= 0 && (
                        <Button size="small" appearance="subtle" disabledFocusable={busy} onClick={() => onLocate(index, f)} aria-label={`定位：${f.message}`}>
                          定位
                        </Button>
                      )}
                      {/* 定位, then the fix, then 忽略: the Tab order follows what is done most. */}
                      {f.fix && !ignored && (
                        <Tooltip content={f.fix.label} relationship="description">
                          <Button size="small" appearance="primary" disabledFocusable={busy} onClick={() => onFix(index, f)} data-fix-type={f.fix.type} aria-label={`修正：${f.fix.label}`}>
                            修正
                          </Button>
                        </Tooltip>
                      )}
                      {onIgnore && (
                        <Button size="small" appearance="subtle" disabledFocusable={busy} onClick={() => onIgnore(index, f, !ignored)} aria-label={`${ignored ? "撤销忽略" : "忽略"}：${f.message}`}>
                          {ignored ? "撤销忽略" : "忽略"}
                        </Button>
                      )}
                    </div>
                  </li>
                  );
                })}
              </ul>
            </div>
          ))}
          {hidden > 0 && (
            <Button size="small" appearance="transparent" onClick={() => setExpanded(new Set([...expanded, g.severity]))}>
              显示全部 {g.count} 项（另有 {hidden} 项未显示）
            </Button>
          )}
        </section>
        );
      })}
    </div>
  );
}
