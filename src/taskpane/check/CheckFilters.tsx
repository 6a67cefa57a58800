import { Dropdown, Field, makeStyles, Option, Switch } from "@fluentui/react-components";
import { useMemo } from "react";
import { SEVERITY_LABEL, SEVERITY_ORDER } from "../../core/findings";
import { ruleName } from "../../core/ruleNames";
import type { Finding, Severity } from "../../core/types";

const useStyles = makeStyles({
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "flex-end" },
  field: { minWidth: "120px", flexGrow: 1 },
});

export interface FilterState {
  severity: Severity | null;
  rule: string | null;
  showIgnored: boolean;
}

export const NO_FILTER: FilterState = { severity: null, rule: null, showIgnored: false };

/** Whether a (not ignored, or shown-ignored) finding passes the severity and rule filters. */
export function passesFilter(f: Finding, filter: FilterState): boolean {
  return (filter.severity === null || f.severity === filter.severity) && (filter.rule === null || f.ruleId === filter.rule);
}

export interface CheckFiltersProps {
  /** The findings not ignored (what the counts are of). */
  findings: readonly Finding[];
  ignoredCount: number;
  filter: FilterState;
  onChange(filter: FilterState): void;
}

/** 筛选 above the finding list: by severity and by rule (with counts), and 显示已忽略. */
export function CheckFilters({ findings, ignoredCount, filter, onChange }: CheckFiltersProps) {
  const styles = useStyles();
  // Counted once per list and severity filter, not on every render (the list can be very long).
  const { bySeverity, byRule } = useMemo(() => {
    const bySeverity = new Map<Severity, number>();
    const byRule = new Map<string, number>();
    for (const f of findings) {
      bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1);
      // Rule counts follow the severity filter, so the two narrow together.
      if (filter.severity === null || f.severity === filter.severity) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    }
    return { bySeverity, byRule };
  }, [findings, filter.severity]);
  const sevText = (s: Severity | null) => (s === null ? `全部级别（${findings.length}）` : `${SEVERITY_LABEL[s]}（${bySeverity.get(s) ?? 0}）`);
  const ruleTotal = [...byRule.values()].reduce((a, b) => a + b, 0);
  const ruleText = (r: string | null) => (r === null ? `全部规则（${ruleTotal}）` : `${ruleName(r)}（${byRule.get(r) ?? 0}）`);
  const rules = [...byRule.keys()];
  if (filter.rule !== null && !byRule.has(filter.rule)) rules.push(filter.rule);
  return (
    <div className={styles.row} role="group" aria-label="筛选问题" data-testid="check-filters">
      <Field label="级别" className={styles.field}>
        <Dropdown
          aria-label="按级别筛选"
          value={sevText(filter.severity)}
          selectedOptions={[filter.severity ?? ""]}
          onOptionSelect={(_, d) => onChange({ ...filter, severity: (d.optionValue || null) as Severity | null })}
        >
          <Option value="" text={sevText(null)}>
            {sevText(null)}
          </Option>
          {SEVERITY_ORDER.map((s) => (
            <Option key={s} value={s} text={sevText(s)}>
              {sevText(s)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="规则" className={styles.field}>
        <Dropdown
          aria-label="按规则筛选"
          value={ruleText(filter.rule)}
          selectedOptions={[filter.rule ?? ""]}
          onOptionSelect={(_, d) => onChange({ ...filter, rule: d.optionValue || null })}
        >
          <Option value="" text={ruleText(null)}>
            {ruleText(null)}
          </Option>
          {rules.map((r) => (
            <Option key={r} value={r} text={ruleText(r)}>
              {ruleText(r)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {ignoredCount > 0 && (
        <Switch
          label={`显示已忽略（${ignoredCount}）`}
          checked={filter.showIgnored}
          onChange={(_, d) => onChange({ ...filter, showIgnored: d.checked })}
        />
      )}
    </div>
  );
}
