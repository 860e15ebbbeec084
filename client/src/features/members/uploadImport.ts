import { print } from 'graphql';
import { graphql } from '../../gql';
import type { ImportMembersMutation } from '../../gql/graphql';
import { getActiveOrganizationSlug } from '../../app/useActiveOrganization';

export const ImportMembersDocument = graphql(`
  mutation ImportMembers($input: ImportMembersInput!) {
    importMembers(input: $input) {
      dryRun
      applied
      encoding
      delimiter
      totalRows
      created
      updated
      unchanged
      errorRows
      fileErrors {
        code
        message
        line
        column
      }
      rows {
        line
        action
        siret
        name
        memberId
        changedFields
        errors {
          field
          code
          message
        }
      }
    }
  }
`);

export type ImportReport = ImportMembersMutation['importMembers'];
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The file's exact bytes as base64 (the server detects the encoding: UTF-8 or Windows-1252). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export type ImportProgress = { phase: 'upload'; percent: number } | { phase: 'processing' };

/**
 * Sends the import through XMLHttpRequest rather than urql: only XHR reports upload progress,
 * which a large register needs for its progress bar.
 */
export function uploadImport(csvBase64: string, dryRun: boolean, onProgress: (p: ImportProgress) => void): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/graphql');
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('apollo-require-preflight', 'true');
    const slug = getActiveOrganizationSlug();
    if (slug) xhr.setRequestHeader('X-Organization', slug);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress({ phase: 'upload', percent: Math.round((e.loaded / e.total) * 100) });
    };
    xhr.upload.onload = () => onProgress({ phase: 'processing' });
    xhr.onerror = () => reject(Object.assign(new TypeError('network'), { graphQLErrors: [] }));
    xhr.onload = () => {
      try {
        const body = JSON.parse(xhr.responseText) as { data?: ImportMembersMutation; errors?: { message: string; extensions?: Record<string, unknown> }[] };
        if (body.errors?.length || !body.data) return reject({ graphQLErrors: body.errors ?? [{ message: `HTTP ${xhr.status}` }] });
        resolve(body.data.importMembers);
      } catch {
        reject({ graphQLErrors: [{ message: `HTTP ${xhr.status}`, extensions: { code: xhr.status === 413 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR' } }] });
      }
    };
    xhr.send(JSON.stringify({ query: print(ImportMembersDocument), variables: { input: { csvBase64, dryRun } } }));
  });
}
