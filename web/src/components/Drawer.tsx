// On a phone (800 px wide or less) a side panel becomes a drawer that opens and closes under its
// title; wider, it is the panel itself.
import { type ReactNode, useEffect, useState } from 'react';

const PHONE = '(max-width: 800px)';

function usePhone(): boolean {
  const [phone, setPhone] = useState(() => window.matchMedia(PHONE).matches);
  useEffect(() => {
    const query = window.matchMedia(PHONE);
    const onChange = () => setPhone(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return phone;
}

export function Drawer({ title, open, testId, children }: { title: string; open: boolean; testId: string; children: ReactNode }) {
  const phone = usePhone();
  if (!phone) return <>{children}</>;
  return (
    <details className="drawer" open={open} data-testid={testId}>
      <summary>{title}</summary>
      {children}
    </details>
  );
}
