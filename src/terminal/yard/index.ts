export { YardStacks, type Rehandle, type Retrieval } from './yardStacks';
export { YardLayout, type SlotRef, type YardBlockShape } from './yardLayout';
export { YardState } from './yardState';
