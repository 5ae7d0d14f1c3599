/** Where this tab's scenarios are kept now, and why, in Swedish, when it is only in memory. */
export type StorageStatus =
  | { readonly kind: 'indexeddb' }
  | {
      readonly kind: 'memory';
      readonly reason: 'unavailable' | 'full' | 'failed';
      readonly message: string;
    };

const KEEP = 'Dina ändringar finns kvar i den här fliken – exportera dem till fil.';

const isQuotaError = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  'name' in error &&
  (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');

/** The status after a storage error: a full disk, storage that cannot be opened, or another failure. */
export const storageFailure = (
  error: unknown,
  when: 'unavailable' | 'writing' = 'writing',
): StorageStatus => {
  if (isQuotaError(error))
    return {
      kind: 'memory',
      reason: 'full',
      message: `Webbläsaren kan inte spara just nu (lagringen är full). ${KEEP}`,
    };
  if (when === 'unavailable')
    return {
      kind: 'memory',
      reason: 'unavailable',
      message: `Webbläsaren låter inte appen spara här (till exempel i privat läge). ${KEEP}`,
    };
  return {
    kind: 'memory',
    reason: 'failed',
    message: `Webbläsaren kunde inte spara (${error instanceof Error ? error.name : 'okänt fel'}). ${KEEP}`,
  };
};
