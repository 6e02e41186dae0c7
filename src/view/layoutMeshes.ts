import * as THREE from 'three';
import type { Layout } from '../layout';

/**
 * The static terminal as three.js objects: one mesh or instanced mesh per kind of thing, built from
 * the layout's metric frame (x east, y north → three's x, -z; up is y).
 */
const TIER_HEIGHT_M = 2.6;
const colours = {
  water: 0x1d4e6b,
  land: 0x3b4048,
  block: 0xc9a227,
  lane: 0x8fa3b8,
  transfer: 0x4fc3f7,
  handover: 0xffb74d,
  gate: 0xba68c8,
  quayCrane: 0xe53935,
  charger: 0x66bb6a,
  quay: 0xeeeeee,
};

const toScene = (x: number, y: number, h = 0) => new THREE.Vector3(x, h, -y);

export function layoutBounds(layout: Layout): THREE.Box3 {
  const box = new THREE.Box3();
  for (let i = 0; i < layout.graph.nodeX.length; i++) box.expandByPoint(toScene(layout.graph.nodeX[i], layout.graph.nodeY[i]));
  return box;
}

export function buildLayoutMeshes(layout: Layout): THREE.Group {
  const group = new THREE.Group();
  const bounds = layoutBounds(layout);
  const size = bounds.getSize(new THREE.Vector3());
  const centre = bounds.getCenter(new THREE.Vector3());

  // Land runs from the quay line inland (north, -z in the scene); water lies seaward of it.
  const quayZ = -layout.quay.line[1];
  const landDepth = quayZ - bounds.min.z + 150;
  const ground = new THREE.Mesh(new THREE.PlaneGeometry(size.x + 400, landDepth), new THREE.MeshStandardMaterial({ color: colours.land }));
  ground.rotation.x = -Math.PI / 2;
  ground.position.set(centre.x, -0.05, quayZ - landDepth / 2);
  group.add(ground);

  const water = new THREE.Mesh(new THREE.PlaneGeometry(size.x + 2000, 1500), new THREE.MeshStandardMaterial({ color: colours.water }));
  water.rotation.x = -Math.PI / 2;
  water.position.set(centre.x, -0.1, quayZ + 750);
  group.add(water);

  group.add(lanes(layout));
  group.add(blocks(layout));
  group.add(quayCranes(layout));
  group.add(chargers(layout));
  return group;
}

function lanes(layout: Layout): THREE.LineSegments {
  const { graph } = layout;
  const positions: number[] = [];
  const colourArray: number[] = [];
  const colour = new THREE.Color();
  for (const lane of layout.lanes) {
    colour.set(lane.kind === 'transferLane' ? colours.transfer : lane.kind === 'handoverLane' ? colours.handover : lane.kind === 'gateLane' ? colours.gate : colours.lane);
    for (const e of lane.edges) {
      const a = graph.edgeFrom[e];
      const b = graph.edgeTo[e];
      positions.push(graph.nodeX[a], 0.1, -graph.nodeY[a], graph.nodeX[b], 0.1, -graph.nodeY[b]);
      colourArray.push(colour.r, colour.g, colour.b, colour.r, colour.g, colour.b);
    }
  }
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.Float32BufferAttribute(positions, 3));
  geometry.setAttribute('color', new THREE.Float32BufferAttribute(colourArray, 3));
  return new THREE.LineSegments(geometry, new THREE.LineBasicMaterial({ vertexColors: true }));
}

function blocks(layout: Layout): THREE.InstancedMesh {
  const mesh = new THREE.InstancedMesh(new THREE.BoxGeometry(1, 1, 1), new THREE.MeshStandardMaterial({ color: colours.block, transparent: true, opacity: 0.85 }), layout.blocks.length);
  const m = new THREE.Matrix4();
  layout.blocks.forEach((b, i) => {
    const { bayAxis, rowAxis } = b;
    const length = b.bays * bayAxis.bayLengthM;
    const width = b.rows * rowAxis.rowWidthM;
    const cx = bayAxis.startX + (bayAxis.dirX * length + rowAxis.dirX * width) / 2;
    const cy = bayAxis.startY + (bayAxis.dirY * length + rowAxis.dirY * width) / 2;
    const height = b.tiers * TIER_HEIGHT_M * 0.6; // a working yard is not stacked full
    const angle = Math.atan2(bayAxis.dirY, bayAxis.dirX);
    m.compose(toScene(cx, cy, height / 2), new THREE.Quaternion().setFromAxisAngle(new THREE.Vector3(0, 1, 0), angle), new THREE.Vector3(length, height, width));
    mesh.setMatrixAt(i, m);
  });
  return mesh;
}

function quayCranes(layout: Layout): THREE.InstancedMesh {
  return markers(layout.quayCranes, new THREE.BoxGeometry(28, 45, 16), colours.quayCrane);
}

function chargers(layout: Layout): THREE.InstancedMesh {
  return markers(layout.chargers, new THREE.BoxGeometry(6, 3, 6), colours.charger);
}

/** One instanced box per point, standing on the ground. */
function markers(points: readonly { x: number; y: number }[], box: THREE.BoxGeometry, colour: number): THREE.InstancedMesh {
  const mesh = new THREE.InstancedMesh(box, new THREE.MeshStandardMaterial({ color: colour }), points.length);
  const m = new THREE.Matrix4();
  const half = box.parameters.height / 2;
  points.forEach((p, i) => {
    m.makeTranslation(p.x, half, -p.y);
    mesh.setMatrixAt(i, m);
  });
  return mesh;
}
