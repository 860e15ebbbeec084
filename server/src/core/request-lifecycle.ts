import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { AppError } from './errors.js';
import type { AppContext, ViewerMembership } from './context.js';
import { checkComplexity } from './limits.js';
import { TENANT_FILTER, type TenantFilterParams } from './base.entity.js';
import { loadMemberships, resolveSession, SESSION_COOKIE } from '../auth/session.service.js';
import { fromGlobalId } from './relay.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Picks the active membership from the X-Organization header (id, global id or slug). */
function chooseMembership(ctx: AppContext, memberships: ViewerMembership[]): ViewerMembership | null {
  const header = ctx.http.req.get('x-organization')?.trim();
  if (!header) return memberships.length === 1 ? memberships[0] : null;
  const decoded = fromGlobalId(header);
  const id = decoded?.type === 'Organization' ? decoded.id : UUID.test(header) ? header.toLowerCase() : null;
  if (!id && !SLUG.test(header))
    throw new AppError('BAD_USER_INPUT', 'The X-Organization header is not an organisation id or slug', {
      fields: [{ field: 'X-Organization', code: 'organization.malformed', message: 'Malformed organisation' }],
    });
  const found = memberships.find((m) => (id ? m.organization.id === id : m.organization.slug === header));
  if (found) return found;
  // Existence of organisations is public (the Region and the five networks); membership is not.
  return null;
}

/**
 * Opens the request's transaction once the operation is known and valid, authenticates, chooses
 * the active organisation, and sets the row-level security settings as its first statements.
 * Refusals for depth, cost and page size happen before this, so they never touch the database.
 */
export async function openRequest(ctx: AppContext): Promise<void> {
  const { em } = ctx;
  await em.begin();
  ctx.tx.open = true;
  let memberships: ViewerMembership[] = [];
  if (ctx.auth.source) {
    const session = await resolveSession(em, ctx.config, ctx.auth.token ?? "");
    if (!session) {
      if (ctx.auth.source === 'bearer') throw new AppError('UNAUTHENTICATED', 'Invalid or expired session token');
      // A stale browser cookie is just a signed-out browser: clear it and carry on.
      ctx.http.res.clearCookie(SESSION_COOKIE, { path: '/' });
    } else {
      memberships = await loadMemberships(em, session.userId);
      ctx.viewer = { ...session, memberships };
    }
  }
  if (ctx.viewer) {
    const chosen = chooseMembership(ctx, memberships);
    const header = ctx.http.req.get('x-organization')?.trim();
    if (header && !chosen) {
      const [exists] = await em.execute<{ n: number }[]>(
        `select count(*)::int as n from organizations where slug = ? or id::text = ?`,
        [header, fromGlobalId(header)?.id ?? (UUID.test(header) ? header.toLowerCase() : '')],
      );
      if (exists?.n) throw new AppError('FORBIDDEN', 'You are not a member of that organisation');
      throw new AppError('BAD_USER_INPUT', 'Unknown organisation in the X-Organization header', {
        fields: [{ field: 'X-Organization', code: 'organization.unknown', message: 'Unknown organisation' }],
      });
    }
    if (chosen) {
      ctx.organization = chosen.organization;
      ctx.role = chosen.role;
    }
  }
  const org = ctx.organization;
  await em.execute(
    `select set_config('app.user_id', ?, true), set_config('app.organization_id', ?, true),
            set_config('app.tenant_id', ?, true), set_config('app.org_kind', ?, true), set_config('app.structure_id', ?, true)`,
    [ctx.viewer?.userId ?? '', org?.id ?? '', org?.tenantId ?? '', org?.kind ?? '', org?.kind === 'STRUCTURE' ? (org.memberStructureId ?? '') : ''],
  );
  if (org) {
    const params: TenantFilterParams =
      org.kind === 'FUNDER' ? { scope: 'allNetworks' } : { scope: 'tenant', tenantId: org.tenantId as string };
    em.setFilterParams(TENANT_FILTER, params);
  }
}

export async function closeRequest(ctx: AppContext, failed: boolean, isMutation: boolean): Promise<void> {
  if (!ctx.tx.open) return;
  ctx.tx.open = false;
  if (failed) {
    await ctx.em.rollback();
    return;
  }
  // A read has nothing to flush: skip the change-set scan.
  if (!isMutation) ctx.em.clear();
  await ctx.em.commit();
}

export function requestLifecyclePlugin(getSchema: () => GraphQLSchema): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      let isMutation = false;
      return {
        async didResolveOperation({ contextValue, document, operationName, request, operation }) {
          isMutation = operation?.operation === "mutation";
          try {
            checkComplexity(getSchema(), document, operationName ?? undefined, request.variables, contextValue.config.MAX_QUERY_COST);
            await openRequest(contextValue);
          } catch (e) {
            // Apollo sends only GraphQLErrors thrown here as they are; anything else becomes a 500.
            if (e instanceof AppError) throw new GraphQLError(e.message, { extensions: { ...e.details, code: e.code }, originalError: e });
            throw e;
          }
        },
        async didEncounterErrors({ contextValue, errors }) {
          contextValue.tx.failed = true;
          for (const e of errors) {
            const original = e.originalError;
            if (original && !(original instanceof AppError) && original.constructor?.name !== 'GraphQLError' && !(original as { extensions?: unknown }).extensions)
              contextValue.log.error({ err: original, path: e.path }, 'unexpected error');
          }
        },
        async willSendResponse(rc: GraphQLRequestContextWillSendResponse<AppContext>) {
          const ctx = rc.contextValue;
          // Any error in a mutation undoes all of it; a read with a NOT_FOUND field has nothing to undo.
          const failed = ctx.tx.failed && isMutation && !ctx.tx.keepOnError;
          try {
            await closeRequest(ctx, failed, isMutation);
          } catch (err) {
            ctx.log.error({ err }, 'commit failed');
            if (rc.response.body.kind === 'single')
              rc.response.body.singleResult = {
                errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
              };
          }
        },
      };
    },
  };
}
