import type { RenderSnapshot } from '../run/renderSnapshot';
import { newPose, type CameraPose } from './cameraTour';

const BEHIND_M = 30;
const ABOVE_M = 15;
const AHEAD_M = 10;
const LAG_MS = 350;

/**
 * Behind and above a vehicle, looking ahead along its heading. The pose chases the vehicle's with
 * an exponential lag, so snapshots arriving at their own pace and sharp turns give a smooth ride.
 */
export class FollowCamera {
  readonly pose = newPose();
  private readonly raw = newPose();
  private vehicle = -1;

  /** Starts following `vehicle` (the pose jumps to it: the rig eases the camera in). */
  reset(vehicle: number, s: RenderSnapshot | null): void {
    this.vehicle = vehicle;
    if (s !== null && this.rawPose(s)) {
      this.pose.position.copy(this.raw.position);
      this.pose.target.copy(this.raw.target);
    }
  }

  get following(): number {
    return this.vehicle;
  }

  update(s: RenderSnapshot | null, dtMs: number): CameraPose {
    if (s !== null && this.rawPose(s)) {
      const k = 1 - Math.exp(-dtMs / LAG_MS);
      this.pose.position.lerp(this.raw.position, k);
      this.pose.target.lerp(this.raw.target, k);
    }
    return this.pose;
  }

  private rawPose(s: RenderSnapshot): boolean {
    const i = this.vehicle;
    if (i < 0 || i >= s.vehicles.x.length) return false;
    const x = s.vehicles.x[i];
    const y = s.vehicles.y[i];
    const c = Math.cos(s.vehicles.headingRad[i]);
    const sn = Math.sin(s.vehicles.headingRad[i]);
    this.raw.position.set(x - c * BEHIND_M, ABOVE_M, -(y - sn * BEHIND_M));
    this.raw.target.set(x + c * AHEAD_M, 2, -(y + sn * AHEAD_M));
    return true;
  }
}
