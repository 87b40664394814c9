/** Types for scripts/schema.mjs, so tests can import it under `strict`. */
export declare const SCHEMA_PATH: string;
/** The JSON Schema of `Extraction`, generated in memory from src/types.ts. */
export declare function generateSchema(): Record<string, unknown> & {
  definitions: Record<string, unknown>;
};
/** The exact text that `npm run schema` writes to schema.json. */
export declare function generateSchemaText(): string;
