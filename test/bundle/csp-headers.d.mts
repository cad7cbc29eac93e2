export const STRICT_CSP: string;
export function cspHeaders(ctx: unknown, next: () => Promise<unknown>): Promise<unknown>;
