/** Quay cranes on one rail: their order, separation and gantry travel (docs/model.md, *Crane rail*). */
export interface Rail {
  /** least distance between two cranes' centres, m */
  sepM: number;
  speedMps: number;
  /** the ends of the rail a crane's centre may reach, m */
  minX: number;
  maxX: number;
  /** every gantry travel, in start order, for the renderer and the berth plan */
  motions: GantryMotion[];
}

export interface GantryMotion {
  crane: number;
  x0: number;
  x1: number;
  t0: number;
  t1: number;
}

