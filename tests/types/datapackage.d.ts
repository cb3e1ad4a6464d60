// datapackage (the Frictionless Data reference library for JavaScript) ships no type
// declarations; this covers what the tests use.
declare module "datapackage" {
  export class Resource {
    readonly name: string;
    readonly tabular: boolean;
    readonly descriptor: Record<string, unknown>;
    /** A tabular resource's Table Schema. */
    readonly schema: { fields: { name: string; type: string }[] } | null;
    read(options?: { relations?: boolean; cast?: boolean; keyed?: boolean }): Promise<Record<string, unknown>[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
    readonly descriptor: Record<string, unknown>;
  }
}
