import { getActiveOrganizationSlug } from '../../app/useActiveOrganization';

/** Fetches the .ics with the session cookie and the active organisation, and saves it. */
export async function downloadIcs(path: string, filename: string): Promise<void> {
  const org = getActiveOrganizationSlug();
  const res = await fetch(path, { credentials: 'same-origin', headers: org ? { 'X-Organization': org } : {} });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
