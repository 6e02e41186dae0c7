import * as THREE from 'three';

/**
 * Builds one merged, vertex-coloured geometry out of many simple parts, so a crane, a vehicle or the
 * whole static terminal costs one draw call. Coordinates are plan-style: (a, b) horizontal as in the
 * layout (a → scene x, b → scene -z) and h up.
 */
export class PartList {
  private position: number[] = [];
  private normal: number[] = [];
  private uv: number[] = [];
  private colour: number[] = [];
  private index: number[] = [];
  private readonly c = new THREE.Color();
  private readonly m = new THREE.Matrix4();
  private readonly q = new THREE.Quaternion();
  private readonly v = new THREE.Vector3();
  private readonly s = new THREE.Vector3();

  /** An axis-aligned box. */
  box(a0: number, a1: number, b0: number, b1: number, h0: number, h1: number, colour: THREE.ColorRepresentation): this {
    return this.orientedBox((a0 + a1) / 2, (b0 + b1) / 2, 0, Math.abs(a1 - a0), Math.abs(b1 - b0), h0, h1, colour);
  }

  /** A box of `length` along the plan angle `angleRad` (counter-clockwise from +a) and `width` across. */
  orientedBox(ca: number, cb: number, angleRad: number, length: number, width: number, h0: number, h1: number, colour: THREE.ColorRepresentation): this {
    this.q.setFromAxisAngle(UP, angleRad);
    this.m.compose(this.v.set(ca, (h0 + h1) / 2, -cb), this.q, this.s.set(length, Math.abs(h1 - h0), width));
    return this.append(UNIT_BOX, this.m, colour);
  }

  /** A square-section member between two points (legs, stays, ropes). */
  beam(a0: number, b0: number, h0: number, a1: number, b1: number, h1: number, thickness: number, colour: THREE.ColorRepresentation): this {
    const from = new THREE.Vector3(a0, h0, -b0);
    const to = new THREE.Vector3(a1, h1, -b1);
    const dir = to.clone().sub(from);
    const length = dir.length();
    this.q.setFromUnitVectors(Y, dir.normalize());
    this.m.compose(from.add(to).multiplyScalar(0.5), this.q, this.s.set(thickness, length, thickness));
    return this.append(UNIT_BOX, this.m, colour);
  }

  /** A flat convex quad facing up, corners (a, b) in order. */
  quad(corners: ArrayLike<number>, h: number, colour: THREE.ColorRepresentation): this {
    const base = this.position.length / 3;
    this.c.set(colour);
    for (let i = 0; i < 4; i++) {
      this.position.push(corners[2 * i], h, -corners[2 * i + 1]);
      this.normal.push(0, 1, 0);
      this.uv.push(i === 1 || i === 2 ? 1 : 0, i >= 2 ? 1 : 0);
      this.colour.push(this.c.r, this.c.g, this.c.b);
    }
    // wind counter-clockwise seen from above whatever order the corners came in
    const cross = (corners[2] - corners[0]) * (corners[5] - corners[1]) - (corners[3] - corners[1]) * (corners[4] - corners[0]);
    if (cross > 0) this.index.push(base, base + 1, base + 2, base, base + 2, base + 3);
    else this.index.push(base, base + 2, base + 1, base, base + 3, base + 2);
    return this;
  }

  /** A painted strip of `width` along a polyline x0,y0,x1,y1,... */
  ribbon(line: ArrayLike<number>, width: number, h: number, colour: THREE.ColorRepresentation): this {
    for (let i = 0; i + 3 < line.length; i += 2) {
      const [a0, b0, a1, b1] = [line[i], line[i + 1], line[i + 2], line[i + 3]];
      const len = Math.hypot(a1 - a0, b1 - b0);
      if (len < 1e-6) continue;
      // extend each strip by half a width so joints have no notch
      const ea = ((a1 - a0) / len) * (width / 2);
      const eb = ((b1 - b0) / len) * (width / 2);
      const pa = -eb;
      const pb = ea;
      this.quad([a0 - ea + pa, b0 - eb + pb, a1 + ea + pa, b1 + eb + pb, a1 + ea - pa, b1 + eb - pb, a0 - ea - pa, b0 - eb - pb], h, colour);
    }
    return this;
  }

