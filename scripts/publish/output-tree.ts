import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export interface OutputFile {
  size: number;
  sha256: string;
}

/**
 * The folder a build writes into, file by file, with the size and SHA-256 of each file kept
 * for the manifest and for incremental rebuilds. Refuses any path that would leave the folder.
 */
export class OutputTree {
  readonly root: string;
  readonly files = new Map<string, OutputFile>();
  private readonly madeDirs = new Set<string>();

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  write(sitePath: string, content: string | Uint8Array): void {
    const target = this.resolve(sitePath);
    if (this.files.has(sitePath)) throw new Error(`output: ${sitePath} is written twice`);
    const bytes = typeof content === "string" ? Buffer.from(content) : content;
    const dir = path.dirname(target);
    if (!this.madeDirs.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    fs.writeFileSync(target, bytes);
    this.files.set(sitePath, { size: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") });
  }

  /** Records a file that another tool (Eleventy) wrote into the folder. */
  adopt(sitePath: string): Buffer {
    const bytes = fs.readFileSync(this.resolve(sitePath));
    this.files.set(sitePath, { size: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") });
    return bytes;
  }

  resolve(sitePath: string): string {
    const target = path.resolve(this.root, sitePath);
    if (!isInside(this.root, target) || sitePath.includes("\\") || sitePath.startsWith("/")) {
      throw new Error(`output: refusing to write outside the output folder: ${JSON.stringify(sitePath)}`);
    }
    return target;
  }
}

export function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}
