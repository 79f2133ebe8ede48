/**
 * Errors are values with two faces: a stable `code` and a message written for an
 * analyst, plus the technical detail for whoever needs it. Nothing reaches a user
 * as a stack trace.
 */
export const BRIEF_ERROR_CODES = [
  'empty-file',
  'not-a-brief',
  'damaged-file',
  'newer-format',
  'invalid-part',
  'too-large',
  'not-found',
  'already-exists',
  'conflict',
  /** A body sent as a change to a copy the receiver no longer has; the sender sends it whole. */
  'stale-body',
  'locked',
  'permission-denied',
  'outside-workspace',
  'invalid-request',
  'unauthorized',
  'unsupported',
  'io-error',
  'cancelled',
  'internal',
] as const;
export type BriefErrorCode = (typeof BRIEF_ERROR_CODES)[number];

export interface BriefErrorInfo {
  readonly code: BriefErrorCode;
  readonly message: string;
  readonly detail?: string;
}

export class BriefError extends Error implements BriefErrorInfo {
  readonly code: BriefErrorCode;
  readonly detail?: string;

  constructor(code: BriefErrorCode, message: string, detail?: string) {
    super(message);
    this.name = 'BriefError';
    this.code = code;
    this.detail = detail;
  }

  toInfo(): BriefErrorInfo {
    return this.detail === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, detail: this.detail };
  }
}

/** Turns anything thrown into a user-presentable error without losing its detail. */
export function toErrorInfo(thrown: unknown): BriefErrorInfo {
  if (thrown instanceof BriefError) return thrown.toInfo();
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  return { code: 'internal', message: 'Something went wrong inside Briefwright.', detail };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: BriefErrorInfo };
