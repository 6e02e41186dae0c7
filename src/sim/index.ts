export { Simulation } from './simulation';
export { SimEvent, Timeout, URGENT, NORMAL, type Waiter } from './event';
export { Condition } from './condition';
export { Process, Interrupt, type ProcessBody } from './process';
export { Resource, Request } from './resource';
export { Store, StoreGet, StorePut, type ItemFilter } from './store';
export { RandomStreams, RandomStream } from './random/streams';
export { sampler, lognormalParameters, type DistributionSpec, type Sampler } from './random/distributions';
export { moments, normalMassWithin } from './random/moments';
