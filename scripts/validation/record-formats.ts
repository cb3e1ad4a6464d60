import type { Format } from "ajv";
import formatsModule from "ajv-formats/dist/formats.js";
import { isPartialDate, isTimeZoneName } from "./custom-formats.ts";

const { fullFormats } = formatsModule;

/**
 * Every `format` the schemas use, in one object: the runtime validators register these, and
 * the generated standalone validators import them by this name.
 */
export const recordFormats: Record<string, Format> = {
  date: fullFormats.date,
  "date-time": fullFormats["date-time"],
  uri: fullFormats.uri,
  "partial-date": { type: "string", validate: isPartialDate },
  "iana-time-zone": { type: "string", validate: isTimeZoneName },
};
