/**
 * What the site's React components receive: plain, pre-formatted JSON derived from the knowledge model
 * at build time. Components only render these shapes; every number is formatted here, once, with
 * shared/format, so the site prints values exactly as the bot and the CLI do.
 */

export interface LinkView {
  text: string;
  href: string;
}

export interface SourceView {
  id: string;
  title: string;
  /** Seed file name or `MicrosoftDocs/azure-docs:<path>`. */
  path: string;
  /** The heading (or reference table) the fact was read from. */
  section: string;
  /** ISO date of the document version, or null with `dateNote` saying why. */
  date: string | null;
  dateNote?: string;
  /** The live page on Microsoft Learn (today's text, not the dated version); none for seeds, includes and inferred paths. */
  pageUrl?: string;
}

/** A source as an answer names it: its title, linked to its public page when it has one, and the section read. */
export interface SourceLinkView {
  title: string;
  section: string;
  /** The live page on Microsoft Learn (today's text, not the dated version); none for seeds, includes and inferred paths. */
  pageUrl?: string;
}

export interface FactView {
  id: string;
  topic: string;
  title: string;
  /** Formatted value with its unit ("5,000 connections"), or "unknown". */
  value: string;
  /** Why the value is unknown, when it is. */
  unknown?: string;
  note?: string;
  status: 'current' | 'superseded';
  supersededBy?: LinkView;
  effective?: string;
  conflict?: LinkView;
  source: SourceView;
  /** The fact's anchor on its reference page. */
  href: string;
}

export interface LifecycleView {
  id: string;
  title: string;
  kind: string;
  date: string;
  endDate?: string;
  note?: string;
  subjects: string[];
  conflict?: LinkView;
  source: SourceView;
  href: string;
}

/** A table cell: text, optionally a link, a tooltip, a second muted line, or code. */
export type Cell =
  | string
  | {
      text: string;
      href?: string;
      title?: string;
      sub?: string;
      /** Short items shown as a list under the text. */
      list?: string[];
      code?: boolean;
      muted?: boolean;
      /** Keep on one line (dates). */
      nowrap?: boolean;
      /** Visual status of the cell ("ok", "no", "unknown", "warn"). */
      tone?: 'ok' | 'no' | 'unknown' | 'warn';
    };

interface TableRowView {
  /** Renders the row with this id and registers it as an anchor. */
  anchor?: string;
  cells: Cell[];
  muted?: boolean;
}

export interface TableView {
  columns: string[];
  rows: TableRowView[];
  caption?: string;
}

interface ChartBar {
  label: string;
  value: number;
  display: string;
  href: string;
  /** Bars of one group share a colour (e.g. "Gen2", "Gen1", "SSTP"). */
  group: string;
}

export interface ChartView {
  title: string;
  /** What the axis counts ("concurrent connections"). */
  axis: string;
  bars: ChartBar[];
  /** Vertical reference lines, e.g. the SSTP cap. */
  markers: Array<{ label: string; value: number; display: string }>;
  /** Colour (0–3) of each group, so a group keeps its colour whatever bars come first; default: order of appearance. */
  colors?: Record<string, number>;
}

/** How a fact list is shown: anchored on its own topic page, or linking to it (the limits page). */
export interface FactTableProps {
  facts: FactView[];
  anchored: boolean;
}

/** One topic of the All limits page: its heading's anchor, its reference page and its facts. */
export interface LimitsGroupView {
  topic: string;
  title: string;
  anchor: string;
  href: string;
  facts: FactView[];
}

export interface ConflictView {
  id: string;
  number: number;
  topic: string;
  status: 'resolved' | 'unresolved';
  reason: string;
  values: Array<{ value: string; current: boolean; sources: SourceView[] }>;
  facts: LinkView[];
  lifecycle: LinkView[];
}

interface ScenarioStepView {
  text: string;
  facts: FactView[];
}

export interface ScenarioView {
  id: string;
  title: string;
  summary: string;
  href: string;
  services: string[];
  whenItFits: string[];
  whenNot: string[];
  steps: ScenarioStepView[];
  facts: FactView[];
  related: Array<{ id: string; title: string; summary: string; href: string }>;
  commands: Array<{ text: string; command: string; href: string }>;
  sources: SourceView[];
}

export interface AnswerExampleView {
  query: string;
  asOf: string;
  /** The answer object without its internal `data`, links made site-relative. */
  answer: {
    kind: 'answer' | 'usage_error';
    title: string;
    summary: string;
    findings: Array<{
      code: string;
      severity: 'info' | 'warning' | 'critical';
      message: string;
      /** `check` findings: the rule's page, and where in the input the finding points ("gateway.json:12:5"). */
      rule?: LinkView;
      where?: string;
    }>;
    sections: Array<
      | { type: 'table'; title: string; columns: string[]; rows: string[][] }
      | { type: 'list'; title: string; items: string[] }
      | { type: 'note'; title: string; text: string }
      | { type: 'commands'; title: string; items: Array<{ command: string; why?: string }> }
    >;
    facts: Array<{ id: string; title: string; value: string; source: SourceLinkView; date: string | null; href: string }>;
    links: LinkView[];
    permalink: string;
  };
  /** The same answer rendered by shared/render/markdown, as pasted into tickets. */
  markdown: string;
}

/** What the plugin publishes with setGlobalData (small: the home page reads it). */
export interface KnowledgeGlobalData {
  asOf: string;
  commands: Array<{ name: string; summary: string; usage: string; examples: string[]; href: string }>;
  scenarios: Array<{ id: string; title: string; summary: string; href: string }>;
  counts: { facts: number; sources: number; scenarios: number; conflicts: number; lifecycle: number };
}
