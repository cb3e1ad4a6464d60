// Eleventy imports the page templates (site/**/*.11ty.ts) with Node's own import(), outside
// vitest's module graph: Node needs the TypeScript loader that `npm run build` runs under.
import { register } from "tsx/esm/api";

register();
