import { parseGuideMdx, slugifyHeading } from '../../shared/search/guides';

const MDX = `---
title: "Point-to-site VPN for Azure-only access"
sidebar_label: "Azure-only access"
---

import Thing from '@site/src/components/Thing';

The quickest way to give home workers access. SSTP is capped at <FactValue id="sstp-max-connections" /> on every SKU.

## When it fits {/* #when-it-fits */}

- Users need **Azure** only; see [the other guide](/docs/scenarios/azure-and-on-premises).

## Topology {#topology}

\`\`\`mermaid
flowchart LR
  A --> B
\`\`\`

Each user holds one tunnel.

## Limits that apply

:::note
Route limits matter: <FactValue id="route-limit-openvpn" />.
:::

## Limits that apply
`;

describe('scenario guide prose → search sections', () => {
  const page = parseGuideMdx(MDX, {
    id: 'azure-only',
    resolveFact: (id) => ({ 'sstp-max-connections': '128 connections', 'route-limit-openvpn': '1,000 routes' })[id],
  });

  it('takes the title from the front matter and the URL from the scenario path', () => {
    expect(page.title).toBe('Point-to-site VPN for Azure-only access');
    expect(page.url).toBe('/docs/scenarios/azure-only');
  });

  it('gives each heading the anchor the site gives it (explicit ids in both MDX forms, else slugged)', () => {
    expect(page.sections.map((s) => s.anchor)).toEqual(['', 'when-it-fits', 'topology', 'limits-that-apply']);
    expect(page.sections.map((s) => s.heading)).toEqual(['', 'When it fits', 'Topology', 'Limits that apply']);
  });

  it('puts fact values in place of the components, keeps link text, drops diagrams, imports and marks', () => {
    const [intro, fits, topology, limits] = page.sections;
    expect(intro.text).toBe('The quickest way to give home workers access. SSTP is capped at 128 connections on every SKU.');
    expect(fits.text).toBe('Users need Azure only; see the other guide.');
    expect(topology.text).toBe('Each user holds one tunnel.');
    expect(limits.text).toBe('Route limits matter: 1,000 routes.');
  });

  it('slugs like github-slugger', () => {
    expect(slugifyHeading("When it doesn't")).toBe('when-it-doesnt');
    expect(slugifyHeading('Steps: 1 → 2 (fast)')).toBe('steps-1--2-fast');
  });

  it('maps index.mdx and a front-matter slug to their URLs', () => {
    expect(parseGuideMdx('# Scenario guides\n\ntext', { id: 'index' }).url).toBe('/docs/scenarios');
    expect(parseGuideMdx('---\nslug: /scenarios\n---\ntext', { id: 'index' }).url).toBe('/docs/scenarios');
  });
});
