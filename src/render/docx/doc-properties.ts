import type { Policy } from '../../model/types.js';
import type { BuildInfo } from '../build-info.js';
import type { DocProperties } from './ooxml/doc-props-parts.js';

/**
 * Document properties (File ▸ Properties): title and subject, the organization as author, the
 * revision count (the 策定 is revision 1), and in custom properties the exact source revision and
 * hoshin version, so an auditor can tie a file to what was approved. Dates are the build date.
 */
export function docProperties(policy: Policy, info: BuildInfo, title: string, subject: string): DocProperties {
  const source = info.revision
    ? [
        { name: 'hoshin:sourceCommit', value: info.revision.commit },
        { name: 'hoshin:sourceDirty', value: String(info.revision.dirty) },
      ]
    : [];
  return {
    title,
    subject,
    creator: policy.org.name,
    lastModifiedBy: policy.org.name,
    revision: policy.revisions.filter((r) => r.kind !== '策定').length + 1,
    keywords: policy.edition === 'internal' ? '庁内用' : '公開用',
    custom: [...source, { name: 'hoshin:version', value: info.version }, { name: 'hoshin:edition', value: policy.edition }],
  };
}
