import type * as THREE from 'three';
import type { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { RenderSnapshot } from '../run/renderSnapshot';
import { SHOT_S, TOUR, TRANSITION_S, chooseArt, easeInOut, newPose, shotPose, type CameraPose, type TourPlaces } from './cameraTour';
import { FollowCamera } from './followCamera';

type Mode = 'orbit' | 'follow' | 'return' | 'tour';

/**
 * Who drives the camera: the user's orbit controls, the follow camera, the way back from it, or the
 * tour. Every hand-over is an eased move from wherever the camera is, timed by the wall clock the
 * view's render is given.
 */
export class CameraRig {
  private mode: Mode = 'orbit';
  private readonly from = newPose();
  private readonly desired = newPose();
  private readonly saved = newPose();
  private readonly follower = new FollowCamera();
  private moveStartMs: number | null = null;
  private moveMs = 0;
  private tourStartMs: number | null = null;
  private shot = -1;

  constructor(
    private readonly camera: THREE.PerspectiveCamera,
    private readonly controls: OrbitControls,
    private readonly places: TourPlaces,
  ) {}

  /** The point the camera looks at now. */
  get target(): THREE.Vector3 {
    return this.controls.target;
  }

  follow(vehicle: number | null, s: RenderSnapshot | null): void {
    if (vehicle === null) {
      if (this.mode !== 'follow') return;
      this.mode = 'return';
      this.startMove(1500);
      return;
    }
    if (this.mode === 'orbit') this.savePose();
    this.mode = 'follow';
    this.follower.reset(vehicle, s);
    this.startMove(1200);
  }

  startTour(): void {
    if (this.mode === 'orbit') this.savePose();
    this.mode = 'tour';
    this.tourStartMs = null;
    this.shot = -1;
  }

  /** Hands the camera back to the user where it is now. */
  stopTour(): void {
    if (this.mode !== 'tour') return;
    this.toOrbit();
  }

  get touring(): boolean {
    return this.mode === 'tour';
  }

  /** Moves the camera for this frame; true if it moved (or may have). */
  update(nowMs: number, dtMs: number, s: RenderSnapshot | null): boolean {
    this.controls.enabled = this.mode === 'orbit';
    if (this.mode === 'orbit') return this.controls.update(dtMs / 1000);
    if (this.mode === 'follow') this.copy(this.follower.update(s, dtMs), this.desired);
    else if (this.mode === 'return') this.copy(this.saved, this.desired);
    else this.tourPose(nowMs, dtMs, s);
    const done = this.apply(nowMs);
    if (this.mode === 'return' && done) this.toOrbit();
    return true;
  }

  private tourPose(nowMs: number, dtMs: number, s: RenderSnapshot | null): void {
    if (this.tourStartMs === null) this.tourStartMs = nowMs;
    const elapsedS = (nowMs - this.tourStartMs) / 1000;
    const shot = Math.floor(elapsedS / SHOT_S);
    const kind = TOUR[shot % TOUR.length];
    if (shot !== this.shot) {
      this.shot = shot;
      this.startMove(TRANSITION_S * 1000, nowMs);
      if (kind === 'followArt') this.follower.reset(chooseArt(s), s);
    }
    if (kind === 'followArt') this.copy(this.follower.update(s, dtMs), this.desired);
    else shotPose(kind, elapsedS - shot * SHOT_S, this.places, this.desired);
  }

  private startMove(ms: number, nowMs: number | null = null): void {
    this.from.position.copy(this.camera.position);
    this.from.target.copy(this.controls.target);
    this.moveMs = ms;
    this.moveStartMs = nowMs;
  }

  /** Places the camera between where the move started and the desired pose; true once it has arrived. */
  private apply(nowMs: number): boolean {
    if (this.moveStartMs === null) this.moveStartMs = nowMs;
    const u = this.moveMs <= 0 ? 1 : (nowMs - this.moveStartMs) / this.moveMs;
    const e = easeInOut(u);
    this.camera.position.lerpVectors(this.from.position, this.desired.position, e);
    this.controls.target.lerpVectors(this.from.target, this.desired.target, e);
    this.camera.lookAt(this.controls.target);
    return u >= 1;
  }

  private toOrbit(): void {
    this.mode = 'orbit';
    this.controls.enabled = true;
    this.controls.update();
  }

  private savePose(): void {
    this.saved.position.copy(this.camera.position);
    this.saved.target.copy(this.controls.target);
  }

  private copy(src: CameraPose, dst: CameraPose): void {
    dst.position.copy(src.position);
    dst.target.copy(src.target);
  }
}
