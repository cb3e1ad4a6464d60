/** A file's size in bytes and its SHA-256, in lowercase hex, as the manifest publishes them. */
export interface OutputFile {
  size: number;
  sha256: string;
}

const hashBytes = 32;

/**
 * The size and SHA-256 of every file of an output folder, by site path: what the manifest lists
 * and what a rebuild compares against. At 100,000 records that is half a million files, so the
 * hashes are kept as bytes in one growing buffer and the sizes in a typed array, each path
 * holding only a slot number. Kept as an object per file with its hash in hex, they were about
 * 100 bytes of heap each (some 50 MB), held to the end of the build, when the heap is at its
 * largest.
 */
export class OutputFiles {
  private readonly slots = new Map<string, number>();
  private sizes = new Float64Array(1024);
  private hashes = Buffer.alloc(1024 * hashBytes);
  private readonly freeSlots: number[] = [];
  private slotsUsed = 0;

  get size(): number {
    return this.slots.size;
  }

  has(sitePath: string): boolean {
    return this.slots.has(sitePath);
  }

  /** A file's size and hash, made afresh on each call. */
  get(sitePath: string): OutputFile | undefined {
    const slot = this.slots.get(sitePath);
    if (slot === undefined) return undefined;
    return { size: this.sizes[slot]!, sha256: this.sha256At(slot) };
  }

  /** Whether the file is known with exactly this hash. */
  hasHash(sitePath: string, sha256: string): boolean {
    const slot = this.slots.get(sitePath);
    return slot !== undefined && this.sha256At(slot) === sha256;
  }

  set(sitePath: string, file: OutputFile): void {
    let slot = this.slots.get(sitePath);
    if (slot === undefined) {
      slot = this.freeSlots.pop() ?? this.newSlot();
      this.slots.set(sitePath, slot);
    }
    this.sizes[slot] = file.size;
    this.hashes.write(file.sha256, slot * hashBytes, hashBytes, "hex");
  }

  delete(sitePath: string): boolean {
    const slot = this.slots.get(sitePath);
    if (slot === undefined) return false;
    this.slots.delete(sitePath);
    this.freeSlots.push(slot);
    return true;
  }

  keys(): IterableIterator<string> {
    return this.slots.keys();
  }

  /** The bytes of every file together. */
  totalBytes(): number {
    let total = 0;
    for (const slot of this.slots.values()) total += this.sizes[slot]!;
    return total;
  }

  private sha256At(slot: number): string {
    return this.hashes.toString("hex", slot * hashBytes, (slot + 1) * hashBytes);
  }

  private newSlot(): number {
    if (this.slotsUsed === this.sizes.length) {
      const sizes = new Float64Array(this.sizes.length * 2);
      sizes.set(this.sizes);
      this.sizes = sizes;
      const hashes = Buffer.alloc(this.hashes.length * 2);
      this.hashes.copy(hashes);
      this.hashes = hashes;
    }
    return this.slotsUsed++;
  }
}
