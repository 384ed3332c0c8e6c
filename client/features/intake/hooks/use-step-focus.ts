import { useEffect, useRef } from 'react';
import type { Screen } from '../screens';
import type { ArrivalFocus } from './use-step-navigation';

/**
 * On a new screen, focus the question asked for (Change links) or the heading, which also
 * tells screen readers where Back and Forward landed. Failed attempts focus the error summary
 * instead, and the first screen of a visit takes no focus: the page opens at its top.
 * Returns the ref for the screen's heading.
 */
export function useStepFocus(screen: Screen, arrivalFocus: ArrivalFocus) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusedScreen = useRef(screen);
  useEffect(() => {
    if (focusedScreen.current === screen) return;
    focusedScreen.current = screen;
    const wanted = arrivalFocus.current;
    arrivalFocus.current = null;
    if (wanted === 'errors') return;
    const target = wanted ? document.getElementById(wanted) : headingRef.current;
    target?.focus();
    target?.scrollIntoView({ block: wanted ? 'center' : 'nearest' });
  }, [screen, arrivalFocus]);
  return headingRef;
}
