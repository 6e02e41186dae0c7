import { SimEvent } from './event';
import type { Simulation } from './simulation';

/** A claim on one unit of a resource; fires when granted. Release it (or cancel it) when done. */
export class Request extends SimEvent<Request> {
  granted = false;
  constructor(
    readonly resource: Resource,
    readonly priority: number,
    readonly order: number,
  ) {
    super(resource.sim);
  }

  /** Gives back a granted unit, or withdraws a request still queued. */
  release(): void {
    this.resource.release(this);
  }
}

/**
 * `capacity` identical units (plugs, lanes, crane slots). Queued requests are served by priority
 * (lower first) and, within a priority, first come first served; a plain FIFO resource is one
 * where every request has the same priority.
 */
export class Resource {
  private readonly users = new Set<Request>();
  /** Waiting requests, kept sorted by (priority, order). Queues are short; insertion is linear. */
  private readonly queue: Request[] = [];
  private requests = 0;

  constructor(
    readonly sim: Simulation,
    readonly capacity = 1,
    readonly name = 'resource',
  ) {
    if (!(Number.isInteger(capacity) && capacity >= 1)) throw new RangeError(`${name}: capacity must be an integer ≥ 1`);
  }

  /** Units in use. */
  get count(): number {
    return this.users.size;
  }

  get queueLength(): number {
    return this.queue.length;
  }

  request(priority = 0): Request {
    const req = new Request(this, priority, this.requests++);
    if (this.users.size < this.capacity && this.queue.length === 0) this.grant(req);
    else this.enqueue(req);
    return req;
  }

  release(req: Request): void {
    if (this.users.delete(req)) {
      this.serveQueue();
      return;
    }
    const i = this.queue.indexOf(req);
    if (i >= 0) this.queue.splice(i, 1);
    else if (req.granted)
      throw new Error(`${this.name}: released a request that holds no unit (released twice?)`);
  }

  private enqueue(req: Request): void {
    const q = this.queue;
    let i = q.length;
    while (i > 0 && q[i - 1].priority > req.priority) i--;
    q.splice(i, 0, req);
  }

  private grant(req: Request): void {
    req.granted = true;
    this.users.add(req);
    req.succeed(req);
  }

  private serveQueue(): void {
    while (this.users.size < this.capacity && this.queue.length > 0) this.grant(this.queue.shift()!);
  }
}
