import type { LevelId, OptionOf, QuestionId } from '../engine/ids.js';

/** Rows of the comparison, in their default order. */
export const ROW_IDS = ['live', 'schedule', 'supervision', 'detox', 'therapies', 'length', 'cost', 'life', 'suits'] as const;
export type RowId = (typeof ROW_IDS)[number];

export interface QuestionCopy<Q extends QuestionId> {
  text: string;
  hint?: string;
  /**
   * Each answer, written to stand on its own ("Supportive home: people want to help"): the same words
   * list the visitor's answers as reasons and trade-offs in the result, for either audience.
   */
  options: { [O in OptionOf<Q>]: string };
}

export interface CompareRow {
  label: string;
  cells: Partial<Record<LevelId, string>>;
}

export interface CrisisLine {
  /** What the line is, e.g. "988 Suicide & Crisis Lifeline". */
  label: string;
  /** What to do, as text, e.g. "Call or text 988". */
  action?: string;
  /** Visible number or short code, linked with `href`. */
  number: string;
  href: string;
  /** Extra detail (languages, hours). */
  note?: string;
}

/**
 * Every visible string of the widget, in one language. A new language is a new object of this type.
 * Text in braces ({level}, {facility}, {phone}, {step}, {total}, {count}) is filled in at render time, so
 * translators and facility configs write plain strings.
 */
export interface Strings {
  title: string;
  /** Full names, e.g. "Intensive Outpatient (IOP)". */
  levels: Record<LevelId, string>;
  compare: {
    heading: string;
    intro: string;
    rows: Record<RowId, CompareRow>;
    notOfferedHere: string;
    /** Badge on the recommended level once there is a result. */
    mayFit: string;
  };
  quiz: {
    heading: string;
    intro: string;
    privacy: string;
    /** Shown instead of `privacy` when the page opted in with `share-answers`. */
    privacyShared: string;
    start: string;
    progress: string;
    back: string;
    next: string;
    finish: string;
    startOver: string;
    chooseOne: string;
    /** The optional first step when no `audience` attribute is set. */
    audienceQuestion: string;
    forSelf: string;
    forLovedOne: string;
    questions: { [Q in QuestionId]: QuestionCopy<Q> };
  };
  result: {
    heading: string;
    intro: string;
    reasonsHeading: string;
    tradeoffsHeading: string;
    urgentHeading: string;
    urgentText: string;
    crisisHeading: string;
    crisisText: string;
    higherLevel: string;
    notOffered: string;
    thisFacility: string;
    referralFindTreatment: string;
    nextHeading: string;
    nextText: string;
    nextTextNoContact: string;
    call: string;
    ctaLabel: string;
    print: string;
  };
  /**
   * Words filled into the questions and the quiz intro, one set for the visitor and one for someone they
   * care about: English uses {you}, {your} and {them}; Spanish uses {quien} ("usted" / "su ser querido").
   */
  pronouns: { self: Record<string, string>; lovedOne: Record<string, string> };
  /** What family members can do next: shown in a result for someone the visitor cares about. */
  family: { heading: string; steps: string[] };
  /** "Questions to ask any program": shown with the result and in print. */
  checklist: { heading: string; items: string[] };
  /** Labels for the facility's own facts, shown under the comparison (config.facts). */
  facts: {
    heading: string;
    schedule: string;
    length: string;
    detox: string;
    moud: string;
    payment: string;
    yes: string;
    no: string;
  };
  safety: {
    heading: string;
    lines: CrisisLine[];
    disclaimer: string;
  };
}
