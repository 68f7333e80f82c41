/**
 * What `check` accepts: our decisions, not Azure facts. A gateway's JSON is a few kilobytes and an ARM
 * template with many resources a few hundred; anything far larger or deeper is not what Azure prints.
 */
export const checkPolicy = {
  /** Largest input file, in bytes (UTF-16 code units of the text as read). */
  maxInputBytes: 2 * 1024 * 1024,
  /** Deepest nesting of objects and arrays; Azure's own output stays under 20. */
  maxDepth: 64,
  /** Files one check reads: a gateway, or a Virtual WAN gateway and its VPN server configuration. */
  maxFiles: 2,
  /** How many times a parameter default or variable may point at another before we stop following it. */
  maxExpressionHops: 8,
} as const;
