import { compilePayloadTemplate, type PayloadBuilder } from './payload.js';

// Keyed by the template object of the definition: compiled once per definition, not per use.
const builders = new WeakMap<object, PayloadBuilder>();

/**
 * The payload builder for a template taken from a definition that is not compiled ahead
 * (ItemReader and ResultWriter Parameters), compiled on first use and then reused.
 */
export function cachedPayloadBuilder(template: unknown): PayloadBuilder {
  if (typeof template !== 'object' || template === null) return () => template;
  let b = builders.get(template);
  if (b === undefined) {
    b = compilePayloadTemplate(template);
    builders.set(template, b);
  }
  return b;
}
