/** Facts about a build that outputs record; fixed by the source, so a rebuild is byte-identical. */
export interface BuildInfo {
  /** hoshin's version. */
  version: string;
  /** The date outputs carry: SOURCE_DATE_EPOCH, else the commit date, else the policy's latest date. */
  date: Date;
  /** The source revision, when the policy is in git. */
  revision?: { commit: string; dirty: boolean; author?: string };
}

export type Output = string | Uint8Array;
