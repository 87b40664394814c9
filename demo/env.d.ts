/** Fixtures embedded by demo/build.mjs from fixtures/*.txt. */
declare module 'virtual:fixtures' {
  const fixtures: ReadonlyArray<{ readonly file: string; readonly title: string; readonly text: string }>;
  export default fixtures;
}

declare module '*.css';
