/**
 * Builds one generated MDX page and the JSON it imports. Text from the model goes into headings and
 * paragraphs escaped for MDX; structured content (tables, fact lists, charts) goes into the JSON and
 * is passed to components as `data.<key>`, so model text is never parsed as MDX.
 */

/** Escapes inline text for MDX: no markup, no JSX, no expressions; spaces are kept. */
function mdxInline(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-!|~<>&]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');
}

/** Escapes text for a whole MDX paragraph or heading (it can't start a list either). */
export function mdxText(text: string): string {
  return mdxInline(text)
    .trim()
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A YAML scalar: JSON strings are valid YAML double-quoted scalars. */
function yaml(value: string | number | boolean): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

type Part = string | { text: string; href: string };

/** Text and links to site paths (Docusaurus checks the links), as one line of MDX. */
function inline(parts: readonly Part[]): string {
  return parts
    .map((x) => (typeof x === 'string' ? mdxInline(x) : `[${mdxInline(x.text)}](${x.href})`))
    .join('')
    .trim()
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

export interface GeneratedPage {
  /** Path under site/docs/generated without extension, e.g. "reference/vpn-gateway-skus". */
  id: string;
  /** The page's URL path (must equal the one shared/site-urls.ts defines). */
  path: string;
  title: string;
  mdx: string;
  data: Record<string, unknown>;
  /** Every anchor the page renders (headings and rows). */
  anchors: string[];
}

export class PageBuilder {
  private readonly lines: string[] = [];
  private readonly data: Record<string, unknown> = {};
  private readonly anchors = new Set<string>();
  private keyCount = 0;

  constructor(
    private readonly id: string,
    private readonly path: string,
    private readonly title: string,
    private readonly front: Record<string, string | number | boolean> = {},
  ) {}

  /** Registers an anchor; two identical anchors on one page would make links ambiguous. */
  anchor(id: string): string {
    if (this.anchors.has(id)) throw new Error(`site: page ${this.path} would render the anchor "#${id}" twice`);
    this.anchors.add(id);
    return id;
  }

  heading(level: 2 | 3, text: string, id: string): this {
    this.lines.push(`${'#'.repeat(level)} ${mdxText(text)} {/* #${this.anchor(id)} */}`, '');
    return this;
  }

  /** A paragraph of plain text (escaped). */
  p(text: string): this {
    this.lines.push(mdxText(text), '');
    return this;
  }

  /** A paragraph assembled from plain text and links to site paths (Docusaurus checks them). */
  para(parts: readonly Part[]): this {
    this.lines.push(inline(parts), '');
    return this;
  }

  bullets(items: ReadonlyArray<string | readonly Part[]>): this {
    for (const item of items) this.lines.push(`- ${inline(typeof item === 'string' ? [item] : item)}`);
    this.lines.push('');
    return this;
  }

  /** A fenced code block; the fence is longer than any run of backticks in the text, so nothing ends it early. */
  code(language: string, text: string): this {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    this.lines.push(`${fence}${language}`, text, fence, '');
    return this;
  }

  /** `<Name prop={data.key} />` with the value stored in the page's JSON. */
  component(name: string, props: Record<string, unknown>): this {
    const attrs = Object.entries(props).map(([prop, value]) => {
      if (typeof value === 'boolean') return value ? prop : `${prop}={false}`;
      const key = `d${this.keyCount++}`;
      this.data[key] = value;
      return `${prop}={data.${key}}`;
    });
    this.lines.push(`<${name} ${attrs.join(' ')} />`, '');
    return this;
  }

  build(): GeneratedPage {
    const slug = this.path.replace(/^\/docs/, '');
    const front = { title: this.title, slug, ...this.front };
    const head = ['---', ...Object.entries(front).map(([k, v]) => `${k}: ${yaml(v)}`), '---', ''];
    const imports = this.keyCount ? [`import data from '@site/docs/generated/_data/${this.id}.json';`, ''] : [];
    return {
      id: this.id,
      path: this.path,
      title: this.title,
      mdx: [...head, ...imports, ...this.lines].join('\n'),
      data: this.data,
      anchors: [...this.anchors],
    };
  }
}
