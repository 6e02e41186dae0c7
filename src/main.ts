import * as THREE from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { summarizeLayout } from './layout';
import { loadScenario } from './scenario/loadScenario';
import { formatIssue } from './validation/issue';
import { buildLayoutMeshes, layoutBounds } from './view/layoutMeshes';

// Bundled scenarios, loaded as text so the browser validates them exactly as the CLI does.
const files = import.meta.glob('../scenarios/*.{json,geojson}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const text = (name: string) => files[`../scenarios/${name}`];

const params = new URLSearchParams(location.search);
const scenarioName = params.get('scenario') ?? 'tianjin-c-section';
const status = document.querySelector<HTMLElement>('#status')!;

const { loaded, issues } = loadScenario({ file: `${scenarioName}.json`, text: text(`${scenarioName}.json`) ?? '' }, (rel) =>
  text(rel) === undefined ? { file: rel, missing: 'no such bundled file' } : { file: rel, text: text(rel) },
);

if (loaded === null) {
  status.textContent = issues.map((i) => formatIssue(i.file, i)).join('\n');
  status.classList.add('error');
} else {
  const s = summarizeLayout(loaded.layout);
  status.textContent = `${loaded.scenario.name} — ${s.berths} berths · ${s.quayCranes} quay cranes · ${s.blocks} yard blocks (${s.slots.toLocaleString()} slots) · ${loaded.scenario.vehicles.count} ARTs · ${s.chargers} charging stations`;
  show(buildLayoutMeshes(loaded.layout), layoutBounds(loaded.layout));
}

function show(terminal: THREE.Group, bounds: THREE.Box3): void {
  const canvas = document.querySelector<HTMLCanvasElement>('#view')!;
  const renderer = new THREE.WebGLRenderer({ canvas, antialias: true });
  renderer.setPixelRatio(window.devicePixelRatio);
  const scene = new THREE.Scene();
  scene.background = new THREE.Color(0x0d1b2a);
  scene.add(new THREE.HemisphereLight(0xdfefff, 0x404040, 1.2));
  const sun = new THREE.DirectionalLight(0xffffff, 1.5);
  sun.position.set(300, 600, 400);
  scene.add(sun, terminal);

  const centre = bounds.getCenter(new THREE.Vector3());
  const span = bounds.getSize(new THREE.Vector3()).length();
  const camera = new THREE.PerspectiveCamera(45, 1, 1, span * 10);
  camera.position.set(centre.x - span * 0.2, span * 0.45, centre.z + span * 0.7);
  const controls = new OrbitControls(camera, canvas);
  controls.target.copy(centre);
  controls.update();

  // Render on demand: the static layout changes only when the camera moves or the window resizes.
  const render = () => renderer.render(scene, camera);
  const resize = () => {
    renderer.setSize(window.innerWidth, window.innerHeight, false);
    camera.aspect = window.innerWidth / window.innerHeight;
    camera.updateProjectionMatrix();
    render();
  };
  controls.addEventListener('change', render);
  window.addEventListener('resize', resize);
  resize();
}
