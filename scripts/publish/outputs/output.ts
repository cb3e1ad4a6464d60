/** One file the build publishes, and the response schema its JSON must satisfy, if any. */
export interface Output {
  sitePath: string;
  content: string | Uint8Array;
  check?: { schema: string; document: unknown };
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
