/**
 * Built trees served as a static host would serve them, by the preview server
 * (`createPreviewServer`), each on a loopback port of its own, for one test file.
 */
import type http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";
import { createPreviewServer } from "../../scripts/preview.ts";
import type { BuiltTrees, TreeSpec } from "./built-site.ts";

export interface ServedTrees {
  /** Where a tree is served: `http://127.0.0.1:<port>/<its path prefix>`, ending in `/`. */
  url(spec: TreeSpec): string;
}

/** Serves the trees in `beforeAll` (after `useBuiltTrees` built them) and stops in `afterAll`. */
export function useServedTrees(built: BuiltTrees, specs: readonly TreeSpec[]): ServedTrees {
  const served = new Map<string, { server: http.Server; url: string }>();
  beforeAll(async () => {
    for (const spec of specs) {
      const tree = built.get(spec);
      const prefix = new URL(tree.baseUrl).pathname;
      const server = createPreviewServer(tree.dir, prefix);
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(0, "127.0.0.1", resolve);
      });
      served.set(spec.name, { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}` });
    }
  });
  afterAll(async () => {
    for (const { server } of served.values()) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
  return {
    url(spec) {
      const tree = served.get(spec.name);
      if (!tree) throw new Error(`tree ${spec.name} is not served`);
      return tree.url;
    },
  };
}
