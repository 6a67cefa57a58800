/**
 * Registry of checker rules, in report order. One module per rule under src/core/rules/.
 * (Created by the text-rules work; the structural rules are added here by the core engine.)
 */
import type { Rule } from "../types";
import { rule as numbering } from "./numbering";
import { rule as placeholder } from "./placeholder";
import { rule as copyResidue } from "./copy-residue";
import { rule as missingExample } from "./missing-example";
import { rule as objectiveCause } from "./objective-cause";
import { rule as measureCheckable } from "./measure-checkable";
import { rule as achievementInProblems } from "./achievement-in-problems";
import { rule as yearConsistency } from "./year-consistency";
import { rule as canonicalTerm } from "./canonical-term";
import { rule as balance } from "./balance";

export const RULES: Rule[] = [
  numbering,
  placeholder,
  copyResidue,
  missingExample,
  objectiveCause,
  measureCheckable,
  achievementInProblems,
  yearConsistency,
  canonicalTerm,
  balance,
];
