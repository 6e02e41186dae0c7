import { z } from 'zod';

/**
 * The layout file's shape (docs/layout-format.md). Every object is strict so a misspelt property is
 * an error, not a silent default. A feature's schema is chosen by `properties.kind`
 * (see parseLayoutGeoJson.ts): zod's discriminated unions only look one level deep.
 */

const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);
const position = z.tuple([lon, lat]);

const point = z.strictObject({ type: z.literal('Point'), coordinates: position });
const lineString = z.strictObject({ type: z.literal('LineString'), coordinates: z.array(position).min(2).max(10_000) });
/** A yard block is one rectangle: one ring of 4 corners plus the closing position, no holes. */
const rectangle = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z
    .array(
      z
        .array(position)
        .min(5)
        .max(5)
        .refine((r) => r.length !== 5 || (r[0][0] === r[4][0] && r[0][1] === r[4][1]), {
          message: 'a closed ring (last position equal to the first)',
        }),
    )
    .min(1)
    .max(1),
});

const id = z.string().max(40).regex(/^[^\s:]+$/, { message: 'a non-empty id of at most 40 characters, without spaces or colons' });
/** A whole number from 1 to `max`. */
const count = (max: number) => z.int().min(1).max(max);

/** The largest yard a layout may have, in slots (Tianjin C-section's is ~50,000). */
export const MAX_YARD_SLOTS = 500_000;

function feature<K extends string, G extends z.ZodType, P extends z.ZodRawShape>(kind: K, geometry: G, props: P) {
  return z.strictObject({
    type: z.literal('Feature'),
    properties: z.strictObject({ kind: z.literal(kind), id, ...props }),
    geometry,
  });
}

export const featureSchemas = {
  quay: feature('quay', lineString, {}),
  berth: feature('berth', lineString, {}),
  quayCraneRail: feature('quayCraneRail', lineString, {}),
  quayCrane: feature('quayCrane', point, { berth: id }),
  // with `crane`: that crane's own lane (the crane stays at it); without: one lane along the quay all cranes share, so they can move along the rail
  transferLane: feature('transferLane', lineString, { crane: id.optional() }),
  unlockingStation: feature('unlockingStation', point, {}),
  yardBlock: feature('yardBlock', rectangle, { bays: count(200), rows: count(20), tiers: count(10) }),
  handoverLane: feature('handoverLane', lineString, { block: id, side: z.enum(['sea', 'land']) }),
  charger: feature('charger', point, { plugs: count(50) }),
  parking: feature('parking', point, { capacity: count(2000) }),
  // one vehicle's place in a parking or at a charger (beyond its plugs: a queue place); `parking` names either
  parkingBay: feature('parkingBay', point, { parking: id, headingDeg: z.number().min(-360).max(360) }),
  gateLane: feature('gateLane', lineString, { direction: z.enum(['in', 'out']) }),
  lane: feature('lane', lineString, { twoWay: z.boolean().optional() }),
};

export type FeatureKind = keyof typeof featureSchemas;
export const featureKinds = Object.keys(featureSchemas) as FeatureKind[];
export type FeatureOf<K extends FeatureKind> = z.infer<(typeof featureSchemas)[K]>;

export const featureCollectionSchema = z.strictObject({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()).max(20_000),
});
