import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export interface OutputFile {
  size: number;
  sha256: string;
}

/**
 * The folder a build writes into, file by file, keeping the size and SHA-256 of each file for the
 * manifest and for incremental rebuilds. Refuses any path that would leave the folder.
 *
 * Given the files a folder already holds (`existing`), it writes only the files whose bytes
 * differ, each by a write to a temporary name and a rename, so that a reader never sees half a
 * file; that is how a rebuild after an edit touches only what the edit changed.
 */
export class OutputTree {
  readonly root: string;
  readonly files: Map<string, OutputFile>;
  /** Site paths written by this tree (all of them, for a fresh folder). */
  readonly written: string[] = [];
  readonly removed: string[] = [];
  private readonly madeDirs = new Set<string>();
  private readonly incremental: boolean;

  constructor(root: string, existing?: ReadonlyMap<string, OutputFile>) {
    this.root = path.resolve(root);
    this.incremental = existing !== undefined;
    this.files = new Map(existing);
  }

  write(sitePath: string, content: string | Uint8Array): void {
    const target = this.resolve(sitePath);
    const bytes = typeof content === "string" ? Buffer.from(content) : content;
    const file = { size: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") };
    const before = this.files.get(sitePath);
    if (this.incremental && before?.sha256 === file.sha256) return;
    if (!this.incremental && before) throw new Error(`output: ${sitePath} is written twice`);
    const dir = path.dirname(target);
    if (!this.madeDirs.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    if (this.incremental) {
      const temporary = `${target}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, bytes);
      fs.renameSync(temporary, target);
    } else {
      fs.writeFileSync(target, bytes);
    }
    this.files.set(sitePath, file);
    this.written.push(sitePath);
  }

  remove(sitePath: string): void {
    if (!this.files.delete(sitePath)) return;
    fs.rmSync(this.resolve(sitePath), { force: true });
    this.removed.push(sitePath);
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
