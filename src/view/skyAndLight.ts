import * as THREE from 'three';
import { WATER_LEVEL_M } from './sceneFrame';

const HORIZON = '#d3e1ec';
const ZENITH = '#5d90c8';

/**
 * Daylight over the terminal: a sky gradient as an equirectangular background (drawn once per
 * frame, no geometry of ours), haze that melts the far water into the horizon, a hemisphere light
 * for soft fill and one sun without shadows (they would cost a second pass over 50,000 boxes).
 */
export function addSkyAndLight(scene: THREE.Scene, spanM: number): void {
  scene.background = skyGradient();
  scene.fog = new THREE.Fog(HORIZON, spanM * 0.8, spanM * 4.5);
  scene.add(new THREE.HemisphereLight('#eef5ff', '#6b6250', 1.5));
  const sun = new THREE.DirectionalLight('#fff3df', 2.1);
  sun.position.set(0.45, 1, 0.65).multiplyScalar(1000);
  scene.add(sun);
}

function skyGradient(): THREE.DataTexture {
  const h = 128;
  const data = new Uint8Array(4 * h * 2);
  const c = new THREE.Color();
  const horizon = new THREE.Color(HORIZON);
  const zenith = new THREE.Color(ZENITH);
  for (let y = 0; y < h; y++) {
    // row y at elevation from -90° (y = 0) to +90°; below the horizon stays hazy
    const elev = Math.max(0, (y + 0.5) / h - 0.5) * 2;
    c.copy(horizon).lerp(zenith, Math.pow(elev, 0.55));
    const { r, g, b } = c.getRGB({ r: 0, g: 0, b: 0 }, THREE.SRGBColorSpace);
    for (let x = 0; x < 2; x++) data.set([r * 255, g * 255, b * 255, 255], (y * 2 + x) * 4);
  }
  const t = new THREE.DataTexture(data, 2, h, THREE.RGBAFormat);
  t.mapping = THREE.EquirectangularReflectionMapping;
  t.colorSpace = THREE.SRGBColorSpace;
  t.magFilter = THREE.LinearFilter;
  t.needsUpdate = true;
  return t;
}

/** Open water reaching to the haze, a little glossy so the sun glints on it. */
export function waterPlane(centre: THREE.Vector3): THREE.Mesh {
  const mesh = new THREE.Mesh(new THREE.PlaneGeometry(40000, 40000), new THREE.MeshStandardMaterial({ color: '#24607e', roughness: 0.32, metalness: 0.05 }));
  mesh.rotation.x = -Math.PI / 2;
  mesh.position.set(centre.x, WATER_LEVEL_M, centre.z);
  mesh.name = 'water';
  return mesh;
}
