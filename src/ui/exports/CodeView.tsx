import { lazy, Suspense, useEffect, useRef, useState } from 'react';

const CodeEditor = lazy(() => import('./CodeEditor'));

interface CodeViewProps {
  value: string;
  language: 'typescript' | 'json';
  path: string;
  dark: boolean;
  label: string;
}

/**
 * Shows the text at once as plain preformatted text, and swaps in Monaco only when the panel
 * comes near the viewport: the first screen never waits for the editor's 2 MiB.
 */
export function CodeView(props: CodeViewProps) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el || near) return;
    const observer = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && setNear(true),
      { rootMargin: '200px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [near]);
  const fallback = (
    <pre className="code-fallback" tabIndex={0} aria-label={props.label}>
      {props.value}
    </pre>
  );
  return (
    <div className="code-view" ref={box}>
      {near ? <Suspense fallback={fallback}>{<CodeEditor {...props} />}</Suspense> : fallback}
    </div>
  );
}
