/** Optimal assignment of rows (vehicles) to columns (jobs): a rectangular linear assignment solver. */
export { AssignmentSolver, type AssignmentResult } from './assignmentSolver';
