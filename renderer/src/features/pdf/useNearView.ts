// Whether an element is in or near the scrolled view: pages and thumbnails render only then.
import { useEffect, useState, type RefObject } from 'react';

export function useNearView(ref: RefObject<HTMLElement | null>, margin = '600px 0px'): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const io = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), { rootMargin: margin });
    io.observe(el);
    return () => io.disconnect();
  }, [ref, margin]);
  return near;
}
