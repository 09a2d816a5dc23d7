import type { IPropertiesOptions } from 'docx';
import type { PageSetup } from './page-setup.js';
import { pageEstimator } from './page-estimator.js';
import type { StyleMap } from './style-map.js';

/** What every hoshin DOCX shares besides its sections and properties. */
export function documentOptions(setup: PageSetup, styles: StyleMap): Pick<IPropertiesOptions, 'styles' | 'defaultTabStop' | 'pageNumbers' | 'compatibility'> {
  return {
    styles: styles.styles,
    // Four characters, as Japanese Word sets it.
    defaultTabStop: 4 * setup.em,
    pageNumbers: pageEstimator(setup, styles),
    // A line ended by a source line break (<br>, `\`) is not stretched across a justified paragraph.
    compatibility: { doNotExpandShiftReturn: true },
  };
}
