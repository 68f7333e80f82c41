import MDXComponents from '@theme-original/MDXComponents';
import * as kb from '@site/src/components/kb';

/** The knowledge components, usable in every page without an import. */
export default {
  ...MDXComponents,
  ...kb,
};
