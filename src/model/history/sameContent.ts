import type { ScenarioDocument } from '../scenarioDocument';

const deepEqual = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) =>
      Object.hasOwn(b, key) &&
      deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
};

/**
 * Whether two documents say the same thing: every field but `updatedAt`, which only records when it was
 * saved (the autosave stamps it), compared by value and regardless of key order.
 *
 * @example
 *   sameContent(doc, { ...doc, updatedAt: new Date().toISOString() }); // true
 */
export const sameContent = (a: ScenarioDocument, b: ScenarioDocument): boolean => {
  const { updatedAt: _a, ...restA } = a;
  const { updatedAt: _b, ...restB } = b;
  return deepEqual(restA, restB);
};
