/**
 * The `/vpn check` modal's submission. Everything that can be wrong with the input is said in the modal,
 * under the block it concerns (`response_action: errors`), so the person fixes it without starting over:
 * the options, a missing or doubled input, an upload Slack won't hand over, JSON that isn't a gateway's.
 * So uploads are downloaded and the check is run before the acknowledgement, within Slack's 3 seconds;
 * the findings then go to the person alone in the conversation the command came from.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewStateValue, ViewSubmitAction } from '@slack/bolt';
import type { InputFile } from '../../../shared/check/input';
import type { CheckContextInput } from '../../../shared/check/options';
import { readCheckContext } from '../../../shared/check/options';
import { checkPolicy } from '../../../shared/check/policy';
import { checkOutcome, replyWithCheck, tryCheck } from '../../slack/check-answer';
import { downloadUploadedFiles } from '../../slack/check-files';
import { unfenced } from '../../slack/check-message';
import { CHECK_FIELD, decodeCheckOrigin } from '../commands/check-modal';
import type { BotDeps } from '../deps';

/**
 * Slack waits 3 seconds for a view_submission's acknowledgement
 * (https://docs.slack.dev/interactivity/handling-user-interaction#acknowledgment_response); the downloads
 * get two of them, the check and the network the rest.
 */
const DOWNLOAD_DEADLINE_MS = 2000;
/** The name a pasted configuration goes by in findings ("pasted.json:12:5"). */
const PASTED_NAME = 'pasted.json';

type FieldId = (typeof CHECK_FIELD)[keyof typeof CHECK_FIELD];
type Errors = Partial<Record<FieldId, string>>;

/** Which block an option's problem is shown under. */
const OPTION_FIELD: Record<keyof CheckContextInput, FieldId> = {
  users: CHECK_FIELD.users,
  avoid: CHECK_FIELD.avoid,
  clients: CHECK_FIELD.clients,
  asOf: CHECK_FIELD.asOf,
};

interface CheckForm {
  paste: string;
  fileIds: string[];
  options: CheckContextInput;
}

function readForm(values: Record<string, Record<string, ViewStateValue>>): CheckForm {
  const field = (id: FieldId): ViewStateValue | undefined => values[id]?.[id];
  const fileIds = (field(CHECK_FIELD.files)?.files ?? []).map((f) => f?.id).filter((id): id is string => typeof id === 'string');
  return {
    paste: unfenced(field(CHECK_FIELD.paste)?.value ?? ''),
    fileIds,
    options: {
      users: field(CHECK_FIELD.users)?.value ?? undefined,
      avoid: field(CHECK_FIELD.avoid)?.value ?? undefined,
      clients: field(CHECK_FIELD.clients)?.selected_options?.map((o) => o.value),
      asOf: field(CHECK_FIELD.asOf)?.selected_date ?? undefined,
    },
  };
}

/** A usage error names the file it is about; one that names none belongs to the input the person gave. */
function blockOfInputProblem(message: string, form: CheckForm): FieldId {
  if (!form.paste) return CHECK_FIELD.files;
  if (form.fileIds.length === 0 || message.includes(PASTED_NAME)) return CHECK_FIELD.paste;
  return CHECK_FIELD.files;
}

export function makeCheckSubmissionCallback(deps: BotDeps) {
  return async ({ ack, body, view }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const user = body.user.id;
    const showErrors = (errors: Errors) => ack({ response_action: 'errors', errors });
    const origin = decodeCheckOrigin(view.private_metadata);
    if (!origin) {
      deps.logger.warn(`check modal for ${user}: the modal's metadata is not ours; refused`);
      return showErrors({ [CHECK_FIELD.paste]: 'This form is out of date. Close it and run `/vpn check` again.' });
    }
    const where = `check modal for ${user} in ${origin.channel}`;
    const form = readForm(view.state.values);

    const context = readCheckContext(form.options);
    if (!context.ok) return showErrors({ [OPTION_FIELD[context.option]]: context.message });
    if (!form.paste && form.fileIds.length === 0)
      return showErrors({ [CHECK_FIELD.paste]: "Paste the gateway's JSON here, or upload its file above." });
    const count = form.fileIds.length + (form.paste ? 1 : 0);
    if (count > checkPolicy.maxFiles)
      return showErrors({
        [CHECK_FIELD.files]: `check reads at most ${checkPolicy.maxFiles} files (a Virtual WAN gateway and its VPN server configuration); this is ${count} with the pasted JSON.`,
      });

    const files: InputFile[] = form.paste ? [{ name: PASTED_NAME, text: form.paste }] : [];
    if (form.fileIds.length) {
      const downloaded = await downloadUploadedFiles(deps.check.client, form.fileIds, DOWNLOAD_DEADLINE_MS);
      if (!downloaded.ok) {
        deps.logger.warn(`${where}: an upload could not be read${downloaded.detail ? ` (${downloaded.detail})` : ''}`);
        return showErrors({ [CHECK_FIELD.files]: downloaded.message });
      }
      files.unshift(...downloaded.files);
    }

    const answer = tryCheck(deps, files, context.value);
    if (!(answer instanceof Error) && answer.kind === 'usage_error') {
      deps.logger.info(`${where}: ${checkOutcome(answer)}`);
      return showErrors({ [blockOfInputProblem(answer.error.message, form)]: answer.error.message });
    }
    await ack();
    await replyWithCheck(deps, { user, channel: origin.channel, responseUrl: origin.responseUrl, where }, answer);
  };
}
