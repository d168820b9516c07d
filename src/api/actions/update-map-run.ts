import { requireArn } from '../../engine/control/arn.js';
import { Errors } from '../../engine/control/errors.js';
import type { ApiContext } from '../context.js';
import { F } from '../schema/common.js';
import { int, req } from '../schema/fields.js';
import { parseInput } from '../schema/parse-input.js';

const Input = {
  mapRunArn: req(F.longArn()),
  maxConcurrency: int({ min: 0 }),
  toleratedFailurePercentage: { required: false as const, read: (v: unknown, p: string, out: string[]) => readPercentage(v, p, out) },
  toleratedFailureCount: int({ min: 0 }),
};

function readPercentage(value: unknown, path: string, out: string[]): number {
  // A float in the model (0–100), unlike the integer members.
  if (typeof value !== 'number') return int().read(value, path, out);
  if (value < 0 || value > 100) out.push(`Value '${value}' at '${path}' failed to satisfy constraint: Member must have value between 0 and 100`);
  return value;
}

/**
 * UpdateMapRun: new limits for a Map Run, applied by a run in progress and reported by
 * DescribeMapRun. https://docs.aws.amazon.com/step-functions/latest/apireference/API_UpdateMapRun.html
 */
export async function updateMapRun(body: unknown, ctx: ApiContext): Promise<unknown> {
  const input = parseInput(Input, body);
  requireArn(input.mapRunArn, ['mapRun']);
  const updated = await ctx.runtime.updateMapRun(input.mapRunArn, {
    ...(input.maxConcurrency !== undefined ? { maxConcurrency: input.maxConcurrency } : {}),
    ...(input.toleratedFailureCount !== undefined ? { toleratedFailureCount: input.toleratedFailureCount } : {}),
    ...(input.toleratedFailurePercentage !== undefined ? { toleratedFailurePercentage: input.toleratedFailurePercentage } : {}),
  });
  if (!updated) throw Errors.resourceNotFound(input.mapRunArn);
  return {};
}
