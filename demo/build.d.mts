/** Types for demo/build.mjs, so tests can import it under `strict`. */
export declare const DIST: string;
export interface FileSize {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
}
/** The project's fixtures/*.txt as the demo embeds them. */
export declare function readFixtures(): { file: string; title: string; text: string }[];
/** Builds demo/dist; `check` runs tsc on demo/ first (default true); `quiet` prints nothing. */
export declare function buildDemo(options?: { check?: boolean; quiet?: boolean }): Promise<{
  dist: string;
  sizes: FileSize[];
  js: FileSize | undefined;
  total: { raw: number; gzip: number };
  lazyExternals: string[];
}>;
