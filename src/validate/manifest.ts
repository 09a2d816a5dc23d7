import type { NumberingConfig } from '../model/numbering/presets.js';
import type { Revision, Tier, Visibility } from '../model/types.js';

export interface DataColumn {
  key: string;
  label: string;
  merge?: boolean;
  width?: number;
}

export interface DataTableSpec {
  caption?: string;
  template?: string;
  columns: DataColumn[];
  rows: Array<Record<string, string | number | Array<string | number>>>;
}

export interface DocumentSpec {
  id: string;
  tier: Tier;
  title: string;
  coverTitle?: string;
  visibility?: Visibility;
  numbering?: string | NumberingConfig;
  sources: string[];
}

/** policy.yaml after schema validation: the shape schema/policy.schema.json guarantees. */
export interface Manifest {
  org: { name: string; kind: string; self: string };
  title?: string;
  adopted?: string;
  revisions?: Revision[];
  roles?: Record<string, { title: string; holder?: string }>;
  documents: DocumentSpec[];
  data?: Record<string, DataTableSpec>;
  terms?: Array<{ term: string; reading?: string; definition: string }>;
  output?: Record<string, unknown>;
}
