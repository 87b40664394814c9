/** Types for scripts/lib/compromise-lexicon.mjs, so tests can import it under `strict`. */
export interface LexiconData {
  version: string;
  classes: Record<string, string>;
  common: string;
}
export declare const WANTED: string[];
export declare function buildLexiconData(): Promise<LexiconData>;
export declare function renderModule(data: LexiconData): string;
