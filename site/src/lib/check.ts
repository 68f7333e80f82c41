/**
 * `check` in the browser: the same runCheck the CLI, the API and Slack call, on the same model, with the
 * files read in the page. Nothing here sends anything anywhere: the input stays in this tab's memory.
 */
import { loadKnowledge } from '@knowledge/index';
import type { InputFile } from '@shared/check/input';
import type { CheckContextInput } from '@shared/check/options';
import { readCheckContext } from '@shared/check/options';
import { checkPolicy } from '@shared/check/policy';
import { runCheck } from '@shared/check/run';
import { renderMarkdown } from '@shared/render/markdown';
import type { EngineAnswer } from './engine';
import { answerView } from './answer-view';

/** The check's answer, or the option that was refused and why (shown beside the form). */
export type CheckOutcome = { ok: true; result: EngineAnswer } | { ok: false; option: string; message: string };

export function checkInBrowser(files: readonly InputFile[], options: CheckContextInput, base: string): CheckOutcome {
  const context = readCheckContext(options);
  if (!context.ok) return { ok: false, option: context.option, message: context.message };
  const answer = runCheck(files, { kb: loadKnowledge(), base, ...context.value });
  return { ok: true, result: { answer, view: answerView(answer, base), markdown: renderMarkdown(answer) } };
}

/** Reads a chosen or dropped file, refusing one larger than check reads before its bytes are loaded. */
export async function readChosenFile(file: File): Promise<{ ok: true; file: InputFile } | { ok: false; message: string }> {
  if (file.size > checkPolicy.maxInputBytes)
    return {
      ok: false,
      message: `${file.name} is ${file.size.toLocaleString('en-US')} bytes; check reads at most ${checkPolicy.maxInputBytes.toLocaleString('en-US')}. Choose the gateway's own JSON, not a whole export.`,
    };
  return { ok: true, file: { name: file.name, text: await file.text() } };
}
