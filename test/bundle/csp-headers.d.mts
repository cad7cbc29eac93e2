export const STRICT_CSP: string;
export const TRUSTED_TYPES_CSP: string;
export function cspHeaders(ctx: unknown, next: () => Promise<unknown>): Promise<unknown>;
