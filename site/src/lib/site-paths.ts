/**
 * Paths of the pages this site adds to the shared URL scheme (shared/site-urls.ts): the calculators.
 * No imports, so any page can link to them without pulling in the engine.
 */
export const calculatorPaths = {
  index: () => '/calculators',
  sizing: () => '/calculators/sizing',
  pool: () => '/calculators/pool',
  compat: () => '/calculators/compat',
} as const;
