// comlink ships the node adapter's types as node-adapter.d.ts beside node-adapter.mjs, which
// TypeScript only pairs with an import without the extension; Node needs the extension at run time.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  export { default } from 'comlink/dist/esm/node-adapter';
}
