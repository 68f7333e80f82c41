import useBrokenLinks from '@docusaurus/useBrokenLinks';

/**
 * Registers an id rendered by our own components as an anchor, so Docusaurus' broken-anchor check
 * knows it exists (links to /docs/reference/<topic>#<fact-id> would fail the build otherwise).
 */
export function useAnchors(ids: ReadonlyArray<string | undefined>): void {
  const brokenLinks = useBrokenLinks();
  for (const id of ids) if (id) brokenLinks.collectAnchor(id);
}

/** Components fed by the guides' remark plugin receive their data as a JSON string. */
export function parseJson<T>(json: string | undefined, component: string): T {
  if (json === undefined) throw new Error(`<${component}> got no data: is it used in a docs page (the remark plugin feeds it)?`);
  return JSON.parse(json) as T;
}
