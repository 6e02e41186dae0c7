export { Simulation } from './simulation';
export { SimEvent, URGENT, NORMAL, type Timeout, type Waiter } from './event';
export { Condition } from './condition';
export { Process, Interrupt, type ProcessBody } from './process';
export { Resource, Request } from './resource';
export { Store, StoreGet, StorePut, type ItemFilter } from './store';
export { RandomStreams, RandomStream } from './random/streams';
export { sampler, lognormalParameters, type DistributionSpec, type Sampler } from './random/distributions';
export { moments, normalMassWithin } from './random/moments';
