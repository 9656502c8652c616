import { type RefObject, useEffect } from 'react';

/**
 * Keeps what gets focus clear of a bar stuck to the bottom of the viewport: while the bar is sticky, the page's
 * `scroll-padding-bottom` follows its height, so the browser scrolls a field it focuses (Tab, an error link)
 * to above the bar instead of under it (WCAG 2.4.7, 2.4.11). Measured, since the bar grows with a notice.
 */
export function useStickyBarClearance(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    const root = document.documentElement;
    const update = () => {
      const style = getComputedStyle(bar);
      const gap = 16;
      root.style.scrollPaddingBottom =
        style.position === 'sticky'
          ? `${bar.offsetHeight + (Number.parseFloat(style.bottom) || 0) + gap}px`
          : '';
    };
    update();
    // Whether it is sticky depends on the window's size (a media query); its height on what it shows.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(bar);
    window.addEventListener('resize', update);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', update);
      root.style.scrollPaddingBottom = '';
    };
  }, [ref]);
}
