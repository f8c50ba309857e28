import { useState } from 'react';

/**
 * `value` while `live`, else the value it had when `live` last held: an off-screen view keeps
 * what it shows (React then leaves its DOM alone, so nothing is laid out again) and catches up
 * as soon as it is live again. (State set during render: React's pattern for keeping something
 * from an earlier render.)
 */
export function useHeldWhile<T>(live: boolean, value: T): T {
  const [held, setHeld] = useState(value);
  if (live && !Object.is(held, value)) setHeld(value);
  return live ? value : held;
}
