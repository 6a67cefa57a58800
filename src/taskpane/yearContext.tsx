/**
 * The 年度 the user is writing for, shared between tabs (issue 10): 骨架 publishes the year of the
 * theme it shows (detected from the document title, else recommended for today's date, or chosen
 * by the user); 常用语 orders its default list by it. A React context held by <App>, not a global:
 * each pane (and each component test) has its own.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";

export interface WorkingYear {
  /** Year of the theme chosen or detected in 骨架; null until 骨架 has chosen one (or for 通用). */
  year: number | null;
  setYear(year: number | null): void;
}

const NONE: WorkingYear = { year: null, setYear: () => undefined };

const WorkingYearContext = createContext<WorkingYear>(NONE);

export function WorkingYearProvider({ children, initial = null }: { children?: ReactNode; initial?: number | null }) {
  const [year, setYear] = useState<number | null>(initial);
  const value = useMemo(() => ({ year, setYear }), [year]);
  return <WorkingYearContext.Provider value={value}>{children}</WorkingYearContext.Provider>;
}

/** The shared 年度 and its setter; outside a provider the year is null and setting it does nothing. */
export function useWorkingYear(): WorkingYear {
  return useContext(WorkingYearContext);
}
