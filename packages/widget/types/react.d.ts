/**
 * `<mediation-finder>` in React 19's JSX (`import type {} from '@mediation-finder/widget/react'`
 * once in the app). React 19 sets a property where the element has one (`limit={5}`), else the
 * attribute (`postal-code="77000"`), and listens to the finder's events through
 * `onmediation-finder-orient` and the like (the event's own name after `on`).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  MediationFinderAttributes,
  MediationFinderElement,
  MediationFinderEventMap,
} from './mediation-finder.js';

export type MediationFinderReactProps = Omit<
  DetailedHTMLProps<HTMLAttributes<MediationFinderElement>, MediationFinderElement>,
  keyof MediationFinderAttributes
> &
  MediationFinderAttributes & {
    [Type in keyof MediationFinderEventMap as `on${Type}`]?: (event: MediationFinderEventMap[Type]) => void;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'mediation-finder': MediationFinderReactProps;
    }
  }
}
