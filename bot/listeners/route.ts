import type { AllMiddlewareArgs, AnyMiddlewareArgs } from '@slack/bolt';

/** What one global middleware call sees: any payload, with Bolt's context, client and logger. */
type AnyArgs = AnyMiddlewareArgs & AllMiddlewareArgs;

/** The handler run for a payload this kind of listener takes, or undefined when it takes none. */
export type Route = (args: AnyArgs) => (() => Promise<void>) | undefined;

/** A payload's field as a string, if it is one (Slack's payloads are read defensively). */
export function stringField(o: unknown, key: string): string | undefined {
  const v = o && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : undefined;
}

/**
 * The route for one type of interactive payload (`block_actions`, `view_submission`, `message_action`) whose
 * handler is chosen by an id the payload carries (an action_id, a callback_id).
 */
export function routeById<A>(
  bodyType: string,
  idOf: (args: AnyArgs) => string | undefined,
  handlers: ReadonlyArray<readonly [id: string, handler: (args: A) => Promise<void>]>,
): Route {
  const byId = new Map(handlers);
  return (args) => {
    if (stringField(args.body, 'type') !== bodyType) return undefined;
    const handler = byId.get(idOf(args) ?? '');
    return handler && (() => handler(args as unknown as A));
  };
}
