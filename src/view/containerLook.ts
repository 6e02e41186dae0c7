import * as THREE from 'three';
import { BOX } from './sceneFrame';

/**
 * The look every box shares (yard, vessels, vehicles, spreaders): a white corrugated skin with a dark
 * frame, tinted per instance by instanceColor. The frame is what keeps a stack of same-coloured
 * boxes readable; mipmaps fade it out gracefully at a distance.
 */
export function containerTexture(): THREE.DataTexture {
  const size = 64;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const edge = x < 3 || x >= size - 3 || y < 3 || y >= size - 3;
      const rib = x % 6 === 0 || x % 6 === 1;
      const v = edge ? 90 : rib ? 205 : 245;
      const k = (y * size + x) * 4;
      data[k] = data[k + 1] = data[k + 2] = v;
      data[k + 3] = 255;
    }
  }
  const t = new THREE.DataTexture(data, size, size, THREE.RGBAFormat);
  t.colorSpace = THREE.SRGBColorSpace;
  t.magFilter = THREE.LinearFilter;
  t.minFilter = THREE.LinearMipmapLinearFilter;
  t.generateMipmaps = true;
  t.anisotropy = 4;
  t.needsUpdate = true;
  return t;
}

/** A 20 ft box centred on its origin, long side along +x. */
export const containerGeometry = (): THREE.BoxGeometry => new THREE.BoxGeometry(BOX.lengthM, BOX.heightM, BOX.widthM);

export const containerMaterial = (texture: THREE.Texture): THREE.MeshLambertMaterial => new THREE.MeshLambertMaterial({ map: texture });
