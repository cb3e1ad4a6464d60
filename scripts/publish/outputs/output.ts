import type { ResponseCheck } from "../checks/check-output.ts";

/**
 * A file's bytes: text, bytes, or bytes in pieces. A dump of a large registry stays in pieces
 * (one per record) all the way to the disk: joining them would copy hundreds of megabytes into
 * a buffer that is thrown away once written.
 */
export type OutputContent = string | Uint8Array | readonly Uint8Array[];

/** One file the build publishes, and the response schema its JSON must satisfy, if any. */
export interface Output {
  sitePath: string;
  content: OutputContent;
  check?: ResponseCheck;
}

const compact = (value: unknown) => `${JSON.stringify(value)}\n`;
const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * A JSON document as an output: compact when there are many of its kind (records), indented
 * when people read it (the entry point, the OpenAPI document).
 */
export function jsonOutput(
  sitePath: string,
  document: unknown,
  schema?: string,
  layout: "compact" | "pretty" = "compact",
): Output {
  return {
    sitePath,
    content: layout === "pretty" ? pretty(document) : compact(document),
    ...(schema ? { check: { schema, document } } : {}),
  };
}
