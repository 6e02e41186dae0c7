// @ts-check
/**
 * An example of a user's own dispatch strategy: `npx zhigang run scenarios/demo-small.json
 * --strategy ./scenarios/strategies/crane-round-robin.js` (also with compare and sweep).
 *
 * Crane round robin: the cranes take turns, the one needing a vehicle soonest first; each turn
 * gives that crane's earliest job to the free vehicle nearest its pickup. No crane can take
 * every free vehicle while another waits.
 *
 * A module's default export is a strategy `{ name, decide(snapshot) }` or, as here, a function
 * making one for each run (so a strategy may keep state between the decisions of one run).
 */

/** @typedef {import('../../src/dispatch/strategy').Strategy} Strategy */
/** @typedef {import('../../src/dispatch/strategy').StrategyContext} StrategyContext */
/** @typedef {import('../../src/dispatch/strategy').DispatchSnapshot} DispatchSnapshot */
/** @typedef {import('../../src/dispatch/strategy').JobView} JobView */
/** @typedef {import('../../src/dispatch/strategy').Assignment} Assignment */

/**
 * @param {StrategyContext} _context fleet size, crane count and the scenario's gang size
 * @returns {Strategy}
 */
export default function createCraneRoundRobin(_context) {
  return {
    name: 'crane-round-robin',
    decide(snapshot) {
      const free = snapshot.vehicles.filter((v) => v.free);
      /** @type {Map<number, JobView[]>} each crane's open jobs, earliest due first */
      const queues = new Map();
      for (const job of [...snapshot.jobs].sort((a, b) => a.dueS - b.dueS || a.sequence - b.sequence)) {
        const queue = queues.get(job.crane) ?? [];
        queue.push(job);
        queues.set(job.crane, queue);
      }
      /** @type {Assignment[]} */
      const out = [];
      while (free.length > 0 && queues.size > 0) {
        // one job per crane per round, cranes in the order they need a vehicle
        const round = [...queues.values()].map((q) => q[0]).sort((a, b) => a.dueS - b.dueS || a.crane - b.crane);
        for (const job of round) {
          if (free.length === 0) break;
          let best = 0;
          for (let k = 1; k < free.length; k++) {
            if (snapshot.travelTimeS(free[k].at, job.origin, false) < snapshot.travelTimeS(free[best].at, job.origin, false)) best = k;
          }
          out.push({ vehicle: free[best].index, job: job.id });
          free.splice(best, 1);
          const queue = /** @type {JobView[]} */ (queues.get(job.crane));
          queue.shift();
          if (queue.length === 0) queues.delete(job.crane);
        }
      }
      return out;
    },
  };
}
