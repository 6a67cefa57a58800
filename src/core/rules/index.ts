/**
 * Registry of checker rules, in report order. One module per rule under src/core/rules/.
 * A new rule is one import line and one entry below.
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
import { rule as missingSection } from "./missing-section";
import { rule as sectionOrder } from "./section-order";
import { rule as emptySection } from "./empty-section";
import { rule as missingAspect } from "./missing-aspect";
import { rule as measureCoverage } from "./measure-coverage";
import { rule as causeDimensions } from "./cause-dimensions";
import { rule as wording } from "./wording";
import { rule as countMismatch } from "./count-mismatch";
import { rule as voice } from "./voice";

export const RULES: Rule[] = [
  missingSection,
  sectionOrder,
  emptySection,
  missingAspect,
  measureCoverage,
  causeDimensions,
  numbering,
  countMismatch,
  placeholder,
  copyResidue,
  missingExample,
  objectiveCause,
  measureCheckable,
  achievementInProblems,
  yearConsistency,
  canonicalTerm,
  wording,
  voice,
  balance,
];
