/**
 * The check answer as SARIF 2.1.0, for CI systems and code-scanning views: every declared rule in
 * tool.driver.rules (with its page on the site), one result per finding with its level, message, the line
 * and column of the offending property, and a fingerprint that stays the same across runs.
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { AnswerOf } from '../answer/answer';
import { paths, siteUrl } from '../site-urls';
import { rules, sarifLevel } from './rules';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  /** The tool's version (the CLI passes package.json's). */
  version: string;
  /** Site base URL for the rule pages. */
  base: string;
  /** The URI each input file is reported under, by file index; default the file names as given. */
  uris?: readonly string[];
}

/** PascalCase name SARIF viewers show beside the id: "p2s-sstp-retirement" → "P2sSstpRetirement". */
const ruleName = (id: string) => id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());

/** A relative URI for a file name as the user typed it (spaces and the like escaped, slashes kept). */
const uriOf = (name: string) => (name === '-' ? 'stdin' : name.split(/[\\/]/).map(encodeURIComponent).join('/'));

export function toSarif(answer: AnswerOf<'check'>, opts: SarifOptions): Log {
  const descriptors: ReportingDescriptor[] = rules.map((r) => ({
    id: r.id,
    name: ruleName(r.id),
    shortDescription: { text: r.title },
    fullDescription: { text: r.rationale },
    help: { text: r.fix },
    helpUri: siteUrl(paths.rule(r.id), opts.base),
    defaultConfiguration: { level: sarifLevel[r.severity] },
    properties: { tags: [r.area], facts: [...r.facts], ...(r.escalation ? { escalatesOn: r.escalation.event } : {}) },
  }));
  const index = new Map(rules.map((r, i) => [r.id as string, i]));
  const uris = answer.data.files.map((f, i) => opts.uris?.[i] ?? uriOf(f));
  const results: Result[] = answer.data.results.map((r) => ({
    ruleId: r.ruleId,
    ruleIndex: index.get(r.ruleId) ?? -1,
    level: r.level,
    message: { text: r.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uris[r.file] ?? 'stdin', index: r.file },
          region: { startLine: r.line, startColumn: r.column },
        },
        logicalLocations: [{ fullyQualifiedName: r.pointer, kind: 'member' }],
      },
    ],
    partialFingerprints: { 'vpnAdvisorFinding/v1': r.fingerprint },
    properties: { severity: r.severity, facts: r.facts },
  }));
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'vpn-advisor',
            version: opts.version,
            informationUri: siteUrl(paths.home(), opts.base),
            rules: descriptors,
          },
        },
        artifacts: uris.map((uri) => ({ location: { uri } })),
        results,
        properties: { asOf: answer.asOf },
      },
    ],
  };
}
