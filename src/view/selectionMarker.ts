import * as THREE from 'three';

/**
 * The highlight of the selected vehicle or crane: a ring on the ground around it and a chevron
 * floating above it, drawn over everything so it reads at any zoom (the view scales the chevron
 * with camera distance).
 */
export class SelectionMarker {
  readonly group = new THREE.Group();
  private readonly ring: THREE.Mesh;
  private readonly chevron: THREE.Mesh;
  private topM = 0;

  constructor() {
    const material = new THREE.MeshBasicMaterial({ color: '#fff35c', side: THREE.DoubleSide, fog: false });
    this.ring = new THREE.Mesh(new THREE.RingGeometry(0.82, 1, 48).rotateX(-Math.PI / 2), material);
    const pointer = new THREE.ConeGeometry(0.5, 1.2, 4).rotateX(Math.PI).translate(0, 0.6, 0);
    this.chevron = new THREE.Mesh(pointer, new THREE.MeshBasicMaterial({ color: '#fff35c', depthTest: false, fog: false }));
    this.chevron.renderOrder = 10;
    this.ring.name = 'selectionRing';
    this.chevron.name = 'selectionChevron';
    this.group.add(this.ring, this.chevron);
    this.group.visible = false;
  }

  /** Around a point on the ground with a radius, the chevron `topM` above the ground. */
  place(x: number, z: number, radiusM: number, topM: number): void {
    this.group.visible = true;
    this.ring.position.set(x, 0.35, z);
    this.ring.scale.setScalar(radiusM);
    this.chevron.position.set(x, topM, z);
    this.topM = topM;
  }

  hide(): void {
    this.group.visible = false;
  }

  get visible(): boolean {
    return this.group.visible;
  }

  /** Keeps the chevron a few pixels tall whatever the distance. */
  scaleFor(camera: THREE.PerspectiveCamera): void {
    if (!this.group.visible) return;
    const d = camera.position.distanceTo(this.chevron.position);
    const s = Math.max(1.5, d * 0.03);
    this.chevron.scale.setScalar(s);
    this.chevron.position.y = this.topM + s * 0.2;
  }
}
