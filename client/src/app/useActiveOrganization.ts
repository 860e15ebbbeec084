import { useSyncExternalStore } from 'react';

/**
 * The organisation this tab acts for (its slug goes into the `X-Organization` header).
 * Persisted so a reload keeps it; each tab keeps its own copy in memory afterwards, so switching
 * in one tab never changes the header under another tab's cached data.
 * `generation` changes whenever the GraphQL client must be recreated (switch, sign-in, sign-out):
 * the client is keyed on it, so nothing cached for one organisation survives into another.
 */
export const ACTIVE_ORGANIZATION_STORAGE_KEY = 'passerelle.org';

export interface ActiveOrganizationState {
  slug: string | null;
  generation: number;
}

function readStoredSlug(): string | null {
  try {
    return window.localStorage.getItem(ACTIVE_ORGANIZATION_STORAGE_KEY);
  } catch {
    return null;
  }
}

function writeStoredSlug(slug: string | null): void {
  try {
    if (slug) window.localStorage.setItem(ACTIVE_ORGANIZATION_STORAGE_KEY, slug);
    else window.localStorage.removeItem(ACTIVE_ORGANIZATION_STORAGE_KEY);
  } catch {
    // Storage may be unavailable (private mode): the choice then lasts for this tab only.
  }
}

let state: ActiveOrganizationState = { slug: readStoredSlug(), generation: 0 };
const listeners = new Set<() => void>();

function update(next: ActiveOrganizationState): void {
  state = next;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Read outside React (the GraphQL client reads it for every request). */
export function getActiveOrganizationSlug(): string | null {
  return state.slug;
}

/** Act for another organisation: persists the choice and drops every cached result. */
export function switchOrganization(slug: string): void {
  writeStoredSlug(slug);
  update({ slug, generation: state.generation + 1 });
}

/**
 * Make sure the active organisation is one of the viewer's (on start-up or after sign-in).
 * Keeps a still-valid choice, otherwise takes the first membership. Only resets the cache when
 * the slug actually changes.
 */
export function ensureActiveOrganization(allowedSlugs: readonly string[]): void {
  if (state.slug && allowedSlugs.includes(state.slug)) return;
  const first = allowedSlugs[0];
  if (first) switchOrganization(first);
}

/** Forget the cached data (e.g. after sign-in or sign-out); `forget` also clears the choice. */
export function resetSession({ forget }: { forget: boolean }): void {
  const slug = forget ? null : state.slug;
  if (forget) writeStoredSlug(null);
  update({ slug, generation: state.generation + 1 });
}

export function useActiveOrganization(): ActiveOrganizationState & {
  switchOrganization: typeof switchOrganization;
} {
  const current = useSyncExternalStore(subscribe, () => state);
  return { ...current, switchOrganization };
}
