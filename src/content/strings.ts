import type { LevelId, OptionOf, QuestionId } from '../engine/ids.js';
import type { NoteId } from '../engine/rules.js';

/**
 * The {placeholders} strings may use, each filled in at render time: counts and steps, the levels, the
 * facility, the help lines by role, a reason and its substances, a number on a button, and the audience words
 * of each language's `pronouns`.
 */
export const PLACEHOLDERS = ['count', 'step', 'total', 'level', 'needed', 'about', 'facility', 'team', 'phone', 'emergency', 'crisis', 'helpline', 'reason', 'list', 'number'] as const;

/** Rows of the comparison, in their default order. */
export const ROW_IDS = ['live', 'schedule', 'supervision', 'detox', 'medications', 'therapies', 'length', 'cost', 'life', 'suits'] as const;
export type RowId = (typeof ROW_IDS)[number];

export interface QuestionCopy<Q extends QuestionId> {
  text: string;
  hint?: string;
  /**
   * Each answer, written to stand on its own ("Supportive home: people want to help"): the same words
   * list the visitor's answers as reasons and trade-offs in the result, for either audience.
   */
  options: { [O in OptionOf<Q>]: string };
  /** How an answer reads in the result where its option text does not stand alone ("None of these"). */
  reasons?: { [O in OptionOf<Q>]?: string };
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
  /** A few words for the one-line "help now" list at the top, e.g. "crisis call or text". */
  short?: string;
  /** Visible number or short code, linked with `href`. */
  number: string;
  href: string;
  /** A text-message link (`sms:988`) when the line takes texts: a "Text" button in a crisis result. */
  sms?: string;
  /** Extra detail (languages, hours). */
  note?: string;
}

/** A situation note in the result: a heading, a few plain sentences, and lines to call where they help. */
export interface NoteCopy {
  heading: string;
  text: string;
  lines?: CrisisLine[];
}

/**
 * Every visible string of the widget, in one language. A new language is a new object of this type.
 * Text in braces ({level}, {needed}, {facility}, {phone}, {step}, {total}, {count}, and from the help lines
 * {emergency}, {crisis} and {helpline}) is filled in at render time, so translators and facility configs
 * write plain strings, and a facility that replaces the help lines never shows "911" by accident.
 */
export interface Strings {
  /** The title with the default levels (IOP and inpatient). */
  title: string;
  /** The title with any other levels shown. */
  titleMany: string;
  /** Full names, e.g. "Intensive Outpatient (IOP)". */
  levels: Record<LevelId, string>;
  compare: {
    heading: string;
    intro: string;
    rows: Record<RowId, CompareRow>;
    notOfferedHere: string;
    /** The control that shows the rows beyond the first few ({count}: all rows), and folds them again. */
    allRows: string;
    fewerRows: string;
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
    /** The hint of a "choose all that apply" question. */
    chooseAll: string;
    /** The error when a "choose all that apply" question has nothing chosen. */
    chooseAtLeastOne: string;
    /** Announced (and shown) as soon as the crisis answer is chosen, before the quiz ends. */
    crisisAlert: string;
    /** The optional first step when no `audience` attribute is set. */
    audienceQuestion: string;
    forSelf: string;
    forLovedOne: string;
    questions: { [Q in QuestionId]: QuestionCopy<Q> };
  };
  result: {
    heading: string;
    intro: string;
    /** More care needed than any level shown ({level} is the most intensive one shown, {needed} what the rules point to). */
    headingHigher: string;
    introHigher: string;
    reasonsHeadingHigher: string;
    reasonsHeading: string;
    /** The control that shows the reasons beyond the first three. */
    showAllReasons: string;
    /** The severe-withdrawal reason, with the substances behind the gate ({reason}, {list}). */
    withdrawalWith: string;
    /** Headings of the trade-offs: answers that point to less care (beside a higher level) or to more. */
    pointsLess: string;
    pointsMore: string;
    crisisHeading: string;
    crisisText: string;
    /** Added to the crisis text for a visitor asking for someone else. */
    crisisLovedOne: string;
    /** Crisis buttons: Call 988, Text 988, Call 911 ({number}). */
    crisisCall: string;
    crisisTextButton: string;
    whenSafeHeading: string;
    whenSafeText: string;
    considerationsHeading: string;
    /** Practical answers never change the level: said when they did not. */
    considerationsText: string;
    /** When "duties must go on" lowered a close call ({level}, {needed}): the heading, and what it says first. */
    headingDuties: string;
    dutiesLowered: string;
    /** The next step in a crisis, after the crisis lines. */
    nextTextCrisis: string;
    notOffered: string;
    /** The facility when it has no name, as a subject ("This program does not offer…"). */
    thisFacility: string;
    /** The facility when it has no name, after "Talk it through with". */
    teamHere: string;
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
  /** Situation notes of the result (SPEC §4), by note id. {level}, {needed}, {emergency}, {helpline} are filled in. */
  notes: Record<NoteId, NoteCopy>;
  /** What family members can do next: shown in a result for someone the visitor cares about. */
  family: { heading: string; steps: string[]; /** In a crisis, instead of the steps. */ crisisSteps: string[] };
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
