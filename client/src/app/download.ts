import { getActiveOrganizationSlug } from './useActiveOrganization';

/**
 * Fetches a file from an authenticated route (session cookie + active organisation header) and
 * saves it under the server's Content-Disposition name, or `fallbackName`.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const slug = getActiveOrganizationSlug();
  const res = await fetch(path, { credentials: 'same-origin', headers: slug ? { 'X-Organization': slug } : {} });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
