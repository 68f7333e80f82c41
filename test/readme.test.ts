/**
 * README.md's command table is generated from the command declarations (scripts/readme-commands.ts,
 * `npm run readme:commands`). A declaration changed without regenerating the table fails here.
 */
import fs from 'node:fs';
import { commands } from '../shared/commands/registry';
import { commandTable, README_FILE, readmeWithCommands } from '../scripts/readme-commands';

const START = '<!-- commands:start -->';
const END = '<!-- commands:end -->';
const between = (text: string) => text.slice(text.indexOf(START), text.indexOf(END) + END.length);

describe('README.md command table', () => {
  const readme = fs.readFileSync(README_FILE, 'utf8');

  test('is what `npm run readme:commands` writes from the command declarations (run it after changing one)', () => {
    expect(between(readme)).toBe(between(readmeWithCommands(readme, commands)));
    expect(readme).toBe(readmeWithCommands(readme, commands));
  });

  test('sits under "## Commands" and lists every command once, with its first example and summary', () => {
    const section = readme.slice(readme.indexOf('## Commands'), readme.indexOf('\n## ', readme.indexOf('## Commands') + 1));
    expect(section).toContain(START);
    expect(section).toContain(END);
    for (const c of commands) {
      expect(section.match(new RegExp(`^\\| \`${c.name}\` +\\|`, 'gm'))).toHaveLength(1);
      expect(section).toContain(`\`${c.examples[0]}\``);
    }
  });

  test('a changed declaration changes the table', () => {
    const changed = commands.map((c) => (c.name === 'routes' ? { ...c, summary: `${c.summary} Changed.` } : c));
    expect(readmeWithCommands(readme, changed)).not.toBe(readme);
  });
});

describe('commandTable', () => {
  /** The cells of a table line, trimmed (an escaped \| stays inside its cell). */
  const cells = (line: string) =>
    line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((c) => c.trim());
  const row = (summary: string, example = 'x') => commandTable([{ name: 'x', summary, examples: [example] }]).split('\n')[2]!;

  test('has the columns command, example, answers and one row per declaration, padded as Biome formats tables', () => {
    expect(
      commandTable([
        { name: 'a', summary: 'Answers A.', examples: ['a 1', 'a 2'] },
        { name: 'b', summary: 'Answers B.', examples: [] },
      ]).split('\n'),
    ).toEqual([
      '| command | example | answers    |',
      '| ------- | ------- | ---------- |',
      '| `a`     | `a 1`   | Answers A. |',
      '| `b`     |         | Answers B. |',
    ]);
  });

  test('escapes | in cells, code spans included', () => {
    expect(cells(row('one | two', 'x a|b'))).toEqual(['`x`', '`x a\\|b`', 'one \\| two']);
  });

  test('keeps text from turning into Markdown or HTML, and each cell on one line', () => {
    expect(cells(row('"help <command>" for *one*\nor [two]', 'x `y`'))).toEqual([
      '`x`',
      '`` x `y` ``',
      '"help \\<command\\>" for \\*one\\* or \\[two\\]',
    ]);
  });
});

describe('readmeWithCommands', () => {
  const decls = [{ name: 'a', summary: 'Answers A.', examples: ['a 1'] }];

  test('replaces only the text between the markers, and is stable', () => {
    const text = `# T\n\n## Commands\n\n${START}\nold table\n${END}\n\n## Next\n`;
    const once = readmeWithCommands(text, decls);
    expect(once.startsWith(`# T\n\n## Commands\n\n${START}\n`)).toBe(true);
    expect(once.endsWith(`\n${END}\n\n## Next\n`)).toBe(true);
    expect(once).toContain(commandTable(decls));
    expect(once).not.toContain('old table');
    expect(readmeWithCommands(once, decls)).toBe(once);
  });

  test('fails without exactly one pair of markers in order', () => {
    expect(() => readmeWithCommands('# T\n', decls)).toThrow(/commands:start/);
    expect(() => readmeWithCommands(`${END}\n${START}\n`, decls)).toThrow(/commands:start/);
    expect(() => readmeWithCommands(`${START}\n${END}\n${START}\n${END}\n`, decls)).toThrow(/commands:start/);
  });
});
