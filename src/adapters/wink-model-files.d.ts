// wink-eng-lite-web-model ships types for its index only; src/adapters/wink-model.ts reads its parts.
declare module 'wink-eng-lite-web-model/dist/*.js' {
  const part: (...args: never[]) => unknown;
  export default part;
}
