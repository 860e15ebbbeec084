import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Loading } from './states/Loading';

/**
 * A route element loaded on first visit, for pages with heavy dependencies (charts, date pickers):
 * `element: lazyPage(() => import('../features/contracts/ContractsPage'), 'ContractsPage')`.
 */
export function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, exportName: keyof M & string): ReactNode {
  const Page = lazy(async () => ({ default: (await load())[exportName] as ComponentType }));
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}
