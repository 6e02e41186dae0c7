import * as THREE from 'three';

/**
 * Small tools for layers that write instance buffers directly: a pose is a turn about the vertical
 * plus a translation (and optional scale), written straight into the matrix array so a frame's
 * mapping allocates nothing; hidden instances are all-zero matrices (scaled to nothing).
 */
export function writePose(m: Float32Array, i: number, x: number, y: number, z: number, cos: number, sin: number, sx = 1, sy = 1, sz = 1): void {
  const o = i * 16;
  m[o] = cos * sx;
  m[o + 1] = 0;
  m[o + 2] = -sin * sx;
  m[o + 3] = 0;
  m[o + 4] = 0;
  m[o + 5] = sy;
  m[o + 6] = 0;
  m[o + 7] = 0;
  m[o + 8] = sin * sz;
  m[o + 9] = 0;
  m[o + 10] = cos * sz;
  m[o + 11] = 0;
  m[o + 12] = x;
  m[o + 13] = y;
  m[o + 14] = z;
  m[o + 15] = 1;
}

export function writeHidden(m: Float32Array, i: number): void {
  m.fill(0, i * 16, i * 16 + 16);
}

/** An instanced mesh for per-frame rewriting: every instance hidden, dynamic buffers, never culled as a whole. */
export function dynamicInstances(geometry: THREE.BufferGeometry, material: THREE.Material, capacity: number, coloured: boolean): THREE.InstancedMesh {
  const mesh = new THREE.InstancedMesh(geometry, material, capacity);
  mesh.instanceMatrix.array.fill(0);
  mesh.instanceMatrix.setUsage(THREE.DynamicDrawUsage);
  if (coloured) {
    mesh.instanceColor = new THREE.InstancedBufferAttribute(new Float32Array(capacity * 3).fill(1), 3);
    mesh.instanceColor.setUsage(THREE.DynamicDrawUsage);
  }
  // instances move every frame: a bounding sphere computed once would cull them wrongly
  mesh.frustumCulled = false;
  return mesh;
}

/**
 * Collects changed instance indexes (in increasing order) into runs and hands them to the buffers
 * as update ranges, so a frame uploads only what changed. Nearby changes share a run: one
 * bufferSubData of a few unchanged instances is cheaper than many small ones.
 */
export class ChangedRuns {
  private start = -1;
  private end = -1;
  private readonly runs: number[] = [];
  count = 0;

  constructor(private readonly gap = 24) {}

  mark(i: number): void {
    this.count++;
    if (this.start >= 0 && i >= this.start && i <= this.end + this.gap) {
      if (i > this.end) this.end = i;
      return;
    }
    if (this.start >= 0) this.runs.push(this.start, this.end);
    this.start = this.end = i;
  }

  /** Adds the runs to each attribute (item size taken from it) and flags them for upload; then starts over. */
  flush(...attributes: (THREE.BufferAttribute | null)[]): void {
    if (this.start >= 0) this.runs.push(this.start, this.end);
    if (this.runs.length > 0) {
      for (const a of attributes) {
        if (a === null) continue;
        // many ranges left pending (no render in between): one whole upload is cheaper than hundreds
        if (a.updateRanges.length > 256) a.clearUpdateRanges();
        else for (let k = 0; k < this.runs.length; k += 2) a.addUpdateRange(this.runs[k] * a.itemSize, (this.runs[k + 1] - this.runs[k] + 1) * a.itemSize);
        a.needsUpdate = true;
      }
    }
    this.runs.length = 0;
    this.start = this.end = -1;
    this.count = 0;
  }
}

/** A layer's instanced mesh that grows when a snapshot brings more things than it was made for. */
export class GrowingInstances {
  readonly group = new THREE.Group();
  mesh: THREE.InstancedMesh;

  constructor(
    private readonly geometry: THREE.BufferGeometry,
    private readonly material: THREE.Material,
    capacity: number,
    private readonly coloured: boolean,
    readonly name: string,
  ) {
    this.mesh = this.make(capacity);
  }

  /** Makes room for n instances; returns true if it had to replace the mesh (everything must be rewritten). */
  ensure(n: number): boolean {
    if (n <= this.mesh.instanceMatrix.count) return false;
    this.group.remove(this.mesh);
    this.mesh.dispose();
    this.mesh = this.make(Math.max(n, this.mesh.instanceMatrix.count * 2));
    return true;
  }

  private make(capacity: number): THREE.InstancedMesh {
    const mesh = dynamicInstances(this.geometry, this.material, capacity, this.coloured);
    mesh.name = this.name;
    this.group.add(mesh);
    return mesh;
  }
}
