import * as THREE from 'three';

const HEIGHT_M = 1.2;
const WIDTH_M = 1.6;

/**
 * A vehicle's recent path: a flat ribbon above the lanes (readable up close) plus a 1 px line
 * (readable from afar), rebuilt from the x, y pairs whenever the app sends a new trajectory.
 */
export class TrajectoryLine {
  readonly group = new THREE.Group();
  private readonly line: THREE.Line;
  private readonly ribbon: THREE.Mesh;

  constructor() {
    const colour = '#ff3df2';
    this.line = new THREE.Line(new THREE.BufferGeometry(), new THREE.LineBasicMaterial({ color: colour, fog: false }));
    this.ribbon = new THREE.Mesh(new THREE.BufferGeometry(), new THREE.MeshBasicMaterial({ color: colour, transparent: true, opacity: 0.75, depthWrite: false, side: THREE.DoubleSide, fog: false }));
    this.line.name = 'trajectoryLine';
    this.ribbon.name = 'trajectoryRibbon';
    this.line.frustumCulled = this.ribbon.frustumCulled = false;
    this.group.add(this.ribbon, this.line);
    this.group.visible = false;
  }

  /** points of the path drawn (0 when hidden) */
  get points(): number {
    return this.group.visible ? (this.line.geometry.getAttribute('position')?.count ?? 0) : 0;
  }

  /** x, y pairs in layout metres, or null to hide. */
  set(xy: Float32Array | null): void {
    if (xy === null || xy.length < 4) {
      this.group.visible = false;
      return;
    }
    const n = xy.length / 2;
    const linePos = new Float32Array(n * 3);
    const ribbonPos = new Float32Array(n * 6);
    for (let i = 0; i < n; i++) {
      const x = xy[2 * i];
      const y = xy[2 * i + 1];
      linePos.set([x, HEIGHT_M + 0.05, -y], i * 3);
      // the ribbon's half-width goes across the path's local direction (mean of the neighbouring segments)
      const j0 = Math.max(0, i - 1);
      const j1 = Math.min(n - 1, i + 1);
      const dx = xy[2 * j1] - xy[2 * j0];
      const dy = xy[2 * j1 + 1] - xy[2 * j0 + 1];
      const len = Math.hypot(dx, dy) || 1;
      const ox = (-dy / len) * (WIDTH_M / 2);
      const oy = (dx / len) * (WIDTH_M / 2);
      ribbonPos.set([x + ox, HEIGHT_M, -(y + oy), x - ox, HEIGHT_M, -(y - oy)], i * 6);
    }
    const index: number[] = [];
    for (let i = 0; i + 1 < n; i++) index.push(2 * i, 2 * i + 1, 2 * i + 2, 2 * i + 1, 2 * i + 3, 2 * i + 2);
    this.line.geometry.dispose();
    this.ribbon.geometry.dispose();
    this.line.geometry = new THREE.BufferGeometry().setAttribute('position', new THREE.BufferAttribute(linePos, 3));
    const ribbon = new THREE.BufferGeometry().setAttribute('position', new THREE.BufferAttribute(ribbonPos, 3));
    ribbon.setIndex(index);
    this.ribbon.geometry = ribbon;
    this.group.visible = true;
  }
}