  /** A vertical prism: a simple polygon outline (a, b pairs) from h0 to h1, with a top cap. */
  prism(outline: readonly number[], h0: number, h1: number, side: THREE.ColorRepresentation, top: THREE.ColorRepresentation): this {
    const pts = [];
    for (let i = 0; i < outline.length; i += 2) pts.push(new THREE.Vector2(outline[i], outline[i + 1]));
    if (THREE.ShapeUtils.isClockWise(pts)) pts.reverse();
    this.c.set(side);
    for (let i = 0; i < pts.length; i++) {
      const p = pts[i];
      const q = pts[(i + 1) % pts.length];
      const len = p.distanceTo(q);
      if (len < 1e-9) continue;
      // outward normal of a counter-clockwise outline, in scene axes (b → -z)
      const nx = (q.y - p.y) / len;
      const nz = (q.x - p.x) / len;
      const base = this.position.length / 3;
      this.position.push(p.x, h0, -p.y, q.x, h0, -q.y, q.x, h1, -q.y, p.x, h1, -p.y);
      for (let k = 0; k < 4; k++) {
        this.normal.push(nx, 0, nz);
        this.colour.push(this.c.r, this.c.g, this.c.b);
      }
      this.uv.push(0, 0, 1, 0, 1, 1, 0, 1);
      this.index.push(base, base + 1, base + 2, base, base + 2, base + 3);
    }
    const base = this.position.length / 3;
    this.c.set(top);
    for (const p of pts) {
      this.position.push(p.x, h1, -p.y);
      this.normal.push(0, 1, 0);
      this.uv.push(0, 0);
      this.colour.push(this.c.r, this.c.g, this.c.b);
    }
    for (const [i, j, k] of THREE.ShapeUtils.triangulateShape(pts, [])) {
      // keep every cap triangle counter-clockwise seen from above
      const ccw = (pts[j].x - pts[i].x) * (pts[k].y - pts[i].y) - (pts[j].y - pts[i].y) * (pts[k].x - pts[i].x) > 0;
      this.index.push(base + i, base + (ccw ? j : k), base + (ccw ? k : j));
    }
    return this;
  }

  /** Any indexed geometry with position, normal and uv, transformed by `matrix`, in one colour. */
  append(geometry: THREE.BufferGeometry, matrix: THREE.Matrix4, colour: THREE.ColorRepresentation): this {
    const base = this.position.length / 3;
    const pos = geometry.getAttribute('position');
    const nor = geometry.getAttribute('normal');
    const uv = geometry.getAttribute('uv');
    const normalMatrix = new THREE.Matrix3().getNormalMatrix(matrix);
    this.c.set(colour);
    for (let i = 0; i < pos.count; i++) {
      this.v.fromBufferAttribute(pos, i).applyMatrix4(matrix);
      this.position.push(this.v.x, this.v.y, this.v.z);
      this.v.fromBufferAttribute(nor, i).applyMatrix3(normalMatrix).normalize();
      this.normal.push(this.v.x, this.v.y, this.v.z);
      this.uv.push(uv.getX(i), uv.getY(i));
      this.colour.push(this.c.r, this.c.g, this.c.b);
    }
    const idx = geometry.getIndex()!;
    for (let i = 0; i < idx.count; i++) this.index.push(base + idx.getX(i));
    return this;
  }

  get vertexCount(): number {
    return this.position.length / 3;
  }

  geometry(): THREE.BufferGeometry {
    const g = new THREE.BufferGeometry();
    g.setAttribute('position', new THREE.Float32BufferAttribute(this.position, 3));
    g.setAttribute('normal', new THREE.Float32BufferAttribute(this.normal, 3));
    g.setAttribute('uv', new THREE.Float32BufferAttribute(this.uv, 2));
    g.setAttribute('color', new THREE.Float32BufferAttribute(this.colour, 3));
    g.setIndex(this.position.length / 3 > 65535 ? new THREE.Uint32BufferAttribute(this.index, 1) : new THREE.Uint16BufferAttribute(this.index, 1));
    g.computeBoundingSphere();
    return g;
  }
}

const UP = new THREE.Vector3(0, 1, 0);
const Y = UP;
const UNIT_BOX = new THREE.BoxGeometry(1, 1, 1);
