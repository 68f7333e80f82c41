export * from './answer/answer';
export { runCommand, commands, findCommand, normaliseQuery, today } from './commands/registry';
export { renderPlainText } from './render/plain-text';
export { renderMarkdown } from './render/markdown';
export { escapeSlack, escapeMarkdown, escapePlain, isSafeUrl } from './render/escape';
export { paths, referencePages } from './site-urls';
export { policy } from './policy';
export { formatNumber, formatFactValue, formatMbps, formatPercent } from './format';
export { tokenize } from './parse/tokenize';
